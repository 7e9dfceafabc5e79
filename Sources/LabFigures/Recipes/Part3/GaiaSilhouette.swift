import Estimators
import Foundation
import Plotting

extension Recipes {
    /// The most rows figure 14 takes: 49,920 rows take 16 s on two cores (its five all-pairs
    /// silhouettes grow as rows²); a million rows would take hours.
    static let silhouetteRowLimit = 50_000

    /// 14-gaia-silhouette (In 33): the silhouette score of Gaussian mixtures with 2…6
    /// components on the seven features, the best marked.
    ///
    /// ```python
    /// for n_clusters in range(2, 7):
    ///     labels = GaussianMixture(n_components=n_clusters, random_state=42).fit_predict(features)
    ///     silhouette_scores.append(silhouette_score(features, labels))
    /// plt.figure(figsize=(8, 6)); plt.plot(n_clusters_list, silhouette_scores, marker='o')
    /// ```
    static func gaiaSilhouette(_ stars: StarTable) throws -> Figure {
        // Refused before any work: five silhouettes over every pair of rows grow as rows².
        guard stars.count <= silhouetteRowLimit else {
            throw DataSizeError(rows: stars.count, limit: silhouetteRowLimit,
                                          work: "its five silhouette scores compare every pair of rows")
        }
        let features = try stars.matrix(StarTable.labFeatures)
        let nClustersList = 2...6
        var warnings: [String] = []
        let silhouetteScores = try nClustersList.map { n in
            let gmm = try GaussianMixture(components: n, seed: 42).fit(features)
            warnings += gmm.warnings.map { "GaussianMixture(n_components=\(n), random_state=42): \($0)" }
            return try silhouetteScore(features, labels: try gmm.predict(features))
        }

        let fig = try Figure(width: 8, height: 6)
        fig.warnings = warnings
        let ax = fig.addSubplot()
        try ax.plot(values(nClustersList), silhouetteScores, marker: .circle)
        ax.title = "Silhouette Score vs. Number of Clusters"
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Silhouette Score")
        ax.x.setTicks(values(nClustersList))
        ax.grid()
        try markBest(silhouetteScores, over: nClustersList, on: ax) { score, n in
            String(format: "best: %.3f at %d components", score, n)
        }
        return fig
    }
}
