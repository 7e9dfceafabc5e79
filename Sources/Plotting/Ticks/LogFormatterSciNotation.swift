import Foundation

/// Tick labels for a log axis: matplotlib's `LogFormatterSciNotation`, which writes
/// decades as `10^k` in mathtext (`$\mathdefault{10^{3}}$`).
///
/// Major ticks are labelled at decades. Minor ticks are labelled only when few
/// decades are in view: none when the view holds more than one decade tick,
/// 2, 3, 4, 6 times the decade when it spans more than 0.4 decades, every
/// multiple otherwise (matplotlib's `minor_thresholds = (1, 0.4)`).
public struct LogFormatterSciNotation: Sendable, Hashable {
    /// Label only exact decades (major ticks).
    public var labelOnlyDecades: Bool

    public init(labelOnlyDecades: Bool = false) {
        self.labelOnlyDecades = labelOnlyDecades
    }

    /// The label of each location ("" for an unlabelled tick).
    public func labels(for locations: [Double], view: AxisLimits) -> [String] {
        let sublabels = Self.sublabels(view: view)
        return locations.map { label($0, sublabels: sublabels) }
    }

    /// Which multiples of a decade get labels for this view (nil: all), with matplotlib's
    /// `minor_thresholds` (an infinite first threshold labels every tick).
    static func sublabels(view: AxisLimits, thresholds: (subset: Double, all: Double) = (1, 0.4)) -> Set<Double>? {
        if thresholds.subset.isInfinite { return nil }
        let vmin = Swift.min(view.lower, view.upper), vmax = Swift.max(view.lower, view.upper)
        guard vmin > 0 else { return [1] }
        let lmin = Foundation.log10(vmin), lmax = Foundation.log10(vmax)
        let numticks = lmax.rounded(.down) - lmin.nextDown.rounded(.down)
        let numdec = Swift.abs(lmax - lmin)
        if numticks > thresholds.subset { return [1] }
        if numdec > thresholds.all { return [1, 2, 3, 4, 6, 10] }
        return Set((1...10).map(Double.init))
    }

    func label(_ value: Double, sublabels: Set<Double>?) -> String {
        guard value.isFinite else { return "" }
        if value == 0 { return "$\\mathdefault{0}$" }
        let sign = value < 0 ? "-" : ""
        let x = Swift.abs(value)
        var fx = Foundation.log10(x)
        let isDecade = Self.isCloseToInt(fx)
        let exponent = isDecade ? fx.rounded(.toNearestOrEven) : fx.rounded(.down)
        let coeff = Foundation.pow(10, fx - exponent).rounded(.toNearestOrEven)
        if labelOnlyDecades && !isDecade { return "" }
        if let sublabels, !sublabels.contains(coeff) { return "" }
        if isDecade {
            fx = fx.rounded(.toNearestOrEven)
            return "$\\mathdefault{\(sign)10^{\(Int(fx))}}$"
        }
        let e = fx.rounded(.down)
        var c = Foundation.pow(10, fx - e)
        if Self.isCloseToInt(c) { c = c.rounded(.toNearestOrEven) }
        return "$\\mathdefault{\(sign)\(String(format: "%g", c))\\times10^{\(Int(e))}}$"
    }

    /// Python's `math.isclose(x, round(x))` with its default relative tolerance 1e-9.
    static func isCloseToInt(_ x: Double) -> Bool {
        let r = x.rounded(.toNearestOrEven)
        return Swift.abs(x - r) <= 1e-9 * Swift.max(Swift.abs(x), Swift.abs(r))
    }
}
