import Foundation

/// Per-class precision, recall, F1 and support, with their averages: `sklearn.metrics.classification_report`.
///
/// `description` is the text scikit-learn prints, character for character.
public struct ClassificationReport<Label: Hashable & Comparable & Sendable>: Sendable, CustomStringConvertible {
    /// Precision, recall, F1 score and support (the number of true samples).
    public struct Scores: Sendable, Hashable {
        public let precision: Double
        public let recall: Double
        public let f1: Double
        public let support: Int
    }

    /// One class's row of the report.
    public struct ClassRow: Sendable, Hashable {
        public let label: Label
        /// The name printed: the target name given, or the label.
        public let name: String
        public let scores: Scores
    }

    /// One row a label, in label order.
    public let classes: [ClassRow]
    /// The fraction of samples predicted correctly, when the labels cover every label that occurs
    /// (scikit-learn then prints an `accuracy` row instead of `micro avg`).
    public let accuracy: Double?
    /// The micro average, pooled over the labels; printed as `micro avg` when ``accuracy`` is nil.
    public let microAverage: Scores
    /// The unweighted mean of the per-class scores.
    public let macroAverage: Scores
    /// The mean of the per-class scores weighted by support.
    public let weightedAverage: Scores
    /// scikit-learn's `UndefinedMetricWarning` messages, once each, in the order scikit-learn raises them.
    ///
    /// Non-empty only with ``ZeroDivisionPolicy/warn``, when some score had a zero
    /// denominator and was set to 0.
    public let warnings: [String]
    /// The decimals `description` prints.
    public let digits: Int

    /// Whether some score was ill-defined and set by the zero-division policy with a warning.
    public var hasUndefinedScores: Bool { !warnings.isEmpty }

    public var description: String { text(digits: digits) }

    /// The report as scikit-learn prints it with `digits` decimals (0...17).
    public func text(digits: Int) -> String {
        precondition((0...17).contains(digits), "digits must be in 0...17")
        let headers = ["precision", "recall", "f1-score", "support"]
        let lastHeading = "weighted avg"
        let nameWidth = classes.map { Self.width($0.name) }.max() ?? 0
        let width = max(nameWidth, Self.width(lastHeading), digits)
        func right(_ text: String, _ width: Int) -> String {
            let missing = width - Self.width(text)
            return missing > 0 ? String(repeating: " ", count: missing) + text : text
        }
        func number(_ value: Double) -> String {
            right(value.isNaN ? "nan" : String(format: "%.\(digits)f", value), 9)
        }
        func row(_ name: String, _ scores: Scores) -> String {
            right(name, width) + " " + " " + number(scores.precision) + " " + number(scores.recall)
                + " " + number(scores.f1) + " " + right(String(scores.support), 9) + "\n"
        }
        var report = right("", width) + " " + headers.map { " " + right($0, 9) }.joined() + "\n\n"
        for entry in classes {
            report += row(entry.name, entry.scores)
        }
        report += "\n"
        if accuracy != nil {
            report += right("accuracy", width) + " " + " " + right("", 9) + " " + right("", 9)
                + " " + number(microAverage.f1) + " " + right(String(microAverage.support), 9) + "\n"
        } else {
            report += row("micro avg", microAverage)
        }
        report += row("macro avg", macroAverage)
        report += row("weighted avg", weightedAverage)
        return report
    }

    /// Width as Python measures a string: Unicode scalars.
    private static func width(_ text: String) -> Int { text.unicodeScalars.count }
}

