import Foundation

/// Evenly spaced "nice" ticks, at most `bins + 1` inside the view: matplotlib's
/// `MaxNLocator`, and with the default steps and automatic bins its `AutoLocator`.
///
/// The algorithm follows matplotlib's `MaxNLocator._raw_ticks` step for step
/// (scale and offset from `scale_range`, the extended staircase of steps, the
/// floating-point tolerant edge search), so the ticks equal matplotlib's.
public struct MaxNLocator: Sendable, Hashable {
    /// Acceptable tick multiples between 1 and 10, increasing, starting at 1 and ending at 10.
    public let steps: [Double]
    /// The maximum number of intervals, or nil for matplotlib's `'auto'`
    /// (from the axis length: one bin per 3 label heights on x, per 2 on y, clipped to 1...9).
    public let bins: Int?
    /// Only integer ticks (when at least `minimumTicks` integers fit in the view).
    public let integer: Bool
    /// Relax `bins` and `integer` until at least this many ticks are inside the view.
    public let minimumTicks: Int

    /// matplotlib's `AutoLocator`: steps [1, 2, 2.5, 5, 10], bins from the axis length.
    public static let auto = MaxNLocator(bins: nil, steps: [1, 2, 2.5, 5, 10])

    /// - Parameters:
    ///   - bins: maximum intervals (at least 1), or nil for automatic.
    ///   - steps: increasing multiples within 1...10; 1 and 10 are added when missing.
    ///     Empty selects matplotlib's default `[1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]`.
    public init(bins: Int? = 10, steps: [Double] = [], integer: Bool = false, minimumTicks: Int = 2) {
        var s = steps.isEmpty ? [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] : steps.filter { $0 >= 1 && $0 <= 10 }.sorted()
        if s.first != 1 { s.insert(1, at: 0) }
        if s.last != 10 { s.append(10) }
        self.steps = s
        self.bins = bins.map { Swift.max(1, $0) }
        self.integer = integer
        self.minimumTicks = Swift.max(1, minimumTicks)
    }

    /// The bins used for an axis with room for `tickSpace` ticks (see `Axis.tickSpace`).
    public func effectiveBins(tickSpace: Int?) -> Int {
        if let bins { return bins }
        guard let tickSpace else { return 9 }
        return Swift.min(Swift.max(tickSpace, Swift.max(1, minimumTicks - 1)), 9)
    }

    /// Tick values for the view `vmin...vmax`, including one tick beyond each end
    /// when the steps put one there (callers drop ticks outside the view).
    public func ticks(_ vmin: Double, _ vmax: Double, tickSpace: Int? = nil) -> [Double] {
        let (lo, hi) = Nonsingular.expand(vmin, vmax, expander: 1e-13, tiny: 1e-14)
        return rawTicks(lo, hi, bins: effectiveBins(tickSpace: tickSpace))
    }

    func rawTicks(_ vmin: Double, _ vmax: Double, bins nbins: Int) -> [Double] {
        let (scale, offset) = Self.scaleRange(vmin, vmax, n: Double(nbins))
        let lo = vmin - offset, hi = vmax - offset
        // The extended staircase: 0.1 * steps[:-1], steps, 10 * steps[1].
        var stairs = steps.dropLast().map { 0.1 * $0 } + steps + [10 * steps[1]]
        stairs = stairs.map { $0 * scale }
        if integer {
            stairs = stairs.filter { $0 < 1 || Swift.abs($0 - $0.rounded(.toNearestOrEven)) < 0.001 }
        }
        let rawStep = (hi - lo) / Double(nbins)
        let istep = stairs.firstIndex { $0 >= rawStep } ?? (stairs.count - 1)
        var ticks: [Double] = []
        for candidate in stairs[...istep].reversed() {
            var step = candidate
            if integer && (hi.rounded(.down) - lo.rounded(.up)) >= Double(minimumTicks - 1) {
                step = Swift.max(1, step)
            }
            let bestMin = Self.floorDiv(lo, step) * step
            let edge = EdgeInteger(step: step, offset: offset)
            let low = edge.le(lo - bestMin)
            let high = edge.ge(hi - bestMin)
            ticks = []
            if low <= high, high - low < 10_000 {
                var k = low
                while k <= high {
                    ticks.append(k * step + bestMin)
                    k += 1
                }
            }
            let inside = ticks.reduce(0) { $0 + ($1 <= hi && $1 >= lo ? 1 : 0) }
            if inside >= minimumTicks { break }
        }
        return ticks.map { $0 + offset }
    }

