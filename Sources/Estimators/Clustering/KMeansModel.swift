/// A fitted k-means model: the centres, the training labels and inertia, and the
/// warnings scikit-learn would have printed.
public struct KMeansModel: Sendable, Equatable {
    /// The cluster centres, one row each (`cluster_centers_`).
    public let centers: Matrix
    /// The cluster of each training sample (`labels_`).
    public let labels: [Int]
    /// The sum of squared distances of the training samples to their centres (`inertia_`).
    public let inertia: Double
    /// Lloyd iterations of the chosen run (`n_iter_`).
    public let iterations: Int
    /// What scikit-learn would have warned about during the fit.
    public let warnings: [KMeansWarning]

    /// The number of clusters.
    public var clusters: Int { centers.rows }

    /// The nearest centre of each row of `x` (`predict`): the argmin of `|c|² - 2 x·c`,
    /// the lowest index winning ties.
    ///
    /// - Throws: `KMeansError.featureCountMismatch` or `.nonFiniteValue`.
    public func predict(_ x: Matrix) throws(KMeansError) -> [Int] {
        try check(x)
        return labelsAndEngine(x).labels.map(Int.init)
    }

    /// The Euclidean distance from each row of `x` to each centre (`transform`), an
    /// `x.rows x clusters` matrix computed as scikit-learn's `euclidean_distances`:
    /// `sqrt(max(0, (-2 x·c + |x|²) + |c|²))`.
    ///
    /// - Throws: `KMeansError.featureCountMismatch` or `.nonFiniteValue`.
    public func transform(_ x: Matrix) throws(KMeansError) -> Matrix {
        try check(x)
        let d = x.columns
        let k = clusters
        let rowNorms = LloydEngine.rowSquaredNorms(x.storage, rows: x.rows, columns: d)
        let centerNorms = LloydEngine.rowSquaredNorms(centers.storage, rows: k, columns: d)
        var out = Matrix(rows: x.rows, columns: k)
        for i in 0..<x.rows {
            for j in 0..<k {
                var dot = x.storage[i * d] * centers.storage[j * d]
                for f in 1..<max(d, 1) { dot += x.storage[i * d + f] * centers.storage[j * d + f] }
                let squared = (-2 * dot + rowNorms[i]) + centerNorms[j]
                out.storage[i * k + j] = max(squared, 0).squareRoot()
            }
        }
        return out
    }

    /// The opposite of the inertia of `x` under this model (`score`): minus the sum of
    /// squared distances of its rows to their nearest centres.
    ///
    /// - Throws: `KMeansError.featureCountMismatch` or `.nonFiniteValue`.
    public func score(_ x: Matrix) throws(KMeansError) -> Double {
        try check(x)
        let (labels, engine) = labelsAndEngine(x)
        return -engine.inertia(centers: centers.storage, labels: labels)
    }

    private func check(_ x: Matrix) throws(KMeansError) {
        guard x.columns == centers.columns else {
            throw .featureCountMismatch(expected: centers.columns, got: x.columns)
        }
        if let bad = x.firstNonFiniteValue() {
            throw .nonFiniteValue(row: bad.row, column: bad.column, value: bad.value)
        }
    }

    private func labelsAndEngine(_ x: Matrix) -> (labels: [Int32], engine: LloydEngine) {
        let engine = LloydEngine(rowMajor: x.storage, rows: x.rows, columns: x.columns, clusters: clusters)
        var labels = [Int32](repeating: 0, count: x.rows)
        engine.assignLabels(centers: centers.storage, labels: &labels)
        return (labels, engine)
    }
}
