/// Counts of (true label, predicted label) pairs: `sklearn.metrics.confusion_matrix`.
///
/// Row `i` is the true label `labels[i]`, column `j` the predicted label
/// `labels[j]`; entry (i, j) counts the samples of class `labels[i]` predicted
/// as `labels[j]`, so the diagonal counts the correct predictions.
public struct ConfusionMatrix<Label: Hashable & Comparable & Sendable>: Sendable, Hashable {
    /// The labels of the rows and of the columns, in order.
    public let labels: [Label]
    /// The counts, row-major: entry (i, j) is `counts[i * labels.count + j]`.
    public let counts: [Int]

    /// The number of labels (rows, and columns).
    public var size: Int { labels.count }

    /// The count of samples whose true label is `labels[row]` and predicted label `labels[column]`.
    public subscript(row: Int, column: Int) -> Int {
        counts[row * labels.count + column]
    }

    /// The matrix as rows of counts.
    public var rows: [[Int]] {
        (0..<size).map { i in Array(counts[(i * size)..<((i + 1) * size)]) }
    }

    /// The number of samples counted (samples whose labels are both among `labels`).
    public var total: Int { counts.reduce(0, +) }

    /// The count of correct predictions (the diagonal's sum).
    public var correct: Int { (0..<size).reduce(0) { $0 + self[$1, $1] } }

    /// Per true label (row), the number of samples: the support.
    public var trueCounts: [Int] {
        (0..<size).map { i in (0..<size).reduce(0) { $0 + self[i, $1] } }
    }

    /// Per predicted label (column), the number of samples.
    public var predictedCounts: [Int] {
        (0..<size).map { j in (0..<size).reduce(0) { $0 + self[$1, j] } }
    }

    init(labels: [Label], counts: [Int]) {
        precondition(counts.count == labels.count * labels.count, "a confusion matrix is square")
        self.labels = labels
        self.counts = counts
    }
}

/// The confusion matrix of predicted against true labels: `sklearn.metrics.confusion_matrix`.
///
/// - Parameters:
///   - labels: the labels to count, in the order of the rows and columns. By
///     default the sorted union of the labels that occur. Samples whose true or
///     predicted label is not listed are not counted, as in scikit-learn.
/// - Throws: ``LabelMetricsError`` if the labelings differ in length, or `labels`
///   is empty, repeats a label, or (for non-empty input) shares none with `trueLabels`.
public func confusionMatrix<Label: Hashable & Comparable & Sendable>(
    true trueLabels: [Label], predicted: [Label], labels: [Label]? = nil
) throws(LabelMetricsError) -> ConfusionMatrix<Label> {
    guard trueLabels.count == predicted.count else {
        throw .lengthMismatch(trueCount: trueLabels.count, predictedCount: predicted.count)
    }
    let order = try LabelIndex(true: trueLabels, predicted: predicted, labels: labels)
    let size = order.labels.count
    var counts = [Int](repeating: 0, count: size * size)
    for (actual, guess) in zip(trueLabels, predicted) {
        guard let i = order.position[actual], let j = order.position[guess] else { continue }
        counts[i * size + j] += 1
    }
    return ConfusionMatrix(labels: order.labels, counts: counts)
}

/// The labels a comparison reports on, and their positions.
struct LabelIndex<Label: Hashable & Comparable> {
    let labels: [Label]
    let position: [Label: Int]
    /// Whether the caller chose the labels.
    let given: Bool

    /// The given labels (checked as scikit-learn checks them), or the sorted union of those that occur.
    ///
    /// `confusion_matrix` also insists that some given label occurs among the true labels
    /// (`requireTrueLabel`); `classification_report` does not.
    init(true trueLabels: [Label], predicted: [Label], labels: [Label]?,
         requireTrueLabel: Bool = true) throws(LabelMetricsError) {
        if let labels {
            guard !labels.isEmpty else { throw .noLabels }
            var position: [Label: Int] = [:]
            for (index, label) in labels.enumerated() {
                guard position[label] == nil else { throw .duplicateLabel("\(label)") }
                position[label] = index
            }
            if requireTrueLabel && !trueLabels.isEmpty && !trueLabels.contains(where: { position[$0] != nil }) {
                throw .noLabelInTrue(labels: labels.map { "\($0)" })
            }
            self.labels = labels
            self.position = position
            self.given = true
        } else {
            let sorted = Array(Set(trueLabels).union(predicted)).sorted()
            self.labels = sorted
            self.position = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
            self.given = false
        }
    }
}
