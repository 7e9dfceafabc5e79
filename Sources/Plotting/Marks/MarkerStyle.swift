/// How a marker is painted: shape, size in points, fill and edge.
public struct MarkerStyle: Sendable, Hashable {
    public var shape: MarkerShape
    /// matplotlib's marker size in points (diameter of a circle).
    public var size: Double
    /// Inside colour; nil for hollow markers (and ignored for crosses).
    public var fill: Color?
    /// Outline colour; nil for no outline.
    public var edge: Color?
    /// Outline width in points.
    public var edgeWidth: Double

    public init(shape: MarkerShape, size: Double = 6, fill: Color?, edge: Color?, edgeWidth: Double = 1) {
        self.shape = shape
        self.size = size
        self.fill = fill
        self.edge = edge
        self.edgeWidth = edgeWidth
    }

    /// Fill and stroke styles for drawing this marker, crosses stroked in their colour.
    var paint: (fill: FillStyle?, stroke: StrokeStyle?) {
        if shape.isFilled {
            return (fill.map { FillStyle(color: $0) },
                    edge.flatMap { edgeWidth > 0 ? StrokeStyle(color: $0, width: edgeWidth, cap: .butt, join: .miter) : nil })
        }
        let color = edge ?? fill
        return (nil, color.map { StrokeStyle(color: $0, width: edgeWidth, cap: .butt, join: .round) })
    }

    /// Draws one marker centred at `p`.
    func draw(at p: Point, on canvas: inout some Canvas) {
        let (f, s) = paint
        canvas.drawMarkers(shape.path(size: size), at: [p], fill: f, stroke: s)
    }
}
