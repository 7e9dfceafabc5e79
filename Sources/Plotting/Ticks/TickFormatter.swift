/// How an axis writes its tick labels.
public enum TickFormatter: Sendable, Hashable {
    /// The scale's default: `ScalarFormatter()` on a linear axis,
    /// `LogFormatterSciNotation` on a log axis.
    case automatic
    /// matplotlib's `ScalarFormatter` with chosen settings.
    case scalar(ScalarFormatter)
    /// `10^k` labels (mathtext).
    case logSciNotation(LogFormatterSciNotation)
    /// Plain numbers on a log axis (matplotlib's `LogFormatter`).
    case log(LogFormatter)
    /// These labels, one per tick in order (matplotlib's `FixedFormatter`); missing ones are blank.
    case fixed([String])
    /// A printf-style format applied to each value, e.g. `"%d"` or `"%.2f"`
    /// (matplotlib's `FormatStrFormatter`), minus signs as U+2212.
    case format(String)
    /// No labels.
    case none

    /// Labels for `locations` and the offset text (non-empty only for scalar labels with an offset).
    func labels(for locations: [Double], scale: Scale, view: AxisLimits, minor: Bool) -> (labels: [String], offsetText: String) {
        switch self {
        case .automatic:
            switch (scale, minor) {
            case (.linear, false): return ScalarFormatter().labels(for: locations, view: view)
            case (.linear, true): return (locations.map { _ in "" }, "")
            case (.log, _):
                // matplotlib labels both major and minor log ticks with this formatter;
                // which minor ticks get labels depends on the decades in view.
                return (LogFormatterSciNotation().labels(for: locations, view: view), "")
            }
        case .scalar(let f):
            return f.labels(for: locations, view: view)
        case .logSciNotation(let f):
            return (f.labels(for: locations, view: view), "")
        case .log(let f):
            return (f.labels(for: locations, view: view), "")
        case .fixed(let labels):
            return (locations.indices.map { $0 < labels.count ? labels[$0] : "" }, "")
        case .format(let spec):
            return (locations.map { Self.printf(spec, $0) }, "")
        case .none:
            return (locations.map { _ in "" }, "")
        }
    }

    /// Formats one value with a printf-style spec holding exactly one conversion
    /// (`%d`, `%.2f`, `%g`, `%.1e`, with flags and width; `%%` for a percent sign).
    /// Integer conversions get the value rounded; a spec that is not of this form,
    /// or a value no integer can hold, falls back to `%g`. Minus signs become U+2212.
    static func printf(_ spec: String, _ value: Double) -> String {
        let text: String
        switch PrintfSpec(spec) {
        case .some(let p) where p.isInteger:
            let r = value.rounded()
            if r.isFinite, Swift.abs(r) < 9.0e18 {
                text = String(format: p.prefix + p.directive + "ll" + String(p.conversion) + p.suffix, Int64(r))
            } else {
                text = String(format: "%g", value)
            }
        case .some(let p):
            text = String(format: p.prefix + p.directive + String(p.conversion) + p.suffix, value)
        case .none:
            text = String(format: "%g", value)
        }
        return text.replacingOccurrences(of: "-", with: "\u{2212}")
    }
}

/// A printf format with exactly one numeric conversion, split around it.
struct PrintfSpec {
    /// Literal text before the directive (with `%%` kept escaped).
    var prefix: String
    /// `%`, flags, width and precision.
    var directive: String
    var conversion: Character
    /// Literal text after the conversion (with `%%` kept escaped).
    var suffix: String

    var isInteger: Bool { "diouxX".contains(conversion) }

    init?(_ spec: String) {
        let chars = Array(spec)
        var i = 0
        var found: (start: Int, end: Int, conv: Character)?
        while i < chars.count {
            guard chars[i] == "%" else { i += 1; continue }
            if i + 1 < chars.count, chars[i + 1] == "%" { i += 2; continue }
            guard found == nil else { return nil }  // a second conversion
            var j = i + 1
            while j < chars.count, "-+ #0".contains(chars[j]) { j += 1 }
            // Width and precision: at most two digits each, so no spec can ask for huge output.
            var digits = 0
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1; digits += 1 }
            guard digits <= 2 else { return nil }
            if j < chars.count, chars[j] == "." {
                j += 1
                digits = 0
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1; digits += 1 }
                guard digits <= 2 else { return nil }
            }
            guard j < chars.count, "diouxXeEfFgG".contains(chars[j]) else { return nil }
            found = (i, j, chars[j])
            i = j + 1
        }
        guard let found else { return nil }
        prefix = String(chars[..<found.start])
        directive = String(chars[found.start..<found.end])
        conversion = found.conv
        suffix = String(chars[(found.end + 1)...])
    }
}

import Foundation
