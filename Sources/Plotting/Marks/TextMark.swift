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

    /// The text's box, as matplotlib's `loc='best'` avoids a `Text`'s window extent. Text
    /// placed in figure fractions (outside the axes' own coordinates) is not counted.
    public func legendObstacles(_ transform: DataTransform, measuringWith canvas: some Canvas) -> LegendObstacles {
        let anchor: Point
        switch coordinates {
        case .data: anchor = transform.apply(position)
        case .axes: anchor = transform.fromAxesFraction(position.x, position.y)
        case .figure, .offsetPoints: return .none
        }
        guard anchor.x.isFinite, anchor.y.isFinite else { return .none }
        let layout = TextLayout(text, font: Font(size: fontSize), measuringWith: canvas)
        return LegendObstacles(boxes: [placement.bounds(of: layout, at: anchor)])
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let anchor = coordinates.resolve(position, in: context)
        guard anchor.x.isFinite, anchor.y.isFinite else { return }
        let layout = TextLayout(text, font: Font(size: fontSize), measuringWith: canvas)
        placement.draw(layout, at: anchor, color: color, on: &canvas)
    }
}
