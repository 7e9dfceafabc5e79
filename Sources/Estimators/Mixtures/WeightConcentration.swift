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
