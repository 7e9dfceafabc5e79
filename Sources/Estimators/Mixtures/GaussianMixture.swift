import Foundation

/// A Gaussian mixture fitted by expectation–maximisation, as scikit-learn's
/// `GaussianMixture` fits it.
///
/// This is the configuration; `fit(_:)` returns an immutable
/// `GaussianMixtureModel`. With the same data and settings the model equals
/// scikit-learn 1.9.1's to rounding (identical labels and iteration counts;
/// parameters, BIC and AIC to ~1e-15 relative on the lab's data), because
/// initialisation, M-step, E-step and stopping rule follow its code operation
/// by operation and draw from the same numpy-compatible generator.
///
/// ```swift
/// let model = try GaussianMixture(components: 3, seed: 42).fit(x)
/// let labels = try model.predict(x)
/// ```
///
/// `seed` plays the part of an integer `random_state`: it seeds the
/// initialisation (shared by all `initializations` runs) and, on the fitted
/// model, every `sample(_:)` call afresh. There is no unseeded mode: the same
/// call always gives the same model.
public struct GaussianMixture: Sendable, Equatable {
    /// Number of mixture components, K ≥ 1 (`n_components`).
    public var components: Int
    /// How covariances are parameterised (`covariance_type`).
    public var covariance: CovarianceType
    /// Stop when the mean log-likelihood changes by less than this (`tol`, ≥ 0).
    public var tolerance: Double
    /// Added to covariance diagonals to keep them positive definite (`reg_covar`, ≥ 0).
    public var regularization: Double
    /// Most EM iterations per run (`max_iter`, ≥ 0; 0 keeps the initial parameters).
    public var maxIterations: Int
    /// Number of runs from different initialisations; the best is kept (`n_init`, ≥ 1).
    public var initializations: Int
    /// How each run starts (`init_params`).
    public var initialization: MixtureInitialization
    /// The `random_state` integer.
    public var seed: UInt32

    /// A configuration with scikit-learn's defaults, except that the seed is explicit.
    public init(
        components: Int = 1, covariance: CovarianceType = .full, tolerance: Double = 1e-3,
        regularization: Double = 1e-6, maxIterations: Int = 100, initializations: Int = 1,
        initialization: MixtureInitialization = .kmeans, seed: UInt32 = 0
    ) {
        self.components = components
        self.covariance = covariance
        self.tolerance = tolerance
        self.regularization = regularization
        self.maxIterations = maxIterations
        self.initializations = initializations
        self.initialization = initialization
        self.seed = seed
    }

    /// Checks every setting; `fit` calls this first.
    ///
    /// - Throws: `MixtureError.invalidParameter` naming the first bad setting.
    public func validate() throws(MixtureError) {
        try MixtureValidation.validateSettings(
            components: components, tolerance: tolerance, regularization: regularization,
            maxIterations: maxIterations, initializations: initializations)
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
    public func fit(_ x: Matrix) throws(MixtureError) -> GaussianMixtureModel {
        try fitFromSeed(x)
    }
}
