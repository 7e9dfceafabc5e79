import Foundation

/// A fitted variational Gaussian mixture: scikit-learn's
/// `BayesianGaussianMixture` attributes, the posterior parameters, and the
/// priors it was fitted with.
///
/// Produced by `BayesianGaussianMixture.fit(_:)`; immutable. `means`,
/// `covariances` and the precisions are the posterior's (m_k and the Wishart
/// scale divided by ν_k, as in scikit-learn); `weights` is the posterior
/// expectation of the mixing weights.
public struct BayesianGaussianMixtureModel: MixtureModel {
    /// The configuration that produced this model.
    public let configuration: BayesianGaussianMixture
    public let weights: [Double]
    public let means: Matrix
    public let covariances: CovarianceParameters
    public let precisions: CovarianceParameters
    public let precisionsCholesky: CovarianceParameters
    public let converged: Bool
    /// What scikit-learn would have warned about while fitting (k-means initialisation
    /// with fewer distinct clusters, no convergence), in the order it warns.
    public internal(set) var warnings: [MixtureWarning]
    public let iterations: Int
    /// The final variational lower bound, without constant terms and not divided by n (`lower_bound_`).
    public let lowerBound: Double
    public let lowerBounds: [Double]
    /// Posterior concentration of the weights (`weight_concentration_`).
    public let weightConcentration: WeightConcentration
    /// Posterior precision scale of each mean, β_k (`mean_precision_`).
    public let meanPrecision: [Double]
    /// Posterior Wishart degrees of freedom, ν_k; one shared value for tied covariances (`degrees_of_freedom_`).
    public let degreesOfFreedom: [Double]
    /// The weight concentration prior used, γ₀ (`weight_concentration_prior_`).
    public let weightConcentrationPrior: Double
    /// The mean precision prior used, β₀ (`mean_precision_prior_`).
    public let meanPrecisionPrior: Double
    /// The mean prior used, m₀ (`mean_prior_`).
    public let meanPrior: [Double]
    /// The degrees-of-freedom prior used, ν₀ (`degrees_of_freedom_prior_`).
    public let degreesOfFreedomPrior: Double
    /// The covariance prior used, Ψ₀ (`covariance_prior_`).
    public let covariancePrior: CovariancePrior
    let density: MixtureDensity

    init(configuration: BayesianGaussianMixture, priors: VariationalPriors,
         outcome: ExpectationMaximizationOutcome<VariationalParameters>) {
        let state = outcome.state
        let kCount = configuration.components, d = state.density.features, type = configuration.covariance
        self.configuration = configuration
        self.weights = VariationalUpdates.weights(state.weightConcentration)
        self.means = Matrix(rows: kCount, columns: d, storage: state.means)
        (covariances, precisionsCholesky, precisions) = CovarianceParameters.fitted(
            type: type, components: kCount, features: d, covariances: state.covariances,
            precisionFactors: state.precisionFactors)
        self.converged = outcome.converged
        self.warnings = []
        self.iterations = outcome.iterations
        self.lowerBound = outcome.lowerBound
        self.lowerBounds = outcome.lowerBounds
        self.weightConcentration = state.weightConcentration
        self.meanPrecision = state.meanPrecision
        self.degreesOfFreedom = state.degreesOfFreedom
        self.weightConcentrationPrior = priors.weightConcentration
        self.meanPrecisionPrior = priors.meanPrecision
        self.meanPrior = priors.mean
        self.degreesOfFreedomPrior = priors.degreesOfFreedom
        switch type {
        case .full, .tied: self.covariancePrior = .matrix(Matrix(rows: d, columns: d, storage: priors.covariance))
        case .diagonal: self.covariancePrior = .variances(priors.covariance)
        case .spherical: self.covariancePrior = .variance(priors.covariance[0])
        }
        self.density = state.density
        self.warnings = MixtureWarning.fitWarnings(of: self)
    }

    public var covarianceType: CovarianceType { configuration.covariance }
    public var components: Int { weights.count }
    public var features: Int { means.columns }

    public func predict(_ x: Matrix) throws(MixtureError) -> [Int] {
        try density(evaluating: x).predict(x)
    }

    public func predictProba(_ x: Matrix) throws(MixtureError) -> Matrix {
        try density(evaluating: x).predictProbabilities(x)
    }

    /// log p(x) of each row under the variational approximation (`score_samples`):
    /// the log-sum-exp of the E-step's weighted log-densities.
    public func scoreSamples(_ x: Matrix) throws(MixtureError) -> [Double] {
        try density(evaluating: x).scoreSamples(x)
    }

    public func sample(_ count: Int) throws(MixtureError) -> (X: Matrix, labels: [Int]) {
        var rng = RandomState(seed: configuration.seed)
        return try sample(count, using: &rng)
    }
}

extension BayesianGaussianMixtureModel: FittedMixture {}
