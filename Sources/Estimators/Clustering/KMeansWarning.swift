/// Conditions scikit-learn reports with `warnings.warn` instead of an error; the
/// fitted model carries them so nothing is printed behind the caller's back.
public enum KMeansWarning: Equatable, Sendable, CustomStringConvertible {
    /// scikit-learn's `ConvergenceWarning`: fewer distinct labels than clusters,
    /// usually because the data has fewer distinct points than clusters.
    case fewerDistinctClusters(found: Int, requested: Int)
    /// scikit-learn's `RuntimeWarning`: explicit initial centres allow only one
    /// initialisation, so a larger requested count was reduced to 1.
    case singleInitializationForExplicitCenters(requested: Int)
    /// numpy's `RuntimeWarning: overflow encountered`: the squared distances of data near
    /// `sqrt(Double.greatestFiniteMagnitude)` sum to infinity, so the inertia is infinite.
    case overflow

    public var description: String {
        switch self {
        case .fewerDistinctClusters(let found, let requested):
            return "Number of distinct clusters (\(found)) found smaller than n_clusters (\(requested)). Possibly due to duplicate points in X."
        case .singleInitializationForExplicitCenters(let requested):
            return "Explicit initial center position passed: performing only one init in KMeans instead of n_init=\(requested)."
        case .overflow:
            return "overflow encountered: the inertia (a sum of squared distances) is infinite; "
                + "scale the data so that its squares stay below 1.8e308"
        }
    }
}
