import Estimators
import Plotting

extension Recipes {
    /// 07-gmm-data (In 16): Part 2's data set, three blobs, two of them sheared.
    ///
    /// ```python
    /// plt.figure(figsize=(8, 6))
    /// plt.scatter(X[:, 0], X[:, 1], c='blue', marker='.', alpha=0.5)
    /// plt.title('Visualization of the Dataset'); plt.xlabel('Feature 1'); plt.ylabel('Feature 2')
    /// ```
    static func mixtureData() throws -> Figure {
        let X = try LabData.mixture()
        let fig = try Figure(width: 8, height: 6)
        let ax = fig.addSubplot()
        try ax.scatter(X.column(0), X.column(1), color: Named.blue, marker: .point, alpha: 0.5)
        ax.title = "Visualization of the Dataset"
        ax.setXLabel("Feature 1")
        ax.setYLabel("Feature 2")
        return fig
    }
}
