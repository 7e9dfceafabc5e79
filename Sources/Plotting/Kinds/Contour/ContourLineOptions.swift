/// What contour lines drawn with a filled contour look like (matplotlib's second `contour` call).
public struct ContourLineOptions: Sendable, Hashable {
    /// Colour of every level (black), or nil to colour each level from the colour map.
    public var color: Color?
    /// Width in points (matplotlib's default 1.5; the lab uses 1).
    public var width: Double
    /// Dash pattern; nil is solid, with negative levels dashed when all levels share one colour.
    public var pattern: LinePattern?
    /// In-line labels, or nil.
    public var labels: ContourLabels?

    public init(color: Color? = .black, width: Double = 1.5, pattern: LinePattern? = nil, labels: ContourLabels? = nil) {
        self.color = color
        self.width = width
        self.pattern = pattern
        self.labels = labels
    }
}
