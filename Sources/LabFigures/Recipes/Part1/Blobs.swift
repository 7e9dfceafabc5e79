import Estimators
import Plotting

extension Recipes {
    /// 01-blobs (In 2): the 300 blobs as `make_blobs` draws them, before any clustering.
    ///
    /// ```python
    /// X, y_true = make_blobs(n_samples=300, centers=4, cluster_std=0.60, random_state=0)
    /// plt.scatter(X[:, 0], X[:, 1], s=50);
    /// ```
    static func blobs() throws -> Figure {
        let X = try LabData.blobs().samples
        let fig = try Figure(width: 6.4, height: 4.8)
        let ax = fig.addSubplot()
        try ax.scatter(X.column(0), X.column(1), size: 50)
        return fig
    }
}
