import Foundation

/// Chooses view limits from data as matplotlib's `autoscale_view` does: the data
/// range widened by the margin in scaled space (so log axes get equal margins in
/// decades), never past a sticky edge, with degenerate ranges expanded.
enum Autoscale {
    /// The limits of one axis given the union of its (shared) marks' extents.
    static func limits(for axis: Axis, range: ClosedRange<Double>?, minPositive: Double?,
                       sticky: [Double]) -> AxisLimits {
        if let explicit = axis.limits { return explicit }
        var result = autoscaled(scale: axis.scale, margin: axis.margin, range: range,
                                minPositive: minPositive, sticky: sticky)
        if axis.isInverted { result = result.reversed }
        return result
    }

    static func autoscaled(scale: Scale, margin: Double, range: ClosedRange<Double>?,
                           minPositive: Double?, sticky: [Double]) -> AxisLimits {
        guard let range else {
            // Nothing was plotted on this axis: matplotlib leaves the initial view.
            return scale == .log ? AxisLimits(1, 10) : AxisLimits(0, 1)
        }
        var (x0, x1) = nonsingular(scale: scale, range.lowerBound, range.upperBound, minPositive: minPositive)
        let stickies = (scale == .log ? sticky.filter { $0 > 0 } : sticky).sorted()
        var lowBound: Double?
        var highBound: Double?
        if !stickies.isEmpty && margin != 0 {
            let tol = 1e-5 * Swift.abs(x1 - x0)
            // Largest sticky value < x0 + tol; smallest sticky value > x1 - tol.
            lowBound = stickies.last { $0 < x0 + tol }
            highBound = stickies.first { $0 > x1 - tol }
        }
        if scale == .log {
            let mp = (minPositive ?? .infinity).isFinite ? (minPositive ?? 1e-300) : 1e-300
            if x0 <= 0 { x0 = mp }
            if x1 <= 0 { x1 = mp }
        }
        let t0 = scale.forward(x0), t1 = scale.forward(x1)
        var delta = (t1 - t0) * margin
        if !delta.isFinite { delta = 0 }
        x0 = scale.inverse(t0 - delta)
        x1 = scale.inverse(t1 + delta)
        if let lowBound { x0 = Swift.max(x0, lowBound) }
        if let highBound { x1 = Swift.min(x1, highBound) }
        // The locator's view_limits in matplotlib's default 'data' autolimit mode.
        switch scale {
        case .linear:
            let (a, b) = Nonsingular.expand(x0, x1, expander: 1e-12, tiny: 1e-13)
            return AxisLimits(a, b)
        case .log:
            let (a, b) = nonsingular(scale: .log, x0, x1, minPositive: minPositive)
            return AxisLimits(a, b)
        }
    }

    /// The locator's `nonsingular`: linear ranges of zero width grow by 5 %; log
    /// ranges of one value grow to the neighbouring decades.
    static func nonsingular(scale: Scale, _ v0: Double, _ v1: Double, minPositive: Double?) -> (Double, Double) {
        switch scale {
        case .linear:
            return Nonsingular.expand(v0, v1, expander: 0.05)
        case .log:
            var lo = Swift.min(v0, v1), hi = Swift.max(v0, v1)
            if !lo.isFinite || !hi.isFinite { return (1, 10) }
            if hi <= 0 { return (1, 10) }
            let minpos = (minPositive.map { $0.isFinite && $0 > 0 } ?? false) ? (minPositive ?? 1e-300) : 1e-300
            if lo <= 0 { lo = minpos }
            if lo == hi {
                lo = decadeBelow(lo)
                hi = decadeAbove(hi)
            }
            return (lo, hi)
        }
    }

    /// The largest power of ten strictly below a positive value.
    static func decadeBelow(_ x: Double) -> Double {
        var less = Foundation.pow(10, Foundation.log10(x).rounded(.down))
        if less == x { less /= 10 }
        return less
    }

    /// The smallest power of ten strictly above a positive value.
    static func decadeAbove(_ x: Double) -> Double {
        var greater = Foundation.pow(10, Foundation.log10(x).rounded(.up))
        if greater == x { greater *= 10 }
        return greater
    }
}
