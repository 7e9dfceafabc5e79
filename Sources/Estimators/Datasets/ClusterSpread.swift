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
