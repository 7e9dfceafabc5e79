import Foundation

/// Why `makeBlobs` refused its parameters.
public enum BlobsError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// `samples` must be at least 1.
    case invalidSampleCount(Int)
    /// `features` must be at least 1.
    case invalidFeatureCount(Int)
    /// The number of centres must be at least 1 (or the centre matrix must have a row and a column).
    case invalidCenterCount(Int)
    /// A given centre has an infinite or NaN coordinate.
    case nonFiniteCenter(row: Int, column: Int, value: Double)
    /// A standard deviation is negative, infinite or NaN.
    case invalidStandardDeviation(index: Int, value: Double)
    /// `.perCenter` spreads whose count differs from the number of centres.
    case spreadCountMismatch(spreads: Int, centers: Int)
    /// A centre box whose bounds are not finite.
    case invalidCenterBox(lower: Double, upper: Double)

    public var description: String {
        switch self {
        case .invalidSampleCount(let n):
            return "makeBlobs needs at least 1 sample, got \(n)"
        case .invalidFeatureCount(let n):
            return "makeBlobs needs at least 1 feature, got \(n)"
        case .invalidCenterCount(let n):
            return "makeBlobs needs at least 1 centre, got \(n)"
        case .nonFiniteCenter(let row, let column, let value):
            return "centre \(row) has a non-finite coordinate \(value) in column \(column); centres must be finite"
        case .invalidStandardDeviation(let index, let value):
            return "cluster standard deviation \(index) is \(value); it must be finite and >= 0"
        case .spreadCountMismatch(let spreads, let centers):
            return "\(spreads) cluster standard deviations given for \(centers) centres; give one per centre or a single value"
        case .invalidCenterBox(let lower, let upper):
            return "centre box \(lower)...\(upper) must have finite bounds"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
