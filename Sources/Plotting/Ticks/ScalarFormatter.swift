import Foundation

/// Tick labels for a linear axis: matplotlib's default `ScalarFormatter`.
///
/// All labels of an axis share one format (as few decimals as keep the ticks
/// distinct), an additive offset when the values are large compared to their
/// spread (`+1.68e5` written at the axis end), and a power of ten (`1e6`) when
/// the ticks' magnitude falls outside `powerLimits`. Minus signs are the Unicode
/// minus U+2212, as matplotlib draws them.
public struct ScalarFormatter: Sendable, Hashable {
    /// Whether to pull out an additive offset when that saves `offsetThreshold` digits.
    public var useOffset: Bool
    /// Scientific notation for exponents `<= lowerPowerLimit` or `>= upperPowerLimit`
    /// (matplotlib's `axes.formatter.limits`, default -5 and 6).
    public var lowerPowerLimit: Int
    public var upperPowerLimit: Int
    /// matplotlib's `axes.formatter.offset_threshold` (4).
    public var offsetThreshold: Int
    /// Write U+2212 for minus (matplotlib's `axes.unicode_minus`).
    public var unicodeMinus: Bool

    public init(useOffset: Bool = true, lowerPowerLimit: Int = -5, upperPowerLimit: Int = 6,
                offsetThreshold: Int = 4, unicodeMinus: Bool = true) {
        self.useOffset = useOffset
        self.lowerPowerLimit = lowerPowerLimit
        self.upperPowerLimit = upperPowerLimit
        self.offsetThreshold = offsetThreshold
        self.unicodeMinus = unicodeMinus
    }

    /// The labels of `locations` (all ticks the locator produced, in or out of the
    /// view) and the offset text to write at the axis end ("" for none).
    /// Non-finite locations get empty labels and take no part in choosing the format.
    public func labels(for all: [Double], view: AxisLimits) -> (labels: [String], offsetText: String) {
        let locations = all.filter(\.isFinite)
        guard !locations.isEmpty else { return (all.map { _ in "" }, "") }
        let (vmin, vmax) = (view.lower, view.upper)
        let visible = locations.filter { vmin <= $0 && $0 <= vmax }
        let offset = useOffset ? computeOffset(visible) : 0
        let order = orderOfMagnitude(visible, offset: offset, vmin: vmin, vmax: vmax)
        let decimals = Self.decimals(locations, view: view, offset: offset, order: order)
        let scale = Foundation.pow(10.0, Double(order))
        let labels = all.map { x -> String in
            guard x.isFinite else { return "" }
            var xp = (x - offset) / scale
            if Swift.abs(xp) < 1e-8 { xp = 0 }
            return fixMinus(String(format: "%1.\(decimals)f", xp))
        }
        return (labels, offsetText(offset: offset, order: order))
    }

    func computeOffset(_ locs: [Double]) -> Double {
        guard let lmin = locs.min(), let lmax = locs.max() else { return 0 }
        if lmin == lmax || (lmin <= 0 && 0 <= lmax) { return 0 }
        let absMin = Swift.min(Swift.abs(lmin), Swift.abs(lmax))
        let absMax = Swift.max(Swift.abs(lmin), Swift.abs(lmax))
        let sign = Foundation.copysign(1.0, lmin)
        let oomMax = Foundation.log10(absMax).rounded(.up)
        func p10(_ k: Double) -> Double { Foundation.pow(10, k) }
        func fdiv(_ a: Double, _ b: Double) -> Double { PyDivMod.divmod(a, b).0 }
        var oom = oomMax
        while fdiv(absMin, p10(oom)) == fdiv(absMax, p10(oom)) && oom > -400 { oom -= 1 }
        oom += 1
        if (absMax - absMin) / p10(oom) <= 1e-2 {
            oom = oomMax
            while !(fdiv(absMax, p10(oom)) - fdiv(absMin, p10(oom)) > 1) && oom > -400 { oom -= 1 }
            oom += 1
        }
        let n = Double(offsetThreshold - 1)
        return fdiv(absMax, p10(oom)) >= p10(n) ? sign * fdiv(absMax, p10(oom)) * p10(oom) : 0
    }

    func orderOfMagnitude(_ visible: [Double], offset: Double, vmin: Double, vmax: Double) -> Int {
        if lowerPowerLimit == upperPowerLimit && lowerPowerLimit != 0 { return lowerPowerLimit }
        guard let val = visible.map({ Swift.abs($0) }).max() else { return 0 }
        let oom: Int
        if offset != 0 {
            oom = Self.floorLog10(vmax - vmin)
        } else if val == 0 {
            oom = 0
        } else {
            oom = Self.floorLog10(val)
        }
        return (oom <= lowerPowerLimit || oom >= upperPowerLimit) ? oom : 0
    }

    /// matplotlib's `_set_format`: the fewest decimals that keep every tick exact to 1e-3 of the range.
    static func decimals(_ locations: [Double], view: AxisLimits, offset: Double, order: Int) -> Int {
        let scale = Foundation.pow(10.0, Double(order))
        let padded = locations.count < 2 ? locations + [view.start, view.end] : locations
        var locs = padded.map { ($0 - offset) / scale }
        var range = (locs.max() ?? 0) - (locs.min() ?? 0)
        if range == 0 { range = locs.map { Swift.abs($0) }.max() ?? 0 }
        if range == 0 { range = 1 }
        if locations.count < 2 { locs = Array(locs.dropLast(2)) }
        guard range.isFinite else { return 0 }
        let rangeOom = floorLog10(range)
        var sigfigs = Swift.max(0, 3 - rangeOom)
        let thresh = 1e-3 * Foundation.pow(10, Double(rangeOom))
        while sigfigs >= 0 {
            let worst = locs.map { Swift.abs($0 - numpyRound($0, decimals: sigfigs)) }.max() ?? 0
            if worst < thresh { sigfigs -= 1 } else { break }
        }
        return sigfigs + 1
    }

    /// numpy's `round(x, decimals)`: scale, round half to even, unscale.
    static func numpyRound(_ x: Double, decimals: Int) -> Double {
        let f = Foundation.pow(10.0, Double(decimals))
        return (x * f).rounded(.toNearestOrEven) / f
    }

    func offsetText(offset: Double, order: Int) -> String {
        guard order != 0 || offset != 0 else { return "" }
        var offsetString = ""
        if offset != 0 {
            offsetString = Self.formatData(offset)
            if offset > 0 { offsetString = "+" + offsetString }
        }
        let sci = order != 0 ? "1e\(order)" : ""
        return fixMinus(sci + offsetString)
    }

    /// matplotlib's `format_data` without mathtext: `1.68e5`, `-3e-7`, `42`.
    static func formatData(_ value: Double) -> String {
        let e = floorLog10(Swift.abs(value))
        let s = numpyRound(value / Foundation.pow(10, Double(e)), decimals: 10)
        let significand = s.truncatingRemainder(dividingBy: 1) == 0
            ? String(format: "%d", Int(s)) : String(format: "%1.10g", s)
        return e == 0 ? significand : "\(significand)e\(e)"
    }

    /// `floor(log10(x))` as an integer; 0 for zero, negative or non-finite `x`.
    static func floorLog10(_ x: Double) -> Int {
        let l = Foundation.log10(x).rounded(.down)
        return l.isFinite ? Int(l) : 0
    }

    func fixMinus(_ s: String) -> String {
        unicodeMinus ? s.replacingOccurrences(of: "-", with: "\u{2212}") : s
    }
}
