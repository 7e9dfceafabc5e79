/// How each mixture component's covariance is parameterised (scikit-learn's `covariance_type`).
public enum CovarianceType: String, Sendable, CaseIterable, Codable {
    /// Every component has its own general covariance matrix (`"full"`).
    case full
    /// All components share one general covariance matrix (`"tied"`).
    case tied
    /// Every component has its own diagonal covariance matrix (`"diag"`).
    case diagonal = "diag"
    /// Every component has its own single variance (`"spherical"`).
    case spherical

    /// Free covariance parameters of a mixture with `components` components in
    /// `features` dimensions (the covariance part of scikit-learn's `_n_parameters`).
    func parameterCount(components: Int, features: Int) -> Double {
        switch self {
        case .full: Double(components) * Double(features) * Double(features + 1) / 2
        case .tied: Double(features) * Double(features + 1) / 2
        case .diagonal: Double(components * features)
        case .spherical: Double(components)
        }
    }

    /// Number of stored values in scikit-learn's layout (K·d·d, d·d, K·d or K).
    func storedCount(components: Int, features: Int) -> Int {
        switch self {
        case .full: components * features * features
        case .tied: features * features
        case .diagonal: components * features
        case .spherical: components
        }
    }
}
