/// A linear map of `vmin...vmax` onto 0...1, as matplotlib's `Normalize`.
///
/// Values outside the range map outside 0...1 (so they take the colour map's under and
/// over colours) unless `clip` is set, which pins them to the ends. NaN stays NaN (bad).
/// When `vmin == vmax` every value, NaN included, maps to 0, as in matplotlib.
public struct Normalize: ColorNorm, Hashable {
    public let vmin: Double
    public let vmax: Double
    public let clip: Bool

    /// A norm over `vmin...vmax`; the limits must be finite and in order.
    public init(vmin: Double, vmax: Double, clip: Bool = false) throws(ColorError) {
        guard vmin.isFinite else { throw .invalidLimit(vmin, what: "vmin") }
        guard vmax.isFinite else { throw .invalidLimit(vmax, what: "vmax") }
        guard vmin <= vmax else { throw .invertedLimits(vmin: vmin, vmax: vmax) }
        self.vmin = vmin
        self.vmax = vmax
        self.clip = clip
    }

    /// A norm over the smallest and largest finite values in `data` (matplotlib's autoscaling;
    /// NaN and infinities are ignored rather than spoiling the range).
    public init(autoscaling data: [Double], clip: Bool = false) throws(ColorError) {
        var lo = Double.infinity, hi = -Double.infinity
        for v in data where v.isFinite {
            if v < lo { lo = v }
            if v > hi { hi = v }
        }
        guard lo <= hi else { throw .invalidLimit(.nan, what: "data range (no finite values to autoscale from)") }
        try self.init(vmin: lo, vmax: hi, clip: clip)
    }

    /// The position of `value`: `(value - vmin) / (vmax - vmin)`.
    @inlinable
    public func normalize(_ value: Double) -> Double {
        if vmin == vmax { return 0 }
        var v = value
        if clip && !v.isNaN { v = Swift.min(Swift.max(v, vmin), vmax) }
        return (v - vmin) / (vmax - vmin)
    }

    /// The value at position `t`.
    public func inverse(_ t: Double) -> Double { vmin + t * (vmax - vmin) }

    public func color(of value: Double, in colormap: Colormap) -> Color {
        colormap.color(at: normalize(value))
    }
}
