/// The priors a variational fit runs under: the configured ones checked against the
/// data's shape, the rest set to scikit-learn's data-dependent defaults.
extension BayesianGaussianMixture {
    /// The priors for data `x`: the given ones checked against its shape, the
    /// others set to scikit-learn's defaults.
    func resolvedPriors(for x: Matrix) throws(MixtureError) -> VariationalPriors {
        let n = x.rows, d = x.columns
        let mean: [Double]
        if let given = meanPrior {
            guard given.count == d else {
                throw .invalidParameter(name: "meanPrior", value: "of \(given.count) values", expected: "\(d) values, one per feature")
            }
            if let bad = given.firstIndex(where: { !$0.isFinite }) {
                throw .invalidParameter(name: "meanPrior[\(bad)]", value: "\(given[bad])", expected: "a finite number")
            }
            mean = given
        } else {
            mean = x.columnMeans()
        }
        let degrees: Double
        if let given = degreesOfFreedomPrior {
            guard given > Double(d) - 1 else {
                throw .invalidParameter(name: "degreesOfFreedomPrior", value: "\(given)",
                                        expected: "a number greater than \(d - 1) (features − 1)")
            }
            degrees = given
        } else {
            degrees = Double(d)
        }
        let covariancePrior = try resolvedCovariancePrior(for: x, samples: n, features: d)
        return VariationalPriors(
            weightConcentration: weightConcentrationPrior ?? 1 / Double(components),
            meanPrecision: meanPrecisionPrior ?? 1, mean: mean, degreesOfFreedom: degrees,
            covariance: covariancePrior)
    }

    private func resolvedCovariancePrior(for x: Matrix, samples n: Int, features d: Int) throws(MixtureError) -> [Double] {
        guard let given = covariancePrior else {
            let means = x.columnMeans()
            switch covariance {
            case .full, .tied:
                return x.columnCovariance(means: means)
            case .diagonal:
                return x.columnVariances(means: means, ddof: 1)
            case .spherical:
                return [NumpySum.mean(x.columnVariances(means: means, ddof: 1))]
            }
        }
        switch (covariance, given) {
        case let (.full, .matrix(m)), let (.tied, .matrix(m)):
            guard m.rows == d, m.columns == d else {
                throw .invalidParameter(name: "covariancePrior", value: "of shape \(m.rows)x\(m.columns)",
                                        expected: "a \(d)x\(d) matrix")
            }
            for i in 0..<d {
                for j in 0..<d where !(abs(m[i, j] - m[j, i]) <= 1e-8 + 1e-5 * abs(m[j, i])) {
                    throw .invalidParameter(name: "covariancePrior", value: "with [\(i), \(j)] = \(m[i, j]) ≠ [\(j), \(i)] = \(m[j, i])",
                                            expected: "a symmetric positive-definite matrix")
                }
            }
            guard Cholesky.lower(m.storage, dimension: d) != nil else {
                throw .invalidParameter(name: "covariancePrior", value: "that is not positive definite",
                                        expected: "a symmetric positive-definite matrix")
            }
            return m.storage
        case let (.diagonal, .variances(v)):
            guard v.count == d else {
                throw .invalidParameter(name: "covariancePrior", value: "of \(v.count) variances", expected: "\(d) variances")
            }
            if let bad = v.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
                throw .invalidParameter(name: "covariancePrior[\(bad)]", value: "\(v[bad])", expected: "a finite variance > 0")
            }
            return v
        case let (.spherical, .variance(v)):
            guard v > 0, v.isFinite else {
                throw .invalidParameter(name: "covariancePrior", value: "\(v)", expected: "a finite variance > 0")
            }
            return [v]
        default:
            let form = switch covariance {
            case .full, .tied: ".matrix (d×d)"
            case .diagonal: ".variances (one per feature)"
            case .spherical: ".variance (one number)"
            }
            throw .invalidParameter(name: "covariancePrior", value: "\(given)",
                                    expected: "\(form) for \(covariance) covariances")
        }
    }
}
