import Estimators
import Foundation
import Plotting

extension Recipes {
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
        let features = try stars.matrix(StarTable.labFeatures)
        let nClustersList = 2...6
        let silhouetteScores = try nClustersList.map { n in
            let gmm = try GaussianMixture(components: n, seed: 42).fit(features)
            return try silhouetteScore(features, labels: try gmm.predict(features))
        }

        let fig = try Figure(width: 8, height: 6)
        let ax = fig.addSubplot()
        try ax.plot(values(nClustersList), silhouetteScores, marker: .circle)
        ax.title = "Silhouette Score vs. Number of Clusters"
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Silhouette Score")
        ax.x.setTicks(values(nClustersList))
        ax.grid()
        if let i = silhouetteScores.indices.max(by: { silhouetteScores[$0] < silhouetteScores[$1] }) {
            let n = nClustersList.lowerBound + i
            let below = silhouetteScores.allSatisfy { $0 <= silhouetteScores[i] }
            try markChoice(String(format: "best: %.3f at %d components", silhouetteScores[i], n),
                           at: Point(Double(n), silhouetteScores[i]), on: ax,
                           offset: below ? Point(40, -45) : Point(40, 50))
        }
        return fig
    }
}
