import Foundation

/// The levels a contour draws: given explicitly, or chosen from the data as matplotlib's
/// `contour(levels=N)` chooses them.
public enum ContourLevels: Sendable, Hashable {
    /// These levels, strictly increasing.
    case explicit([Double])
    /// About `n` nice levels over the data range: `MaxNLocator(n + 1)` under a linear norm,
    /// decades (`LogLocator(numticks: n)`) under a logarithmic one. matplotlib's default is 7.
    case automatic(Int)

    /// matplotlib's default for `contour(Z)` and `contourf(Z)`.
    public static let matplotlibDefault = ContourLevels.automatic(7)

    /// The concrete levels for data spanning `zMin...zMax` (finite values only; positive only under a log norm).
    public func resolve(zMin: Double, zMax: Double, logarithmic: Bool) throws(ContourError) -> [Double] {
        switch self {
        case .explicit(let levels):
            try MarchingSquares.validate(levels, minimum: 1)
            if logarithmic, let i = levels.firstIndex(where: { $0 <= 0 }) {
                throw .nonPositiveLevelUnderLogNorm(index: i, value: levels[i])
            }
            return levels
        case .automatic(let n):
            guard n >= 1 else { throw .invalidLevelCount(n) }
            guard zMin.isFinite && zMax.isFinite && zMin <= zMax else { throw .noValidValues }
            let raw = logarithmic
                ? Self.decades(zMin, zMax, count: n)
                : NiceSteps.maxN(zMin, zMax, bins: n + 1, minimumTicks: 1)
            return Self.trim(raw, zMin: zMin, zMax: zMax)
        }
    }

    /// The finite range of a grid's values, ignoring what `masking` leaves out.
    public static func range(of z: [Double], masking: ContourMasking) -> ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in z where !masking.isMasked(v) {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        return lo <= hi ? lo...hi : nil
    }

    /// matplotlib's `_autolev` trimming: keep one level at or below the minimum and one at or
    /// above the maximum, unless that leaves fewer than three.
    static func trim(_ levels: [Double], zMin: Double, zMax: Double) -> [Double] {
        let i0 = levels.lastIndex(where: { $0 < zMin }) ?? 0
        let i1 = levels.firstIndex(where: { $0 > zMax }).map { $0 + 1 } ?? levels.count
        if i1 - i0 < 3 { return levels }
        return Array(levels[i0..<i1])
    }

    /// Powers of ten spanning the range with about `count` inside, one beyond each end
    /// (matplotlib's `LogLocator(numticks=count).tick_values`, major ticks, base 10).
    static func decades(_ vmin: Double, _ vmax: Double, count: Int) -> [Double] {
        let (lo, hi) = vmin <= vmax ? (vmin, vmax) : (vmax, vmin)
        let efmin = log10(lo), efmax = log10(hi)
        let emin = Int(efmin.rounded(.up)), emax = Int(efmax.rounded(.down))
        let available = emax - emin + 1
        var request = count
        var stride = available / (request + 1) + 1
        let nr = (available + stride - 1) / stride
        if nr <= request { request = nr }
        var decades: [Int]
        if request <= 0 {
            decades = [emin - 1, emax + 1]
        } else if request == 1 {
            let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
            stride = Swift.max(mid - (emin - 1), (emax + 1) - mid)
            decades = [mid - stride, mid, mid + stride]
        } else {
            stride = (available - 1) / (request - 1)
            if Double(stride) < Double(available) / Double(request) { stride = available / request }
            let olo = Swift.max(available - stride * request, 0)
            let ohi = Swift.min(available - stride * (request - 1), stride)
            var offset = ((-emin) % stride + stride) % stride
            if !(olo <= offset && offset < ohi) { offset = olo }
            decades = Array(Swift.stride(from: emin + offset - stride, through: emax + stride, by: stride))
        }
        return decades.map { pow(10, Double($0)) }
    }
}

