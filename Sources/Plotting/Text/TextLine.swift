/// One line of a `TextLayout`, with the extents matplotlib lays it out by.
public struct TextLine: Sendable, Hashable {
    /// The line's runs: indices into `TextLayout.runs`.
    public var runs: Range<Int>
    /// The left end of the line's baseline relative to the layout origin (y down; lines
    /// above the last have negative y).
    public var origin: Point
    /// The advance width of the line.
    public var width: Double
    /// Ink extent above the baseline (for mathtext, the box height mathtext computes).
    public var inkAscent: Double
    /// Ink extent below the baseline (for mathtext, the box depth).
    public var inkDescent: Double
    /// The ascent the line is laid out with: at least the font's ascender, plus half the
    /// line gap when the label has several lines.
    public var ascent: Double
    /// The descent the line is laid out with: at least the font's descender, plus half the
    /// line gap when the label has several lines.
    public var descent: Double
    /// Whether the line was set as mathtext.
    public var isMath: Bool

    public init(runs: Range<Int>, origin: Point, width: Double, inkAscent: Double, inkDescent: Double,
                ascent: Double, descent: Double, isMath: Bool) {
        self.runs = runs
        self.origin = origin
        self.width = width
        self.inkAscent = inkAscent
        self.inkDescent = inkDescent
        self.ascent = ascent
        self.descent = descent
        self.isMath = isMath
    }
}
