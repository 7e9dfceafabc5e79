/// How each EM run chooses its starting responsibilities (scikit-learn's `init_params`).
public enum MixtureInitialization: String, Sendable, CaseIterable, Codable {
    /// One-hot responsibilities from a single k-means++ KMeans run on the
    /// mixture's generator (`"kmeans"`, scikit-learn's default).
    case kmeans
    /// Uniform random responsibilities, each row normalised to sum to 1 (`"random"`).
    case random
}
