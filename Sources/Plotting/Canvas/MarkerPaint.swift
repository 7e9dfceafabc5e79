/// How one marker of a many-coloured scatter is painted: its fill and its outline.
///
/// `Canvas.drawMarkers(_:at:paints:paintIndices:)` takes a short list of these and an
/// index into it for every marker, so a backend can prepare each paint once.
public struct MarkerPaint: Sendable, Hashable {
    public var fill: FillStyle?
    public var stroke: StrokeStyle?

    public init(fill: FillStyle?, stroke: StrokeStyle?) {
        self.fill = fill
        self.stroke = stroke
    }
}
