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
        let fitted = try model.labels(stars)
        let remap = try alignClusters(fitted.labels, to: flags)
        let remapped = remap.alignedLabels
        let matrix = try confusionMatrix(true: flags, predicted: remapped)
        let report = try classificationReport(true: flags, predicted: remapped, zeroDivision: .zero)

        let fig = try Figure(width: 8, height: 6)
        fig.warnings = fitted.warnings + report.warnings.map { "classification report: \($0)" }
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
    /// accuracy and the cluster-to-flag map under the heatmap, left-aligned with it, in a band
    /// the figure reserves at the bottom of the page (the page keeps its size; the heatmap and
    /// its colour bar move up to make room).
    static func addScoreTable(_ report: ClassificationReport<Int>, remap: ClusterAlignment, under ax: Axes,
                              of fig: Figure) throws {
        guard case .rect(let box) = ax.placement else { return }
        let fontSize = 9.0
        let pitch = 1.3 * fontSize / 72                            // inches from baseline to baseline
        let lineCount = report.classes.count + 2
        let gap = 8.0 / 72                                         // between the x label and the table
        let bottom = Figure.noteMargin + 0.25 * fontSize / 72      // the last baseline, above the margin
        fig.reservedBottom += Figure.noteMargin + Double(lineCount) * pitch + gap
        func baseline(_ line: Int) -> Double { (bottom + Double(lineCount - 1 - line) * pitch) / fig.height }
        let stops: [(x: Double, align: TextPlacement.Horizontal)] = [
            (0, .left), (0.47, .right), (0.62, .right), (0.77, .right),
        ]
        let columns = stops.map { (x: box.left + $0.x * box.width, align: $0.align) }
        let grey = Color(hex: 0x555555)
        func write(_ cells: [String], line: Int, color: Color = .black) {
            for (cell, column) in zip(cells, columns) {
                fig.text(column.x, baseline(line), cell, fontSize: fontSize, color: color, horizontal: column.align)
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
        fig.text(box.left, baseline(lineCount - 1), "\(accuracy)cluster → flag by optimal assignment: \(map)",
                 fontSize: fontSize, color: grey)
    }
}
