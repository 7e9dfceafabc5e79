/// Isotropic Gaussian blobs: the samples, which blob each came from, and the blob centres.
public struct Blobs: Sendable, Equatable {
    /// The samples, one row each (`X`).
    public let samples: Matrix
    /// The index of the centre each sample was drawn around (`y`).
    public let labels: [Int]
    /// The centres, one row each (drawn or as given).
    public let centers: Matrix
}

/// How widely each blob spreads: one standard deviation for all, or one per centre.
///
/// Literals read like scikit-learn's `cluster_std`: `0.6` or `[1.0, 2.5, 0.5]`.
public enum ClusterSpread: Sendable, Equatable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral
{
    /// Every blob has this standard deviation.
    case same(Double)
    /// Blob `i` has standard deviation `values[i]`; there must be one per centre.
    case perCenter([Double])

    /// `0.6` means `.same(0.6)`.
    public init(floatLiteral value: Double) { self = .same(value) }
    /// `2` means `.same(2.0)`.
    public init(integerLiteral value: Int) { self = .same(Double(value)) }
    /// `[1.0, 2.5]` means `.perCenter([1.0, 2.5])`.
    public init(arrayLiteral elements: Double...) { self = .perCenter(elements) }
}

/// Why `makeBlobs` refused its parameters.
public enum BlobsError: Error, Equatable, Sendable, CustomStringConvertible {
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
}
