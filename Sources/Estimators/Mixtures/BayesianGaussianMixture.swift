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
    /// Most iterations per run (`max_iter`, ≥ 0; 0 keeps the initial parameters).
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
        let positivePriors = [
            ("weightConcentrationPrior", weightConcentrationPrior), ("meanPrecisionPrior", meanPrecisionPrior),
            ("degreesOfFreedomPrior", degreesOfFreedomPrior),
        ]
        for (name, prior) in positivePriors {
            if let value = prior, !(value > 0 && value.isFinite) {
                throw .invalidParameter(name: name, value: "\(value)", expected: "a finite number > 0")
            }
        }
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
