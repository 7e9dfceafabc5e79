import Foundation

extension RandomState {
    /// One standard normal deviate by numpy's legacy polar method (`legacy_gauss`).
    ///
    /// Each polar step makes two deviates: it returns `f * x2` and caches
    /// `f * x1` for the next call. The cache belongs to the generator, so it
    /// carries across `normal`, `standardNormal` and `multivariateNormal`
    /// calls exactly as in numpy; integer and uniform draws neither use nor clear it.
    public mutating func standardNormal() -> Double {
        if hasCachedGauss {
            let value = cachedGauss
            hasCachedGauss = false
            cachedGauss = 0
            return value
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * nextDouble() - 1.0
            x2 = 2.0 * nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        hasCachedGauss = true
        return f * x2
    }

    /// `count` standard normal deviates in order (`standard_normal(count)`, `randn(count)`).
    ///
    /// - Precondition: `count >= 0`.
    public mutating func standardNormal(count: Int) -> [Double] {
        precondition(count >= 0, "standardNormal count must not be negative, got \(count)")
        var out = [Double](repeating: 0, count: count)
        for i in 0..<count {
            out[i] = standardNormal()
        }
        return out
    }

    /// A `rows x columns` matrix of standard normal deviates filled row-major
    /// (`standard_normal((rows, columns))`).
    ///
    /// - Precondition: `rows >= 0 && columns >= 0`.
    public mutating func standardNormal(rows: Int, columns: Int) -> Matrix {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative, got \(rows) x \(columns)")
        return Matrix(rows: rows, columns: columns, storage: standardNormal(count: rows * columns))
    }

    /// One normal deviate `mean + standardDeviation * z` (`normal(loc, scale)`).
    ///
    /// - Throws: `RandomStateError.invalidScale` when the standard deviation is negative or NaN.
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) throws(RandomStateError) -> Double {
        guard standardDeviation >= 0 else { throw .invalidScale(standardDeviation) }
        return mean + standardDeviation * standardNormal()
    }

    /// `count` normal deviates `mean + standardDeviation * z`, in order.
    ///
    /// - Throws: `RandomStateError.invalidScale` when the standard deviation is negative or NaN.
    /// - Precondition: `count >= 0`.
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1, count: Int) throws(RandomStateError) -> [Double] {
        precondition(count >= 0, "normal count must not be negative, got \(count)")
        guard standardDeviation >= 0 else { throw .invalidScale(standardDeviation) }
        var out = [Double](repeating: 0, count: count)
        for i in 0..<count {
            out[i] = mean + standardDeviation * standardNormal()
        }
        return out
    }

    /// `rows` samples of a normal with per-column means and one standard deviation,
    /// filled row-major: element (r, f) is `means[f] + standardDeviation * z`
    /// (numpy's `normal(loc=means, scale, size=(rows, len(means)))`).
    ///
    /// - Throws: `RandomStateError.invalidScale` when the standard deviation is negative or NaN.
    /// - Precondition: `rows >= 0`.
    public mutating func normal(means: [Double], standardDeviation: Double, rows: Int) throws(RandomStateError) -> Matrix {
        precondition(rows >= 0, "normal rows must not be negative, got \(rows)")
        guard standardDeviation >= 0 else { throw .invalidScale(standardDeviation) }
        let columns = means.count
        var out = Matrix(rows: rows, columns: columns)
        fillNormal(&out.storage, from: 0, rows: rows, means: means, standardDeviation: standardDeviation)
        return out
    }

    /// Writes `rows` normal rows into `storage` starting at flat index `start`; no checks.
    mutating func fillNormal(_ storage: inout [Double], from start: Int, rows: Int, means: [Double], standardDeviation: Double) {
        let columns = means.count
        storage.withUnsafeMutableBufferPointer { buffer in
            var index = start
            for _ in 0..<rows {
                for f in 0..<columns {
                    buffer[index] = means[f] + standardDeviation * standardNormal()
                    index += 1
                }
            }
        }
    }
}
