/// A label at a point in data, axes or figure coordinates: matplotlib's `text`.
///
/// Text does not take part in autoscaling and is not clipped to the plot area,
/// as in matplotlib. Mathtext between `$` signs is allowed.
public struct TextMark: Mark {
    public var text: String
    public var position: Point
    public var coordinates: Coordinates
    public var fontSize: Double
    public var color: Color
    public var placement: TextPlacement
    public var zOrder: Double

    public init(_ text: String, at position: Point, coordinates: Coordinates = .data, fontSize: Double = 10,
                color: Color = .black, placement: TextPlacement = TextPlacement(), zOrder: Double = 3) {
        self.text = text
        self.position = position
        self.coordinates = coordinates
        self.fontSize = fontSize
        self.color = color
        self.placement = placement
        self.zOrder = zOrder
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent { .empty }
    public var clipsToPlotArea: Bool { false }

    public func legendObstacles(_ transform: DataTransform) -> LegendObstacles {
        // The box is not known without a canvas; the anchor stands in for it.
        let p = coordinates == .data ? transform.apply(position) : transform.fromAxesFraction(position.x, position.y)
        return LegendObstacles(boxes: [Rect(x: p.x - 1, y: p.y - 1, width: 2, height: 2)])
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let anchor = coordinates.resolve(position, in: context)
        guard anchor.x.isFinite, anchor.y.isFinite else { return }
        let layout = TextLayout(text, font: Font(size: fontSize), measuringWith: canvas)
        placement.draw(layout, at: anchor, color: color, on: &canvas)
    }
}
