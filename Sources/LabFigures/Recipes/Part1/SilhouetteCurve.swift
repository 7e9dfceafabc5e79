import Estimators
import Foundation
import Plotting

extension Recipes {
    /// 06-silhouette-curve (In 12–14): the silhouette score of K-means for k = 2…8, the best
    /// (0.682 at k = 4) marked.
    ///
    /// ```python
    /// for n_clusters in range(2, 9):
    ///     clusterer_sil = KMeans(n_clusters=n_clusters, n_init=10, random_state=42)
    ///     score = silhouette_score(X, clusterer_sil.labels_)
    /// ```
    /// The lab's cell never fits `clusterer_sil` (so `labels_` does not exist and the cell
    /// fails); the recipe fits it, as the lab meant and as its printed 0.6819938690643478 shows.
    static func silhouetteCurve() throws -> Figure {
        let X = try LabData.blobs().samples
        let clusterRange = 2...8
        let silhouetteCoefficients = try clusterRange.map { n in
            let clusterer = try KMeans(clusters: n, initializations: 10, seed: 42).fit(X)
            return try silhouetteScore(X, labels: clusterer.labels)
        }

        let fig = try Figure(width: 10, height: 6)
        let ax = fig.addSubplot()
        try ax.plot(values(clusterRange), silhouetteCoefficients, marker: .circle)
        ax.title = "Silhouette Coefficient as a Function of the Number of Clusters"
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Silhouette Coefficient")
        ax.x.setTicks(values(clusterRange))
        ax.grid()
        try markBest(silhouetteCoefficients, over: clusterRange, on: ax) { score, k in
            String(format: "best: %.3f at k = %d", score, k)
        }
        return fig
    }
}
