import Estimators
import Plotting

extension Recipes {
    /// 17-confusion-gmm (In 40): Helmi et al.'s flags against the tuned Gaussian mixture's
    /// cluster ids, as they come out of the fit (before any renaming).
    ///
    /// ```python
    /// plt.figure(figsize=(10, 7))
    /// sns.heatmap(confusion_matrix(df['flag'], df['gmm_labels']), annot=True, fmt='d')
    /// plt.title('GMM Confusion Matrix'); plt.xlabel('Predicted Labels'); plt.ylabel('True Labels')
    /// ```
    static func confusionMixture(_ stars: StarTable) throws -> Figure {
        try rawConfusion(stars, model: .gaussianMixture, title: "GMM Confusion Matrix")
    }

    /// 18-confusion-kmeans (In 40): the same for the tuned K-means clustering.
    static func confusionKMeans(_ stars: StarTable) throws -> Figure {
        try rawConfusion(stars, model: .kMeans, title: "K-Means Confusion Matrix")
    }

    private static func rawConfusion(_ stars: StarTable, model: TunedModel, title: String) throws -> Figure {
        let flags = try stars.flags(for: "the confusion matrix").map(\.rawValue)
        let labels = try model.labels(stars)
        let matrix = try confusionMatrix(true: flags, predicted: labels)

        let fig = try Figure(width: 10, height: 7)
        let ax = fig.addSubplot()
        try fig.heatmap(counts(matrix), on: ax, rowLabels: matrix.labels.map(String.init),
                        columnLabels: matrix.labels.map(String.init), annotate: .integer)
        ax.title = title
        ax.setXLabel("Predicted Labels")
        ax.setYLabel("True Labels")
        return fig
    }

    /// A confusion matrix's counts as the rows of a heatmap.
    static func counts(_ matrix: ConfusionMatrix<Int>) -> [[Double]] {
        matrix.rows.map { $0.map(Double.init) }
    }
}
