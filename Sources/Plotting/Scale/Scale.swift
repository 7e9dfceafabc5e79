import Foundation

/// How data values are spaced along an axis: evenly (linear) or by decades (log).
///
/// A scale maps data values into a "scaled" space where the axis is linear; the
/// data transform then maps that space onto the plot area. Log scales use base 10
/// throughout, as every figure in the catalogue does; non-positive values have no
/// logarithm and map to `-infinity`, which marks skip.
public enum Scale: Sendable, Hashable {
    /// Equal data steps take equal lengths.
    case linear
    /// Equal ratios take equal lengths (base 10).
    case log

    /// The value in the scale's linear space (`log10` for a log scale).
    @inlinable
    public func forward(_ v: Double) -> Double {
        switch self {
        case .linear: return v
        case .log: return v > 0 ? Foundation.log10(v) : -.infinity
        }
    }

    /// The data value of a point in the scale's linear space.
    @inlinable
    public func inverse(_ t: Double) -> Double {
        switch self {
        case .linear: return t
        case .log: return Foundation.pow(10, t)
        }
    }

    /// Whether a data value can be placed on this scale (finite, and positive for log).
    @inlinable
    public func accepts(_ v: Double) -> Bool {
        switch self {
        case .linear: return v.isFinite
        case .log: return v.isFinite && v > 0
        }
    }
}
