/// The prior on the covariances' Wishart distribution (`covariance_prior`), in
/// the form the covariance type needs.
public enum CovariancePrior: Sendable, Equatable {
    /// A d×d symmetric positive-definite matrix (full and tied covariances).
    case matrix(Matrix)
    /// One positive variance per feature (diagonal covariances).
    case variances([Double])
    /// One positive variance (spherical covariances).
    case variance(Double)

    /// The values flattened in scikit-learn's layout (d·d, d or 1).
    var values: [Double] {
        switch self {
        case let .matrix(m): m.storage
        case let .variances(v): v
        case let .variance(v): [v]
        }
    }
}
