/// The prior on a variational mixture's weights (scikit-learn's `weight_concentration_prior_type`).
public enum WeightPrior: String, Sendable, CaseIterable, Codable {
    /// A stick-breaking Dirichlet process (`"dirichlet_process"`, the default):
    /// later components get geometrically less weight unless the data needs them,
    /// so superfluous components fade out.
    case dirichletProcess = "dirichlet_process"
    /// A finite symmetric Dirichlet distribution (`"dirichlet_distribution"`).
    case dirichletDistribution = "dirichlet_distribution"
}