/// matplotlib's `MaxNLocator`: at most `bins` intervals at steps of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10
/// times a power of ten, spanning the range. Used for automatic contour levels.
enum NiceSteps {
    static let defaultSteps: [Double] = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

    static func maxN(_ vmin0: Double, _ vmax0: Double, bins: Int, minimumTicks: Int = 2,
                     steps: [Double] = defaultSteps) -> [Double] {
        let (vmin, vmax) = nonsingular(vmin0, vmax0, expander: 1e-13, tiny: 1e-14)
        let nbins = Double(bins)
        // scale_range
        let dv = abs(vmax - vmin), meanv = (vmax + vmin) / 2
        let offset: Double = abs(meanv) / dv < 100 ? 0 : copysign(pow(10, floor(log10(abs(meanv)))), meanv)
        let scale = pow(10, floor(log10(dv / nbins)))
        let lo = vmin - offset, hi = vmax - offset
        // The extended staircase: 0.1 * steps[:-1], steps, 10 * steps[1].
        let extended = steps.dropLast().map { 0.1 * $0 } + steps + [10 * steps[1]]
        let scaled = extended.map { $0 * scale }
        let rawStep = (hi - lo) / nbins
        let istep = scaled.firstIndex(where: { $0 >= rawStep }) ?? scaled.count - 1
        var ticks: [Double] = []
        for step in scaled[0...istep].reversed() {
            let bestMin = floorDiv(lo, step) * step
            let edge = EdgeInteger(step: step, offset: offset)
            let low = edge.le(lo - bestMin), high = edge.ge(hi - bestMin)
            ticks = stride(from: low, through: high, by: 1).map { $0 * step + bestMin }
            let inside = ticks.filter { $0 <= hi && $0 >= lo }.count
            if inside >= minimumTicks { break }
        }
        return ticks.map { $0 + offset }
    }

    /// Python's `//` for floats.
    static func floorDiv(_ a: Double, _ b: Double) -> Double { pyDivmod(a, b).0 }

    /// Python's `divmod` for floats: the remainder takes the sign of the divisor.
    static func pyDivmod(_ a: Double, _ b: Double) -> (Double, Double) {
        var mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = copysign(0, b)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, a / b)
        }
        return (floordiv, mod)
    }

    /// matplotlib's `_Edge_integer`: integer multiples of a step, forgiving rounding error.
    struct EdgeInteger {
        let step: Double
        let offset: Double

        init(step: Double, offset: Double) {
            self.step = step
            self.offset = abs(offset)
        }

        func closeTo(_ ms: Double, _ edge: Double) -> Bool {
            var tol = 1e-10
            if offset > 0 {
                let digits = log10(offset / step)
                tol = Swift.min(0.4999, Swift.max(1e-10, pow(10, digits - 12)))
            }
            return abs(ms - edge) < tol
        }

        /// The largest n with n * step ≤ x.
        func le(_ x: Double) -> Double {
            let (d, m) = pyDivmod(x, step)
            return closeTo(m / step, 1) ? d + 1 : d
        }

        /// The smallest n with n * step ≥ x.
        func ge(_ x: Double) -> Double {
            let (d, m) = pyDivmod(x, step)
            return closeTo(m / step, 0) ? d : d + 1
        }
    }

    /// matplotlib's `_nonsingular`: widens an empty or tiny range.
    static func nonsingular(_ a: Double, _ b: Double, expander: Double, tiny: Double) -> (Double, Double) {
        guard a.isFinite && b.isFinite else { return (-expander, expander) }
        var (vmin, vmax) = a <= b ? (a, b) : (b, a)
        let maxAbs = Swift.max(abs(vmin), abs(vmax))
        if maxAbs < (1e6 / tiny) * Double.leastNormalMagnitude {
            return (-expander, expander)
        }
        if vmax - vmin <= maxAbs * tiny {
            if vmax == 0 && vmin == 0 { return (-expander, expander) }
            vmin -= expander * abs(vmin)
            vmax += expander * abs(vmax)
        }
        return (vmin, vmax)
    }
}
