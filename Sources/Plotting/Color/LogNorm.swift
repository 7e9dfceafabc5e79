import Foundation

/// A logarithmic map of `vmin...vmax` onto 0...1, as matplotlib's `LogNorm`.
///
/// Positions are `(log10(v) - log10(vmin)) / (log10(vmax) - log10(vmin))`. Values <= 0
/// (and NaN, and infinity) are masked and take the bad colour, unless `clip` pins
/// them to the range first. Filled-contour bands are coloured at their geometric midpoint.
public struct LogNorm: ColorNorm, Hashable {
    public let vmin: Double
    public let vmax: Double
    public let clip: Bool

    /// A log norm over `vmin...vmax`; both must be finite and positive, and in order.
    public init(vmin: Double, vmax: Double, clip: Bool = false) throws(ColorError) {
        guard vmin.isFinite, vmin > 0 else { throw .invalidLimit(vmin, what: "log norm vmin") }
        guard vmax.isFinite, vmax > 0 else { throw .invalidLimit(vmax, what: "log norm vmax") }
        guard vmin <= vmax else { throw .invertedLimits(vmin: vmin, vmax: vmax) }
        self.vmin = vmin
        self.vmax = vmax
        self.clip = clip
    }

    /// The position of `value`, or NaN where matplotlib masks it.
    public func normalize(_ value: Double) -> Double {
        if vmin == vmax { return 0 }
        var v = value
        if v.isNaN { return .nan }
        if clip { v = Swift.min(Swift.max(v, vmin), vmax) }
        guard v > 0 else { return .nan }
        let t = (log10(v) - log10(vmin)) / (log10(vmax) - log10(vmin))
        return t.isFinite ? t : .nan
    }

    /// The value at position `t`.
    public func inverse(_ t: Double) -> Double {
        pow(10, log10(vmin) + t * (log10(vmax) - log10(vmin)))
    }

    public func color(of value: Double, in colormap: Colormap) -> Color {
        colormap.color(at: normalize(value))
    }

    /// The geometric midpoint, as matplotlib's contourf uses under a log scale.
    public func bandValue(lower: Double, upper: Double) -> Double { (lower * upper).squareRoot() }
}
