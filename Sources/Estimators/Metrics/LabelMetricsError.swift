import Foundation

/// Why labelings could not be compared (confusion matrix, classification report, Rand index, alignment).
public enum LabelMetricsError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The two labelings differ in length.
    case lengthMismatch(trueCount: Int, predictedCount: Int)
    /// An explicit label list was given but is empty.
    case noLabels
    /// An explicit label list names a label twice.
    case duplicateLabel(String)
    /// None of the explicit labels occurs among the true labels (scikit-learn refuses this too).
    case noLabelInTrue(labels: [String])
    /// The number of target names differs from the number of classes reported.
    case targetNameCount(classes: Int, names: Int)
    /// The number of decimals asked for is outside 0...17.
    case invalidDigits(Int)

    public var description: String {
        switch self {
        case .lengthMismatch(let trueCount, let predictedCount):
            return "the labelings differ in length: \(trueCount) true labels, \(predictedCount) predicted; "
                + "expected one predicted label for each true label"
        case .noLabels:
            return "the list of labels is empty; expected at least one label (or none, to use the labels that occur)"
        case .duplicateLabel(let label):
            return "the label \(label) is listed twice; expected each label once"
        case .noLabelInTrue(let labels):
            return "none of the labels \(labels.joined(separator: ", ")) occurs among the true labels; "
                + "expected at least one of them"
        case .targetNameCount(let classes, let names):
            return "\(names) target names for \(classes) classes; expected one name a class, in label order"
        case .invalidDigits(let digits):
            return "cannot print \(digits) decimals; expected 0...17"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
