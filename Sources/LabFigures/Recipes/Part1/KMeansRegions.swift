import Estimators
import Plotting

extension Recipes {
    /// 03-kmeans-regions-k4 (In 5–6): the decision regions of the k = 4 model.
    ///
    /// ```python
    /// plt.figure(figsize=(8, 4))
    /// plot_decision_boundaries(clusterer, X)
    /// ```
    static func kmeansRegionsK4() throws -> Figure {
        try kmeansRegions(clusters: 4)
    }

    /// 04-kmeans-regions-k3 (In 7–9): the same for k = 3.
    ///
    /// The lab's In 8 re-uses the k = 4 model (`labels_3 = clusterer.predict(X)`); In 9 then
    /// plots `clusterer_3`, the k = 3 model fitted in In 7, which is what is drawn here.
    static func kmeansRegionsK3() throws -> Figure {
        try kmeansRegions(clusters: 3)
    }

    /// `KMeans(n_clusters=k, random_state=42, n_init='auto')` on the blobs, drawn by `plot_decision_boundaries`.
    private static func kmeansRegions(clusters k: Int) throws -> Figure {
        let X = try LabData.blobs().samples
        let clusterer = try KMeans(clusters: k, seed: 42).fit(X)
        let fig = try Figure(width: 8, height: 4)
        try plotDecisionBoundaries(clusterer, X, on: fig.addSubplot())
        return fig
    }
}
