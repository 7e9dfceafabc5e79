import Foundation

/// A fitted Gaussian mixture: the parameters scikit-learn's `GaussianMixture`
/// learns, and everything it computes from them.
///
/// Produced by `GaussianMixture.fit(_:)`; immutable.
public struct GaussianMixtureModel: MixtureModel {
    /// The configuration that produced this model.
    public let configuration: GaussianMixture
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
    public let lowerBound: Double
    public let lowerBounds: [Double]
    /// The weighted log-densities everything below is computed from.
    let density: MixtureDensity

    init(configuration: GaussianMixture, outcome: ExpectationMaximizationOutcome<GaussianMixtureState>) {
        let state = outcome.state
        let kCount = state.weights.count, d = state.density.features, type = configuration.covariance
        self.configuration = configuration
        self.weights = state.weights
        self.means = Matrix(rows: kCount, columns: d, storage: state.means)
        (covariances, precisionsCholesky, precisions) = CovarianceParameters.fitted(
            type: type, components: kCount, features: d, covariances: state.covariances,
            precisionFactors: state.precisionFactors)
        self.converged = outcome.converged
        self.warnings = []
        self.iterations = outcome.iterations
        self.lowerBound = outcome.lowerBound
        self.lowerBounds = outcome.lowerBounds
        self.density = state.density
        self.warnings = MixtureWarning.fitWarnings(of: self)
    }

    public var covarianceType: CovarianceType { configuration.covariance }
    public var components: Int { weights.count }
    public var features: Int { means.columns }

    /// Free parameters of the model: covariance values + K·d means + K−1 weights (`_n_parameters`).
    public var parameterCount: Int {
        Int(covarianceType.parameterCount(components: components, features: features)
            + Double(features * components) + Double(components - 1))
    }

    public func predict(_ x: Matrix) throws(MixtureError) -> [Int] {
        try density(evaluating: x).predict(x)
    }

    public func predictProba(_ x: Matrix) throws(MixtureError) -> Matrix {
        try density(evaluating: x).predictProbabilities(x)
    }

    public func scoreSamples(_ x: Matrix) throws(MixtureError) -> [Double] {
        try density(evaluating: x).scoreSamples(x)
    }

    /// The Bayesian information criterion on `x`, −2·n·score(x) + p·ln n (lower is better).
    public func bic(_ x: Matrix) throws(MixtureError) -> Double {
        let n = Double(x.rows)
        return -2 * (try score(x)) * n + Double(parameterCount) * log(n)
    }

    /// The Akaike information criterion on `x`, −2·n·score(x) + 2p (lower is better).
    public func aic(_ x: Matrix) throws(MixtureError) -> Double {
        let n = Double(x.rows)
        return -2 * (try score(x)) * n + 2 * Double(parameterCount)
    }

    public func sample(_ count: Int) throws(MixtureError) -> (X: Matrix, labels: [Int]) {
        var rng = RandomState(seed: configuration.seed)
        return try sample(count, using: &rng)
    }
}

extension GaussianMixtureModel: FittedMixture {}
