extension RandomState {
    /// What `multivariateNormal` does with a covariance that is not symmetric positive semi-definite.
    public enum CovarianceCheck: Sendable, Equatable {
        /// Refuse it with `RandomStateError.covarianceNotPositiveSemidefinite` (numpy's `check_valid='raise'`).
        case raise
        /// Sample with it anyway (numpy's `'ignore'`; numpy's default `'warn'` samples too, after a warning).
        case ignore
    }

    /// `count` samples of a multivariate normal, numpy's legacy `multivariate_normal(mean, covariance, count)`.
    ///
    /// Exactly numpy's recipe: `z = standardNormal(count x d)` (legacy polar
    /// method, cache carried over), `(u, s, vt) = svd(covariance)`, then
    /// `x = z @ (sqrt(s)[:, None] * vt) + mean`. The SVD follows LAPACK's
    /// `dgesdd` path (see `SquareSVD`), so the singular-vector signs, and with
    /// them the samples, agree with numpy's for d <= 25; values agree to
    /// rounding (about 1e-15 relative), not bit for bit, because numpy's BLAS
    /// sums in its own order.
    ///
    /// - Parameters:
    ///   - mean: the mean, length d.
    ///   - covariance: a d x d covariance matrix.
    ///   - count: the number of samples (rows of the result).
    ///   - check: whether a covariance that fails numpy's test
    ///     `allclose(vtᵀ diag(s) vt, covariance, rtol: tolerance, atol: tolerance)` is refused (default) or used.
    ///   - tolerance: numpy's `tol` for that test, 1e-8 by default.
    /// - Returns: a `count x d` matrix, one sample per row.
    /// - Throws: `RandomStateError.shapeMismatch` when the covariance is not d x d;
    ///   `.nonFiniteParameter` for an infinite or NaN entry; `.covarianceNotPositiveSemidefinite`
    ///   under `.raise`; `.svdDidNotConverge` if the SVD does not converge. Nothing is drawn when it throws.
    /// - Precondition: `count >= 0`.
    public mutating func multivariateNormal(
        mean: [Double], covariance: Matrix, count: Int, check: CovarianceCheck = .raise, tolerance: Double = 1e-8
    ) throws(RandomStateError) -> Matrix {
        precondition(count >= 0, "multivariateNormal count must not be negative, got \(count)")
        let d = mean.count
        guard covariance.rows == covariance.columns else {
            throw .shapeMismatch("covariance must be square, got \(covariance.rows) x \(covariance.columns)")
        }
        guard covariance.rows == d else {
            throw .shapeMismatch("mean has length \(d) but covariance is \(covariance.rows) x \(covariance.columns)")
        }
        if let bad = mean.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteParameter("mean[\(bad)] = \(mean[bad])")
        }
        if let bad = covariance.firstNonFiniteValue() {
            throw .nonFiniteParameter("covariance[\(bad.row), \(bad.column)] = \(bad.value)")
        }
        guard let svd = SquareSVD(covariance) else {
            throw .svdDidNotConverge
        }
        let s = svd.singularValues
        let vt = svd.rightSingularVectors
        if check == .raise && !Self.reconstructs(covariance, s: s, vt: vt, tolerance: tolerance) {
            throw .covarianceNotPositiveSemidefinite(tolerance: tolerance)
        }
        // factor = sqrt(s)[:, None] * vt
        var factor = vt
        for k in 0..<d {
            let root = s[k].squareRoot()
            for j in 0..<d { factor[k, j] = root * vt[k, j] }
        }
        let z = standardNormal(rows: count, columns: d)
        var x = Matrix(rows: count, columns: d)
        z.storage.withUnsafeBufferPointer { zs in
            factor.storage.withUnsafeBufferPointer { fs in
                x.storage.withUnsafeMutableBufferPointer { xs in
                    for r in 0..<count {
                        for j in 0..<d {
                            var sum = 0.0
                            for k in 0..<d { sum += zs[r * d + k] * fs[k * d + j] }
                            xs[r * d + j] = sum + mean[j]
                        }
                    }
                }
            }
        }
        return x
    }

    /// numpy's PSD test: `allclose(dot(vt.T * s, vt), covariance, rtol=tolerance, atol=tolerance)`.
    static func reconstructs(_ covariance: Matrix, s: [Double], vt: Matrix, tolerance: Double) -> Bool {
        let d = covariance.rows
        for i in 0..<d {
            for j in 0..<d {
                var sum = 0.0
                for k in 0..<d { sum += vt[k, i] * s[k] * vt[k, j] }
                let expected = covariance[i, j]
                if !(abs(sum - expected) <= tolerance + tolerance * abs(expected)) { return false }
            }
        }
        return true
    }
}
