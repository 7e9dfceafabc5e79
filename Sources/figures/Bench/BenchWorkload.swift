import Foundation

/// The six workloads of issue 7, each defined exactly as the Python stack's timing of it, so
/// that `figures bench` and `Scripts/bench-peer.py` measure the same work on the same data.
///
/// Only the work named in the definition is timed; data generation and model fitting that
/// the definition calls set-up happen in `prepare(outputFolder:)`.
enum BenchWorkload: String, CaseIterable, Sendable {
    case kmeans = "kmeans_1e6x2_k8"
    case gaussianMixture = "gmm_1e5x7_k3"
    case silhouette = "silhouette_1e4x7"
    case densityGrid = "density_grid_1e6"
    case contourPNG = "contour_png_1000"
    case scatterPNG = "scatter_png_1e6"

    /// The workload's name in tables, JSON and `--only`.
    var name: String { rawValue }

    /// What is timed, in the Python stack's terms.
    var definition: String {
        switch self {
        case .kmeans:
            "make_blobs(1_000_000, centers=8, n_features=2, random_state=0); KMeans(8, n_init=1, random_state=0).fit (fit only)"
        case .gaussianMixture:
            "make_blobs(100_000, centers=3, n_features=7, random_state=0); GaussianMixture(3, random_state=0).fit"
        case .silhouette:
            "make_blobs(10_000, centers=3, n_features=7, random_state=0); silhouette_score(X, y) on the true labels"
        case .densityGrid:
            "GaussianMixture(3, random_state=42) on the lab's Part 2 data; score_samples on a 1000x1000 grid over [-5, 5]² (scoring only)"
        case .contourPNG:
            "that grid's -score_samples as contourf (logspace(0, 2, 12), LogNorm(1, 30)) + black contour lines, 6.4x4.8 in, PNG at 100 dpi"
        case .scatterPNG:
            "RandomState(0).randn(1_000_000, 2) as 2 px black dots (s=1.44², no edge), 6.4x4.8 in, PNG at 100 dpi"
        }
    }

    /// The Python stack's best-of-3 time as issue 7 reports it for this machine (seconds);
    /// `Scripts/bench-peer.py` measures it again in the same run for a fair ratio.
    var issueReferenceSeconds: Double {
        switch self {
        case .kmeans: 0.33
        case .gaussianMixture: 0.18
        case .silhouette: 0.72
        case .densityGrid: 0.18
        case .contourPNG: 0.19
        case .scatterPNG: 0.38
        }
    }

    /// The workloads that `--only` names: one name, or a comma-separated list.
    static func selection(_ only: String?) throws(BenchError) -> [BenchWorkload] {
        guard let only else { return allCases }
        var chosen: [BenchWorkload] = []
        for part in only.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let workload = BenchWorkload(rawValue: name) else {
                throw .unknownWorkload(name, known: allCases.map(\.name))
            }
            if !chosen.contains(workload) { chosen.append(workload) }
        }
        guard !chosen.isEmpty else { throw .unknownWorkload(only, known: allCases.map(\.name)) }
        return chosen
    }
}