    /// matplotlib's `scale_range`: a power of ten near `(vmax - vmin) / n`, and an
    /// offset (a power of ten) when the values sit far from zero relative to their range.
    static func scaleRange(_ vmin: Double, _ vmax: Double, n: Double, threshold: Double = 100) -> (Double, Double) {
        let dv = Swift.abs(vmax - vmin)
        let meanv = (vmax + vmin) / 2
        let offset: Double
        if Swift.abs(meanv) / dv < threshold {
            offset = 0
        } else {
            offset = Foundation.copysign(Foundation.pow(10, floorDiv(Foundation.log10(Swift.abs(meanv)), 1)), meanv)
        }
        let scale = Foundation.pow(10, floorDiv(Foundation.log10(dv / n), 1))
        return (scale, offset)
    }

    /// Python's floor division for floats.
    static func floorDiv(_ a: Double, _ b: Double) -> Double {
        PyDivMod.divmod(a, b).0
    }
}

/// matplotlib's `_Edge_integer`: integer multiples of a step at the view edges,
/// tolerant of floating-point error that grows with a large offset.
struct EdgeInteger {
    let step: Double
    let offset: Double

    init(step: Double, offset: Double) {
        self.step = step
        self.offset = Swift.abs(offset)
    }

    func closeTo(_ ms: Double, _ edge: Double) -> Bool {
        let tol: Double
        if offset > 0 {
            let digits = Foundation.log10(offset / step)
            tol = Swift.min(0.4999, Swift.max(1e-10, Foundation.pow(10, digits - 12)))
        } else {
            tol = 1e-10
        }
        return Swift.abs(ms - edge) < tol
    }

    /// The largest n with n * step <= x.
    func le(_ x: Double) -> Double {
        let (d, m) = PyDivMod.divmod(x, step)
        return closeTo(m / step, 1) ? d + 1 : d
    }

    /// The smallest n with n * step >= x.
    func ge(_ x: Double) -> Double {
        let (d, m) = PyDivMod.divmod(x, step)
        return closeTo(m / step, 0) ? d : d + 1
    }
}

/// Python's float `divmod`, which the tick algorithms depend on bit for bit.
enum PyDivMod {
    static func divmod(_ x: Double, _ y: Double) -> (Double, Double) {
        // CPython float_divmod.
        var mod = Foundation.fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = Foundation.copysign(0, y)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = Foundation.copysign(0, x / y)
        }
        return (floordiv, mod)
    }
}

/// matplotlib's `transforms._nonsingular`: widens a zero-width or non-finite range.
enum Nonsingular {
    static func expand(_ vmin: Double, _ vmax: Double, expander: Double = 0.001, tiny: Double = 1e-15,
                       increasing: Bool = true) -> (Double, Double) {
        guard vmin.isFinite, vmax.isFinite else { return (-expander, expander) }
        var lo = vmin, hi = vmax
        var swapped = false
        if hi < lo {
            swap(&lo, &hi)
            swapped = true
        }
        let maxAbs = Swift.max(Swift.abs(lo), Swift.abs(hi))
        if maxAbs < (1e6 / tiny) * Double.leastNormalMagnitude {
            lo = -expander
            hi = expander
        } else if hi - lo <= maxAbs * tiny {
            if hi == 0 && lo == 0 {
                lo = -expander
                hi = expander
            } else {
                lo -= expander * Swift.abs(lo)
                hi += expander * Swift.abs(hi)
            }
        }
        if swapped && !increasing { swap(&lo, &hi) }
        return (lo, hi)
    }
}
