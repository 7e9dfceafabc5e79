/// The measured size of a run of text, in points, relative to its baseline origin.
public struct TextMetrics: Sendable, Hashable {
    /// Advance width: where the next run starts.
    public var width: Double
    /// Height of the inked glyphs above the baseline (0 for blank text).
    public var ascent: Double
    /// Depth of the inked glyphs below the baseline, positive downwards.
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    public var height: Double { ascent + descent }
}
