/// A matplotlib `plot` format string such as `"k."`, `"-o"`, `"o"` or `"r--"`, read
/// into its colour, marker and line style.
///
/// As in matplotlib: a marker without a line style draws markers only; a line
/// style or nothing draws a solid line; colour letters are matplotlib's pure
/// `bgrcmykw` colours, not the tab10 cycle.
public struct FormatString: Sendable, Hashable {
    public var color: Color?
    public var marker: MarkerShape?
    /// nil when the string has a marker but no line style (markers only).
    public var pattern: LinePattern?

    /// - Throws: `PlotError.invalidFormatString` for unknown characters or repeated parts.
    public init(_ format: String) throws(PlotError) {
        var chars = Array(format)
        var color: Color?
        var marker: MarkerShape?
        var pattern: LinePattern?
        var i = 0
        while i < chars.count {
            let c = chars[i]
            // Two-character line styles first.
            if i + 1 < chars.count, let two = LinePattern(code: String(chars[i...(i + 1)])), two != .solid {
                guard pattern == nil else { throw .invalidFormatString(format, reason: "two line styles") }
                pattern = two
                i += 2
                continue
            }
            if let one = LinePattern(code: String(c)) {
                guard pattern == nil else { throw .invalidFormatString(format, reason: "two line styles") }
                pattern = one
            } else if let m = MarkerShape(code: String(c)) {
                guard marker == nil else { throw .invalidFormatString(format, reason: "two markers") }
                marker = m
            } else if let col = Self.colorLetters[c] {
                guard color == nil else { throw .invalidFormatString(format, reason: "two colours") }
                color = col
            } else {
                throw .invalidFormatString(format, reason: "'\(c)' is not a colour, marker or line style")
            }
            i += 1
        }
        chars.removeAll()
        if pattern == nil && marker == nil { pattern = .solid }
        self.color = color
        self.marker = marker
        self.pattern = pattern
    }

    /// matplotlib's single-letter colours.
    static let colorLetters: [Character: Color] = [
        "b": Color(red: 0, green: 0, blue: 1),
        "g": Color(red: 0, green: 0.5, blue: 0),
        "r": Color(red: 1, green: 0, blue: 0),
        "c": Color(red: 0, green: 0.75, blue: 0.75),
        "m": Color(red: 0.75, green: 0, blue: 0.75),
        "y": Color(red: 0.75, green: 0.75, blue: 0),
        "k": Color(red: 0, green: 0, blue: 0),
        "w": Color(red: 1, green: 1, blue: 1),
    ]
}