/// Precision, recall, F1 and support per class, with averages: `sklearn.metrics.classification_report`.
///
/// Precision is tp / (tp + fp), recall tp / (tp + fn), F1 2tp / (2tp + fp + fn),
/// computed in scikit-learn's operation order. A score with a zero denominator
/// takes `zeroDivision`'s value; with the default ``ZeroDivisionPolicy/warn`` it is 0
/// and the report's ``ClassificationReport/warnings`` say so, as scikit-learn warns.
///
/// - Parameters:
///   - labels: the labels to report, in order; by default the sorted union of those
///     that occur. When they leave out a label that occurs, the report has a
///     `micro avg` row instead of `accuracy`.
///   - targetNames: names printed for the labels, in label order.
///   - digits: decimals in the text (scikit-learn's default 2).
/// - Throws: ``LabelMetricsError`` for labelings of different lengths, empty or repeated
///   `labels`, a `targetNames` count that differs from the labels', or digits outside 0...17.
///   (Unlike ``confusionMatrix(true:predicted:labels:)``, labels absent from the truth are
///   allowed, as in scikit-learn: they report zero support.)
public func classificationReport<Label: Hashable & Comparable & Sendable>(
    true trueLabels: [Label], predicted: [Label], labels: [Label]? = nil, targetNames: [String]? = nil,
    digits: Int = 2, zeroDivision: ZeroDivisionPolicy = .warn
) throws(LabelMetricsError) -> ClassificationReport<Label> {
    guard (0...17).contains(digits) else { throw .invalidDigits(digits) }
    guard trueLabels.count == predicted.count else {
        throw .lengthMismatch(trueCount: trueLabels.count, predictedCount: predicted.count)
    }
    let chosen = try LabelIndex(true: trueLabels, predicted: predicted, labels: labels, requireTrueLabel: false).labels
    if let targetNames, targetNames.count != chosen.count {
        throw .targetNameCount(classes: chosen.count, names: targetNames.count)
    }
    // The micro average is the accuracy when the labels cover every label that occurs.
    let occurring = Set(trueLabels).union(predicted)
    let microIsAccuracy = labels == nil || Set(chosen).isSuperset(of: occurring)

    // Per-label sufficient statistics. Samples with a label outside `chosen` still
    // count against the chosen labels they were confused with, as in scikit-learn's
    // multilabel confusion matrix.
    var truePositives = [Int](repeating: 0, count: chosen.count)
    var predictedSums = [Int](repeating: 0, count: chosen.count)
    var trueSums = [Int](repeating: 0, count: chosen.count)
    let position = Dictionary(uniqueKeysWithValues: chosen.enumerated().map { ($1, $0) })
    for (actual, guess) in zip(trueLabels, predicted) {
        let i = position[actual]
        let j = position[guess]
        if let i { trueSums[i] += 1 }
        if let j { predictedSums[j] += 1 }
        if let i, i == j { truePositives[i] += 1 }
    }

    var warnings = WarningLog()
    let perClass = PRFScores(truePositives: truePositives, predictedSums: predictedSums, trueSums: trueSums,
                             zeroDivision: zeroDivision, warnings: &warnings)
    let totalSupport = trueSums.reduce(0, +)

    // Each average recomputes the scores (and warns again), as scikit-learn does.
    let micro = PRFScores(truePositives: [truePositives.reduce(0, +)],
                          predictedSums: [predictedSums.reduce(0, +)],
                          trueSums: [trueSums.reduce(0, +)], zeroDivision: zeroDivision, warnings: &warnings)
    let macroScores = PRFScores(truePositives: truePositives, predictedSums: predictedSums, trueSums: trueSums,
                                zeroDivision: zeroDivision, warnings: &warnings)
    let weightedScores = PRFScores(truePositives: truePositives, predictedSums: predictedSums, trueSums: trueSums,
                                   zeroDivision: zeroDivision, warnings: &warnings)
    let weights = trueSums.map(Double.init)

    typealias Scores = ClassificationReport<Label>.Scores
    let rows = chosen.enumerated().map { k, label in
        ClassificationReport<Label>.ClassRow(
            label: label, name: targetNames?[k] ?? "\(label)",
            scores: Scores(precision: perClass.precision[k], recall: perClass.recall[k], f1: perClass.f1[k],
                           support: trueSums[k]))
    }
    let microScores = Scores(precision: micro.precision[0], recall: micro.recall[0], f1: micro.f1[0],
                             support: totalSupport)
    return ClassificationReport(
        classes: rows,
        accuracy: microIsAccuracy ? micro.precision[0] : nil,
        microAverage: microScores,
        macroAverage: Scores(precision: nanAverage(macroScores.precision, weights: nil),
                             recall: nanAverage(macroScores.recall, weights: nil),
                             f1: nanAverage(macroScores.f1, weights: nil), support: totalSupport),
        weightedAverage: Scores(precision: nanAverage(weightedScores.precision, weights: weights),
                                recall: nanAverage(weightedScores.recall, weights: weights),
                                f1: nanAverage(weightedScores.f1, weights: weights), support: totalSupport),
        warnings: warnings.messages, digits: digits)
}

/// scikit-learn's warning messages, each kept once in order of first appearance.
private struct WarningLog {
    private(set) var messages: [String] = []

    mutating func add(_ message: String) {
        if !messages.contains(message) { messages.append(message) }
    }
}

/// Precision, recall and F1 for parallel arrays of counts, as `precision_recall_fscore_support` computes them.
private struct PRFScores {
    let precision: [Double]
    let recall: [Double]
    let f1: [Double]

    init(truePositives: [Int], predictedSums: [Int], trueSums: [Int], zeroDivision: ZeroDivisionPolicy,
         warnings: inout WarningLog) {
        let single = truePositives.count == 1
        func divide(_ numerators: [Double], _ denominators: [Int], metric: String, modifier: String) -> [Double] {
            var undefined = false
            let result = zip(numerators, denominators).map { numerator, denominator -> Double in
                if denominator == 0 {
                    undefined = true
                    return zeroDivision.value
                }
                return numerator / Double(denominator)
            }
            if undefined && zeroDivision == .warn {
                let place = single ? "due to" : "in labels with"
                warnings.add("\(metric) is ill-defined and being set to 0.0 \(place) no \(modifier) samples. "
                             + "Use `zero_division` parameter to control this behavior.")
            }
            return result
        }
        let tp = truePositives.map(Double.init)
        precision = divide(tp, predictedSums, metric: "Precision", modifier: "predicted")
        recall = divide(tp, trueSums, metric: "Recall", modifier: "true")
        // F1 = (1 + β²) tp / (β² (tp + fn) + (tp + fp)) with β = 1.
        let denominators = zip(trueSums, predictedSums).map { $0 + $1 }
        f1 = divide(tp.map { 2 * $0 }, denominators, metric: "F-score", modifier: "true nor predicted")
    }
}

/// scikit-learn's `_nanaverage`: the (weighted) mean of the non-NaN scores, with numpy's summation order.
private func nanAverage(_ values: [Double], weights: [Double]?) -> Double {
    let keep = values.indices.filter { !values[$0].isNaN }
    guard !values.isEmpty, !keep.isEmpty else { return .nan }
    let kept = keep.map { values[$0] }
    if let weights {
        let keptWeights = keep.map { weights[$0] }
        let scale = NumpySum.sum(keptWeights)
        if scale != 0 {
            return NumpySum.sum(zip(kept, keptWeights).map { $0 * $1 }) / scale
        }
        // All weights zero: scikit-learn falls back to the plain mean.
        return NumpySum.sum(kept) / Double(kept.count)
    }
    // np.nanmean: NaNs replaced by 0 in the sum, divided by the count of the others.
    return NumpySum.sum(values.map { $0.isNaN ? 0 : $0 }) / Double(kept.count)
}
