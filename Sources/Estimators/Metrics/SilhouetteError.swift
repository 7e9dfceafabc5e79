import Foundation

/// Why a silhouette computation refused its input.
public enum SilhouetteError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The number of labels differs from the number of samples.
    case labelCountMismatch(labels: Int, samples: Int)
    /// The silhouette needs between 2 and `samples - 1` distinct labels.
    case invalidLabelCount(labels: Int, samples: Int)
    /// The data has no features (columns).
    case noFeatures
    /// A data value is infinite or NaN.
    case nonFiniteValue(row: Int, column: Int, value: Double)
    /// `sampleSize` must be at least 1.
    case invalidSampleSize(Int)

    public var description: String {
        switch self {
        case .labelCountMismatch(let labels, let samples):
            return "\(labels) labels given for \(samples) samples; give one label per sample"
        case .invalidLabelCount(let labels, let samples):
            // scikit-learn's sentence, then what it means for these samples.
            let range = samples >= 3 ? "2...\(samples - 1) for \(samples) samples" : "none for \(samples) sample\(samples == 1 ? "" : "s")"
            return "Number of labels is \(labels). Valid values are 2 to n_samples - 1 (inclusive): \(range); "
                + "the silhouette compares each cluster with its nearest other one"
        case .noFeatures:
            return "silhouette needs data with at least one feature (column)"
        case .nonFiniteValue(let row, let column, let value):
            return "data value at row \(row), column \(column) is \(value); the silhouette needs finite values"
        case .invalidSampleSize(let size):
            return "sampleSize must be at least 1, got \(size)"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
