/// Per-feature statistics of a sample matrix in numpy's operation order, shared by
/// k-means (centring, its tolerance) and the variational mixture's default priors.
extension Matrix {
    /// `X.mean(axis=0)`: numpy sums down each column in row order, then divides.
    func columnMeans() -> [Double] {
        let n = rows, d = columns
        var sums = [Double](repeating: 0, count: d)
        storage.withUnsafeBufferPointer { xs in
            for i in 0..<n {
                for f in 0..<d { sums[f] += xs[i * d + f] }
            }
        }
        return sums.map { $0 / Double(n) }
    }

    /// `np.var(X, axis=0, ddof=ddof)` about the given column means: squared deviations
    /// summed in row order, then divided by n − ddof.
    func columnVariances(means: [Double], ddof: Int) -> [Double] {
        let n = rows, d = columns
        var squares = [Double](repeating: 0, count: d)
        storage.withUnsafeBufferPointer { xs in
            for i in 0..<n {
                for f in 0..<d {
                    let deviation = xs[i * d + f] - means[f]
                    squares[f] += deviation * deviation
                }
            }
        }
        return squares.map { $0 / Double(n - ddof) }
    }

    /// `np.cov(X.T)`: centred cross products summed in row order, times 1/(n − 1).
    func columnCovariance(means: [Double]) -> [Double] {
        let d = columns
        var sums = [Double](repeating: 0, count: d * d)
        var centred = [Double](repeating: 0, count: d)
        for i in 0..<rows {
            for f in 0..<d { centred[f] = storage[i * d + f] - means[f] }
            for f in 0..<d {
                for g in 0..<d { sums[f * d + g] += centred[f] * centred[g] }
            }
        }
        let scale = 1 / Double(rows - 1)
        return sums.map { $0 * scale }
    }
}
