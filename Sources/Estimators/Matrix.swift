/// A dense matrix of doubles stored row-major in one contiguous array.
///
/// Samples are rows and features are columns, as in scikit-learn. Hot loops
/// read `storage` directly (or through `withUnsafeBufferPointer`) instead of
/// building arrays of arrays.
public struct Matrix: Sendable, Equatable {
    /// Number of rows (samples).
    public let rows: Int
    /// Number of columns (features).
    public let columns: Int
    /// The elements, row after row: element (i, j) is `storage[i * columns + j]`.
    public var storage: [Double]

    /// A matrix filled with one value.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.storage = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix over existing row-major storage; `storage.count` must be `rows * columns`.
    public init(rows: Int, columns: Int, storage: [Double]) {
        precondition(rows >= 0 && columns >= 0 && storage.count == rows * columns,
                     "storage holds \(storage.count) values, not \(rows) x \(columns)")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from rows of equal length (convenient in tests and recipes, not in hot loops).
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "rows differ in length")
        self.init(rows: rowArrays.count, columns: columns, storage: rowArrays.flatMap { $0 })
    }

    /// Element at row `i`, column `j`.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get { storage[i * columns + j] }
        set { storage[i * columns + j] = newValue }
    }

    /// A copy of row `i`.
    public func row(_ i: Int) -> [Double] {
        Array(storage[(i * columns)..<((i + 1) * columns)])
    }

    /// A copy of column `j`.
    public func column(_ j: Int) -> [Double] {
        (0..<rows).map { storage[$0 * columns + j] }
    }

    /// The rows whose indices are given, in that order.
    public func selectingRows<S: Sequence>(_ indices: S) -> Matrix where S.Element == Int {
        let chosen = Array(indices)
        let width = columns
        let out = [Double](unsafeUninitializedCapacity: chosen.count * width) { buffer, initialized in
            storage.withUnsafeBufferPointer { source in
                for (r, i) in chosen.enumerated() {
                    precondition(i >= 0 && i < rows, "row index \(i) is out of range 0..<\(rows)")
                    for j in 0..<width { buffer[r * width + j] = source[i * width + j] }
                }
            }
            initialized = chosen.count * width
        }
        return Matrix(rows: chosen.count, columns: width, storage: out)
    }

    /// This matrix with `other`'s rows appended below (numpy's `np.r_` / `vstack`).
    public func stacked(on other: Matrix) -> Matrix {
        precondition(columns == other.columns, "cannot stack \(columns) columns on \(other.columns)")
        return Matrix(rows: rows + other.rows, columns: columns, storage: storage + other.storage)
    }

    /// The transpose.
    public var transposed: Matrix {
        var out = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns {
                out.storage[j * rows + i] = storage[i * columns + j]
            }
        }
        return out
    }

    /// The matrix product `self @ other`, summed in index order like a naive GEMM.
    public func multiplied(by other: Matrix) -> Matrix {
        precondition(columns == other.rows, "cannot multiply \(rows)x\(columns) by \(other.rows)x\(other.columns)")
        var out = Matrix(rows: rows, columns: other.columns)
        for i in 0..<rows {
            for k in 0..<columns {
                let a = storage[i * columns + k]
                for j in 0..<other.columns {
                    out.storage[i * other.columns + j] += a * other.storage[k * other.columns + j]
                }
            }
        }
        return out
    }
}

extension Matrix {
    /// The first NaN or infinity in row-major order and where it is, or nil when every
    /// value is finite: what the estimators' "non-finite value at row, column" errors report.
    func firstNonFiniteValue() -> (row: Int, column: Int, value: Double)? {
        guard let index = storage.firstIndex(where: { !$0.isFinite }) else { return nil }
        return (index / columns, index % columns, storage[index])
    }
}
