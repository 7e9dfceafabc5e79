import Estimators
import Foundation
import Plotting

extension Recipes {
    /// 19-confusion-gmm-aligned (In 41): the tuned Gaussian mixture's confusion matrix after
    /// each cluster id is renamed to the flag it stands for, with per-class precision and
    /// recall underneath.
    ///
    /// ```python
    /// gmm_remap = {0: 1, 1: 0, 2: 2}
    /// df['gmm_labels_remapped'] = df['gmm_labels'].map(gmm_remap)
    /// print(classification_report(df['flag'], df['gmm_labels_remapped']))
    /// sns.heatmap(confusion_matrix(df['flag'], df['gmm_labels_remapped']), annot=True, fmt='d', cmap='Blues', ax=ax)
    /// ax.set_xlabel('GMM labels'); ax.set_ylabel('Flag labels')
    /// ax.set_title('Confusion Matrix for GMM after remapping')
    /// ```
    /// The lab wrote its map by hand after looking at In 40; here it is the optimal one-to-one
    /// assignment (Hungarian method on the contingency table), which is right for any data.
    static func alignedConfusionMixture(_ stars: StarTable) throws -> Figure {
        try alignedConfusion(stars, model: .gaussianMixture, xLabel: "GMM labels",
                             title: "Confusion Matrix for GMM after remapping")
    }

    /// 20-confusion-kmeans-aligned (In 41): the same for the tuned K-means clustering.
    static func alignedConfusionKMeans(_ stars: StarTable) throws -> Figure {
        try alignedConfusion(stars, model: .kMeans, xLabel: "Kmeans labels",
                             title: "Confusion Matrix for k-means after remapping")
    }

    private static func alignedConfusion(_ stars: StarTable, model: TunedModel, xLabel: String,
                                         title: String) throws -> Figure {
        let flags = try stars.flags(for: "the aligned confusion matrix").map(\.rawValue)
        let remap = try alignClusters(try model.labels(stars), to: flags)
        let remapped = remap.alignedLabels
        let matrix = try confusionMatrix(true: flags, predicted: remapped)
        let report = try classificationReport(true: flags, predicted: remapped, zeroDivision: .zero)

        let fig = try Figure(width: 8, height: 6)
        let ax = fig.addSubplot()
        try fig.heatmap(counts(matrix), on: ax, rowLabels: matrix.labels.map(String.init),
                        columnLabels: matrix.labels.map(String.init), colormap: .blues, annotate: .integer)
        ax.setXLabel(xLabel)
        ax.setYLabel("Flag labels")
        ax.title = title
        try addScoreTable(report, remap: remap, under: ax, of: fig)
        return fig
    }

    /// Writes the classification report's per-class precision, recall and support, the
    /// accuracy and the cluster-to-flag map under the heatmap, growing the page to hold them.
    ///
    /// Positions are in axes fractions, so they stay put when the page grows again later
    /// (for a footnote).
    static func addScoreTable(_ report: ClassificationReport<Int>, remap: ClusterAlignment, under ax: Axes,
                              of fig: Figure) throws {
        guard case .rect(let box) = ax.placement else { return }
        let fontSize = 9.0
        let lineHeight = 1.45 * fontSize / 72                     // inches
        let top = 0.62                                            // inches below the axes: clear of the x label
        let lineCount = report.classes.count + 2
        let needed = top + Double(lineCount) * lineHeight + 0.08
        fig.growPage(bottom: Swift.max(0, needed - box.bottom * fig.height))
        let axesHeight = box.height * fig.height                  // inches; growing the page keeps it
        func baseline(_ line: Int) -> Double { -(top + Double(line) * lineHeight + 0.75 * lineHeight) / axesHeight }
        let columns: [(x: Double, align: TextPlacement.Horizontal)] = [
            (0, .left), (0.47, .right), (0.62, .right), (0.77, .right),
        ]
        let grey = Color(hex: 0x555555)
        func write(_ cells: [String], line: Int, color: Color = .black) {
            for (cell, column) in zip(cells, columns) {
                ax.text(column.x, baseline(line), cell, coordinates: .axes, fontSize: fontSize, color: color,
                        horizontal: column.align)
            }
        }
        write(["flag", "precision", "recall", "support"], line: 0, color: grey)
        for (i, row) in report.classes.enumerated() {
            let name = StarFlag(rawValue: row.label).map { "\(row.label)  \($0)" } ?? row.name
            write([name, String(format: "%.2f", row.scores.precision), String(format: "%.2f", row.scores.recall),
                   String(row.scores.support)], line: i + 1)
        }
        let map = remap.clusters.map { "\($0)→\(remap.mapping[$0].map(String.init) ?? "?")" }.joined(separator: ", ")
        let accuracy = report.accuracy.map { String(format: "accuracy %.2f; ", $0) } ?? ""
        ax.text(0, baseline(lineCount - 1), "\(accuracy)cluster → flag by optimal assignment: \(map)",
                coordinates: .axes, fontSize: fontSize, color: grey)
    }
}
