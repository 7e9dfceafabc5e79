import Foundation

/// A JSON value written with its keys in the order given and doubles that round-trip.
///
/// Doubles are written as Swift's shortest round-tripping decimal (`2812.137595303234`,
/// `1e-05`), so reading the text back gives the same bits; non-finite values, which JSON
/// cannot hold, are written as `null`. The same value always gives the same text.
indirect enum JSONText {
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONText])
    case object([(key: String, value: JSONText)])

    /// The value as compact JSON text.
    var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .number(let value):
            out += value.isFinite ? "\(value)" : "null"
        case .integer(let value):
            out += String(value)
        case .bool(let value):
            out += value ? "true" : "false"
        case .array(let values):
            out += "["
            for (i, value) in values.enumerated() {
                if i > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                out += "\"" + Self.escaped(member.key) + "\":"
                member.value.write(to: &out)
            }
            out += "}"
        }
    }

    /// `s` with JSON's mandatory escapes.
    static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Numbers as an array.
    static func numbers(_ values: [Double]) -> JSONText { .array(values.map(JSONText.number)) }
    /// Integers as an array.
    static func integers(_ values: [Int]) -> JSONText { .array(values.map(JSONText.integer)) }
}
