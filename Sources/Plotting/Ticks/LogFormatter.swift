import Foundation

/// Tick labels for a log axis as plain numbers: matplotlib's `LogFormatter` ("1", "2.3",
/// "12.3", "1e+05"), for axes whose ticks fall between decades, such as a colour bar with a
/// tick at every contour level.
///
/// Which ticks get a label follows matplotlib: with `labelOnlyBase` only decades; otherwise
/// the `minorThresholds` (default (1, 0.4)) decide from the decades in view, as
/// `LogFormatterSciNotation` does, and infinite thresholds label every tick. A label is the
/// value printed to a precision that suits the view's range (`_pprint_val`: "%1.1f" for a
/// range of 10 to 100 000, integers without decimals) between 1 and 10 000, and "%1.0e"
/// outside; minus signs are U+2212.
public struct LogFormatter: Sendable, Hashable {
    /// Label only exact decades.
    public var labelOnlyBase: Bool
    /// matplotlib's `minor_thresholds`: above `subset` decade ticks in view only decades are
    /// labelled; above `all` decades of range, 1, 2, 3, 4, 6 times each decade; every tick below.
    public var minorThresholds: (subset: Double, all: Double)

    public init(labelOnlyBase: Bool = false, minorThresholds: (subset: Double, all: Double) = (1, 0.4)) {
        self.labelOnlyBase = labelOnlyBase
        self.minorThresholds = minorThresholds
    }

    /// Every tick labelled, whatever the view: matplotlib's `LogFormatter(labelOnlyBase=False,
    /// minor_thresholds=(inf, inf))`, for ticks at chosen values such as contour levels.
    public static let everyTick = LogFormatter(minorThresholds: (.infinity, .infinity))

    /// The label of each location ("" for an unlabelled tick).
    public func labels(for locations: [Double], view: AxisLimits) -> [String] {
        let sublabels = LogFormatterSciNotation.sublabels(view: view, thresholds: minorThresholds)
        let lo = Swift.min(view.lower, view.upper), hi = Swift.max(view.lower, view.upper)
        return locations.map { label($0, sublabels: sublabels, range: hi - lo) }
    }

    func label(_ value: Double, sublabels: Set<Double>?, range: Double) -> String {
        guard value.isFinite else { return "" }
        if value == 0 { return "0" }
        let x = Swift.abs(value)
        // As matplotlib computes it (natural logs: log10 would round 1500's coefficient to 1.4999...).
        let fx = Foundation.log(x) / Foundation.log(10.0)
        let isDecade = LogFormatterSciNotation.isCloseToInt(fx)
        let exponent = isDecade ? fx.rounded(.toNearestOrEven) : fx.rounded(.down)
        let coeff = Foundation.pow(10, fx - exponent).rounded(.toNearestOrEven)
        if labelOnlyBase && !isDecade { return "" }
        if let sublabels, !sublabels.contains(coeff) { return "" }
        let text = (1...10_000).contains(x) ? Self.pprint(x, range: range) : String(format: "%1.0e", x)
        return text.replacingOccurrences(of: "-", with: "\u{2212}")
    }

    /// matplotlib's `LogFormatter._pprint_val`: integers as such, others to a precision set by
    /// the range in view, trailing zeros dropped.
    static func pprint(_ x: Double, range d: Double) -> String {
        if Swift.abs(x) < 1e4 && x == x.rounded(.towardZero) { return String(Int(x)) }
        let format = d < 1e-2 ? "%1.3e" : d <= 1 ? "%1.3f" : d <= 10 ? "%1.2f" : d <= 1e5 ? "%1.1f" : "%1.1e"
        let s = String(format: format, x)
        let parts = s.split(separator: "e", maxSplits: 1)
        if parts.count == 2 {
            let mantissa = trimmed(String(parts[0]))
            let exponent = Int(parts[1]) ?? 0
            return exponent != 0 ? "\(mantissa)e\(exponent)" : mantissa
        }
        return trimmed(s)
    }

    /// Trailing zeros, then a trailing point, removed ("12.30" → "12.3", "2.0" → "2").
    static func trimmed(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = Substring(s)
        while t.last == "0" { t = t.dropLast() }
        if t.last == "." { t = t.dropLast() }
        return String(t)
    }
}

extension LogFormatter {
    public static func == (a: LogFormatter, b: LogFormatter) -> Bool {
        a.labelOnlyBase == b.labelOnlyBase && a.minorThresholds.subset == b.minorThresholds.subset
            && a.minorThresholds.all == b.minorThresholds.all
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(labelOnlyBase)
        hasher.combine(minorThresholds.subset)
        hasher.combine(minorThresholds.all)
    }
}
