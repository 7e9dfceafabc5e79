/// What every fitted Gaussian mixture offers, whichever way it was fitted.
///
/// Both `GaussianMixtureModel` and `BayesianGaussianMixtureModel` conform, so
/// a figure recipe can draw the density, labels or samples of either. The
/// names follow scikit-learn's attributes and methods (`weights_`,
/// `predict_proba`, `score_samples`, …).
public protocol MixtureModel: Sendable {
    /// How covariances are parameterised.
    var covarianceType: CovarianceType { get }
    /// Number of components, K.
    var components: Int { get }
    /// Number of features the model was fitted on, d.
    var features: Int { get }
    /// Mixing weights π_k, summing to 1 (`weights_`).
    var weights: [Double] { get }
    /// Component means, K×d (`means_`).
    var means: Matrix { get }
    /// Component covariances in scikit-learn's layout (`covariances_`).
    var covariances: CovarianceParameters { get }
    /// Their inverses (`precisions_`).
    var precisions: CovarianceParameters { get }
    /// Upper-triangular P with P Pᵀ = Σ⁻¹, or 1/σ for diagonal and spherical (`precisions_cholesky_`).
    var precisionsCholesky: CovarianceParameters { get }
    /// Whether the best run stopped because its lower bound settled (`converged_`);
    /// false means it hit `maxIterations`, which callers may want to report.
    var converged: Bool { get }
    /// scikit-learn's `ConvergenceWarning`s as values: k-means initialisation that found
    /// fewer distinct clusters than components, and a best run that did not converge.
    /// Empty when scikit-learn would have stayed silent.
    var warnings: [MixtureWarning] { get }
    /// EM iterations of the best run (`n_iter_`).
    var iterations: Int { get }
    /// Final lower bound of the best run (`lower_bound_`).
    var lowerBound: Double { get }
    /// Lower bound after every iteration of the best run (`lower_bounds_`).
    var lowerBounds: [Double] { get }

    /// The most probable component of each row (`predict`); for the training
    /// data this is also scikit-learn's `fit_predict`.
    func predict(_ x: Matrix) throws(MixtureError) -> [Int]
    /// The posterior probability of each component for each row, n×K (`predict_proba`).
    func predictProba(_ x: Matrix) throws(MixtureError) -> Matrix
    /// log p(x) of each row under the mixture (`score_samples`).
    func scoreSamples(_ x: Matrix) throws(MixtureError) -> [Double]
    /// The mean of `scoreSamples` (`score`).
    func score(_ x: Matrix) throws(MixtureError) -> Double

    /// `count` samples drawn from the mixture, grouped by component, with the
    /// component of each row (`sample`). Like scikit-learn with an integer
    /// `random_state`, every call starts a fresh generator from the
    /// configuration's seed, so the same call always gives the same samples.
    func sample(_ count: Int) throws(MixtureError) -> (X: Matrix, labels: [Int])
    /// `count` samples drawn from the caller's generator, which advances.
    func sample(_ count: Int, using rng: inout RandomState) throws(MixtureError) -> (X: Matrix, labels: [Int])
}

// MARK: - Default implementations

extension MixtureModel {
    /// The mean of `scoreSamples(x)`, summed in numpy's order (`score`).
    public func score(_ x: Matrix) throws(MixtureError) -> Double {
        NumpySum.mean(try scoreSamples(x))
    }

    /// `count` samples drawn from the caller's generator, which advances: `count × weights`
    /// multinomial counts, then each component's rows from its mean and covariance.
    public func sample(_ count: Int, using rng: inout RandomState) throws(MixtureError) -> (X: Matrix, labels: [Int]) {
        try MixtureSampler.sample(count, weights: weights, means: means, covariances: covariances, using: &rng)
    }
}
