/// Colours written as matplotlib accepts them in strings.
extension Color {
    /// Parses a colour as matplotlib's `to_rgba` does for a string:
    /// - `"none"` (any case): transparent;
    /// - `"C0"`...: the default colour cycle (tab10), wrapping after ten;
    /// - a name: single letters `b g r c m y k w`, `"tab:blue"`, CSS names (`"orange"`,
    ///   `"lightgray"`; any case except single letters), `"xkcd:sky blue"`;
    /// - hex `"#rgb"`, `"#rgba"`, `"#rrggbb"`, `"#rrggbbaa"`;
    /// - a grey level as a number in 0...1 (`"0.8"`).
    public init(parsing spec: String) throws(ColorError) {
        if spec.lowercased() == "none" {
            self = .clear
            return
        }
        if let cycled = Self.cycleColor(spec) {
            self = cycled
            return
        }
        if let rgb = ColormapTables.namedColors[spec]
            ?? (spec.count != 1 ? ColormapTables.namedColors[spec.lowercased()] : nil) {
            self.init(red: Double(bitPattern: rgb.0), green: Double(bitPattern: rgb.1), blue: Double(bitPattern: rgb.2))
            return
        }
        if spec.hasPrefix("#") {
            self = try Self.parseHex(spec)
            return
        }
        if let grey = Double(spec) {
            guard grey >= 0 && grey <= 1 else { throw .greyLevelOutOfRange(spec) }
            self.init(red: grey, green: grey, blue: grey)
            return
        }
        throw .unknownColor(spec)
    }

    /// matplotlib's colour cycle: tab10, what 'C0'...'C9' name.
    public static let cycle: [Color] = rows(bits: ColormapTables.colorCycle)

    /// Colours from flattened red, green, blue rows of IEEE bit patterns (the generated tables).
    static func rows(bits: [UInt64]) -> [Color] {
        stride(from: 0, to: bits.count - 2, by: 3).map {
            Color(red: Double(bitPattern: bits[$0]), green: Double(bitPattern: bits[$0 + 1]),
                  blue: Double(bitPattern: bits[$0 + 2]))
        }
    }

    /// 'C' followed by digits: the cycle colour at that index modulo the cycle length.
    private static func cycleColor(_ spec: String) -> Color? {
        guard spec.count >= 2, spec.first == "C", !cycle.isEmpty else { return nil }
        var index = 0
        for c in spec.dropFirst() {
            guard let d = c.wholeNumberValue, c.isASCII else { return nil }
            index = (index * 10 + d) % cycle.count
        }
        return cycle[index]
    }

    private static func parseHex(_ spec: String) throws(ColorError) -> Color {
        let digits = Array(spec.dropFirst())
        var values: [Int] = []
        values.reserveCapacity(digits.count)
        for d in digits {
            guard d.isASCII, let v = d.hexDigitValue else { throw .invalidHex(spec) }
            values.append(v)
        }
        switch values.count {
        case 3, 4:
            let c = values.map { Double($0) / 15 }
            return Color(red: c[0], green: c[1], blue: c[2], alpha: values.count == 4 ? c[3] : 1)
        case 6, 8:
            let c = stride(from: 0, to: values.count, by: 2).map { Double(values[$0] * 16 + values[$0 + 1]) / 255 }
            return Color(red: c[0], green: c[1], blue: c[2], alpha: values.count == 8 ? c[3] : 1)
        default:
            throw .invalidHex(spec)
        }
    }
}
