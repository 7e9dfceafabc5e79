/// The prior on a variational mixture's weights (scikit-learn's `weight_concentration_prior_type`).
public enum WeightPrior: String, Sendable, CaseIterable, Codable {
    /// A stick-breaking Dirichlet process (`"dirichlet_process"`, the default):
    /// later components get geometrically less weight unless the data needs them,
    /// so superfluous components fade out.
    case dirichletProcess = "dirichlet_process"
    /// A finite symmetric Dirichlet distribution (`"dirichlet_distribution"`).
    case dirichletDistribution = "dirichlet_distribution"
}

/// The posterior concentration of a variational mixture's weights (`weight_concentration_`).
public enum WeightConcentration: Sendable, Equatable {
    /// Beta(α_k, β_k) for each stick-breaking fraction.
    case dirichletProcess(alpha: [Double], beta: [Double])
    /// Dirichlet(α).
    case dirichletDistribution(alpha: [Double])

    /// α, the first parameters (all of them for the Dirichlet distribution).
    public var alpha: [Double] {
        switch self {
        case let .dirichletProcess(alpha, _): alpha
        case let .dirichletDistribution(alpha): alpha
        }
    }
}

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
