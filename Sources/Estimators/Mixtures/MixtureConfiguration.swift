/// What the one `fit` both mixtures share needs from a configuration: its settings
/// checks and an EM fit over given starting responsibilities.
///
/// `GaussianMixture` and `BayesianGaussianMixture` differ only in the parameters EM
/// updates (`runEM`); drawing each run's start from one seeded generator, collecting
/// the initialisation's warnings and the single-run entry point used by tests are
/// written once, below.
protocol MixtureConfiguration: Sendable {
    /// The immutable model `fit` returns.
    associatedtype Model: FittedMixture

    /// Number of mixture components, K.
    var components: Int { get }
    /// Number of runs; the one with the largest lower bound is kept.
    var initializations: Int { get set }
    /// How each run starts.
    var initialization: MixtureInitialization { get }
    /// The `random_state` integer.
    var seed: UInt32 { get }

    /// Checks the settings that do not depend on the data.
    func validate() throws(MixtureError)

    /// Runs EM with `initialResponsibilities(run)` (n×K) as the start of each run.
    func runEM(
        _ x: Matrix, initialResponsibilities: (Int) throws(MixtureError) -> [Double]
    ) throws(MixtureError) -> Model
}

/// What a fitted mixture keeps beyond its public surface: the weighted
/// log-densities everything it evaluates comes from, and warnings the shared
/// `fit` can complete (the public `MixtureModel.warnings` is read-only).
protocol FittedMixture: MixtureModel {
    /// The weighted log-densities of the fitted parameters.
    var density: MixtureDensity { get }
    var warnings: [MixtureWarning] { get set }
}

// MARK: - Default implementations

extension MixtureConfiguration {
    /// The body of both public `fit(_:)`s: every run starts from `initialization`
    /// drawn from one `RandomState(seed:)` shared by all runs; the warnings the
    /// draws raise come first on the model, as scikit-learn raises them first.
    func fitFromSeed(_ x: Matrix) throws(MixtureError) -> Model {
        try validate()
        try MixtureValidation.validateForFit(x, components: components)
        var rng = RandomState(seed: seed)
        let initialization = self.initialization, components = self.components
        var initializationWarnings: [MixtureWarning] = []
        var model = try runEM(x) { _ throws(MixtureError) in
            try initialization.responsibilities(for: x, components: components, using: &rng,
                                                warnings: &initializationWarnings)
        }
        model.warnings.insert(contentsOf: initializationWarnings, at: 0)
        return model
    }

    /// Fits from given initial responsibilities (n×K, one run), bypassing the
    /// random initialisation; used to test EM on its own.
    func fit(_ x: Matrix, initialResponsibilities: [Double]) throws(MixtureError) -> Model {
        try validate()
        try MixtureValidation.validateForFit(x, components: components)
        var single = self
        single.initializations = 1
        return try single.runEM(x) { _ throws(MixtureError) in initialResponsibilities }
    }
}

extension FittedMixture {
    /// `density`, once `x` is checked to be finite data with the features the model was fitted on.
    func density(evaluating x: Matrix) throws(MixtureError) -> MixtureDensity {
        try MixtureValidation.validateForEvaluation(x, features: features)
        return density
    }
}
