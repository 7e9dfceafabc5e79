/// Weighted counts, means and covariances of the data under given
/// responsibilities: scikit-learn's `_estimate_gaussian_parameters`, the heart
/// of every M-step.
///
/// `counts[k] = Σᵢ rᵢₖ + 10·ε`, `means[k] = Σᵢ rᵢₖ xᵢ / counts[k]`, and the
/// covariances in the layout of `type` with `regularization` added to their
/// diagonals (see `CovarianceParameters`).
struct GaussianStatistics: Sendable {
    /// N_k, the soft count of each component (plus 10·ε, as scikit-learn adds).
    var counts: [Double]
    /// K×d row-major means.
    var means: [Double]
    /// Covariances in scikit-learn's layout for the covariance type.
    var covariances: [Double]
}
