import Estimators
import Plotting

extension Recipes {
    /// 10-gmm-bic-aic (In 23): BIC and AIC of Gaussian mixtures with 1…8 components, the BIC
    /// minimum (3 components) marked.
    ///
    /// ```python
    /// for n_clusters in range(1, 9):
    ///     gmm = GaussianMixture(n_components=n_clusters, random_state=42).fit(X)
    ///     bics.append(gmm.bic(X)); aics.append(gmm.aic(X))
    /// plt.plot(cluster_range, bics, label='BIC', marker='o'); plt.plot(cluster_range, aics, label='AIC', marker='o')
    /// ```
    static func informationCriteria() throws -> Figure {
        let X = try LabData.mixture()
        let clusterRange = 1...8
        let models = try clusterRange.map { n in try GaussianMixture(components: n, seed: 42).fit(X) }
        let bics = try models.map { gmm in try gmm.bic(X) }
        let aics = try models.map { gmm in try gmm.aic(X) }

        let fig = try Figure(width: 10, height: 6)
        let ax = fig.addSubplot()
        try ax.plot(values(clusterRange), bics, marker: .circle, label: "BIC")
        try ax.plot(values(clusterRange), aics, marker: .circle, label: "AIC")
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Information Criterion")
        ax.legend()
        ax.title = "BIC and AIC for Different Number of Clusters"
        ax.x.setTicks(values(clusterRange))
        ax.grid()
        if let i = bics.indices.min(by: { bics[$0] < bics[$1] }) {
            let n = clusterRange.lowerBound + i
            try markChoice("BIC minimum: \(n) components", at: Point(Double(n), bics[i]), on: ax)
        }
        return fig
    }
}
