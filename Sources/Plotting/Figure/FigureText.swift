/// Text placed on the page rather than in an axes: matplotlib's `fig.text`, used for notes
/// and captions under the plots.
///
/// Positions are figure fractions ((0, 0) bottom-left, (1, 1) top-right), so the text stays
/// put when the axes move. Text in the band the figure reserves at the bottom
/// (`Figure.reservedBottom`) never meets the axes: they make room for it.
public struct FigureText: Sendable, Hashable {
    public var text: String
    /// The anchor in figure fractions.
    public var position: Point
    public var fontSize: Double
    public var color: Color
    public var placement: TextPlacement

    public init(_ text: String, at position: Point, fontSize: Double = 10, color: Color = .black,
                placement: TextPlacement = TextPlacement()) {
        self.text = text
        self.position = position
        self.fontSize = fontSize
        self.color = color
        self.placement = placement
    }
}
