import Foundation

/// A Gaussian mixture fitted by variational inference, as scikit-learn's
/// `BayesianGaussianMixture` fits it.
///
/// Priors on the weights (a Dirichlet process or distribution), means
/// (Gaussian) and precisions (Wishart) let the fit switch off components the
/// data does not need: start with more components than you expect and read the
/// effective number off `weights`. `fit(_:)` returns an immutable
/// `BayesianGaussianMixtureModel`; it agrees with scikit-learn 1.9.1 to
/// rounding, iteration for iteration.
///
/// ```swift
/// let model = try BayesianGaussianMixture(components: 10, maxIterations: 1000, seed: 42).fit(x)
/// let effective = model.weights.filter { $0 > 0.01 }.count
/// ```
///
/// A prior left `nil` takes scikit-learn's data-dependent default when
/// fitting: weight concentration 1/K, mean precision 1, the data mean, d
/// degrees of freedom and the data's covariance (`np.cov`, or per-feature
/// variances for diagonal, their mean for spherical). The resolved values are
/// on the fitted model.
public struct BayesianGaussianMixture: Sendable, Equatable {
    /// Number of mixture components, K ≥ 1 (`n_components`), an upper bound on those the data uses.
    public var components: Int
    /// How covariances are parameterised (`covariance_type`).
    public var covariance: CovarianceType
    /// The prior on the weights (`weight_concentration_prior_type`).
    public var weightPrior: WeightPrior
    /// γ₀ > 0: smaller values favour fewer components (`weight_concentration_prior`; nil → 1/K).
    public var weightConcentrationPrior: Double?
    /// β₀ > 0: how tightly means are tied to `meanPrior` (`mean_precision_prior`; nil → 1).
    public var meanPrecisionPrior: Double?
    /// m₀, d values (`mean_prior`; nil → the data mean).
    public var meanPrior: [Double]?
    /// ν₀ > d − 1 (`degrees_of_freedom_prior`; nil → d).
    public var degreesOfFreedomPrior: Double?
    /// Ψ₀ in the form of `covariance` (`covariance_prior`; nil → the data's covariance).
    public var covariancePrior: CovariancePrior?
    /// Stop when the lower bound changes by less than this (`tol`, ≥ 0).
    public var tolerance: Double
    /// Added to covariance diagonals (`reg_covar`, ≥ 0).
    public var regularization: Double
    /// Most iterations per run (`max_iter`, ≥ 1).
    public var maxIterations: Int
    /// Number of runs; the one with the largest lower bound is kept (`n_init`, ≥ 1).
    public var initializations: Int
    /// How each run starts (`init_params`).
    public var initialization: MixtureInitialization
    /// The `random_state` integer, for initialisation and `sample(_:)`.
    public var seed: UInt32

    /// A configuration with scikit-learn's defaults, except that the seed is explicit.
    public init(
        components: Int = 1, covariance: CovarianceType = .full, weightPrior: WeightPrior = .dirichletProcess,
        weightConcentrationPrior: Double? = nil, meanPrecisionPrior: Double? = nil, meanPrior: [Double]? = nil,
        degreesOfFreedomPrior: Double? = nil, covariancePrior: CovariancePrior? = nil,
        tolerance: Double = 1e-3, regularization: Double = 1e-6, maxIterations: Int = 100,
        initializations: Int = 1, initialization: MixtureInitialization = .kmeans, seed: UInt32 = 0
    ) {
        self.components = components
        self.covariance = covariance
        self.weightPrior = weightPrior
        self.weightConcentrationPrior = weightConcentrationPrior
        self.meanPrecisionPrior = meanPrecisionPrior
        self.meanPrior = meanPrior
        self.degreesOfFreedomPrior = degreesOfFreedomPrior
        self.covariancePrior = covariancePrior
        self.tolerance = tolerance
        self.regularization = regularization
        self.maxIterations = maxIterations
        self.initializations = initializations
        self.initialization = initialization
        self.seed = seed
    }

    /// Checks the settings that do not depend on the data; `fit` calls this
    /// first and checks the priors' shapes against the data itself.
    ///
    /// - Throws: `MixtureError.invalidParameter` naming the first bad setting.
    public func validate() throws(MixtureError) {
        try MixtureValidation.validateSettings(
            components: components, tolerance: tolerance, regularization: regularization,
            maxIterations: maxIterations, initializations: initializations)
        if let value = weightConcentrationPrior, !(value > 0 && value.isFinite) {
            throw .invalidParameter(name: "weightConcentrationPrior", value: "\(value)", expected: "a finite number > 0")
        }
        if let value = meanPrecisionPrior, !(value > 0 && value.isFinite) {
            throw .invalidParameter(name: "meanPrecisionPrior", value: "\(value)", expected: "a finite number > 0")
        }
        if let value = degreesOfFreedomPrior, !(value > 0 && value.isFinite) {
            throw .invalidParameter(name: "degreesOfFreedomPrior", value: "\(value)", expected: "a finite number > 0")
        }
    }

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
            mean = Self.columnMeans(x)
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
            let means = Self.columnMeans(x)
            switch covariance {
            case .full, .tied:
                return Self.sampleCovariance(x, means: means)
            case .diagonal:
                return Self.sampleVariances(x, means: means)
            case .spherical:
                return [NumpySum.mean(Self.sampleVariances(x, means: means))]
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

    /// `X.mean(axis=0)`: sums in sample order, then one division.
    static func columnMeans(_ x: Matrix) -> [Double] {
        let d = x.columns
        var sums = [Double](repeating: 0, count: d)
        for i in 0..<x.rows {
            for f in 0..<d { sums[f] += x.storage[i * d + f] }
        }
        return sums.map { $0 / Double(x.rows) }
    }

    /// `np.cov(X.T)`: centred cross products times 1/(n − 1).
    static func sampleCovariance(_ x: Matrix, means: [Double]) -> [Double] {
        let d = x.columns
        var sums = [Double](repeating: 0, count: d * d)
        var centred = [Double](repeating: 0, count: d)
        for i in 0..<x.rows {
            for f in 0..<d { centred[f] = x.storage[i * d + f] - means[f] }
            for f in 0..<d {
                for g in 0..<d { sums[f * d + g] += centred[f] * centred[g] }
            }
        }
        let scale = 1 / Double(x.rows - 1)
        return sums.map { $0 * scale }
    }

    /// `np.var(X, axis=0, ddof=1)`.
    static func sampleVariances(_ x: Matrix, means: [Double]) -> [Double] {
        let d = x.columns
        var sums = [Double](repeating: 0, count: d)
        for i in 0..<x.rows {
            for f in 0..<d {
                let delta = x.storage[i * d + f] - means[f]
                sums[f] += delta * delta
            }
        }
        return sums.map { $0 / Double(x.rows - 1) }
    }

    /// Fits the mixture to the rows of `x`.
    ///
    /// Each of `initializations` runs starts from `initialization` drawn from
    /// one `RandomState(seed:)` shared by all runs, and the run with the
    /// largest final lower bound is kept. Check `converged` on the result: a
    /// run that reaches `maxIterations` is still returned, as scikit-learn
    /// returns it (with a warning).
    ///
    /// - Throws: `MixtureError` for an invalid setting, fewer than 2 samples
    ///   or fewer samples than components, non-finite data, or a covariance
    ///   that is not positive definite during the fit (increase
    ///   `regularization` or use fewer components).
    public func fit(_ x: Matrix) throws(MixtureError) -> BayesianGaussianMixtureModel {
        try fitFromSeed(x)
    }
}
