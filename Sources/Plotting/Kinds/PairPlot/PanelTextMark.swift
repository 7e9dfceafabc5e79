/// Text at a position given in axes fractions ((0, 0) lower left, (1, 1) upper right), centred
/// there: the correlation written in a pair plot's upper panels.
public struct PanelTextMark: Mark {
    public var text: String
    public var position: Point
    public var fontSize: Double
    public var color: Color
    public var zOrder: Double = 3

    public init(text: String, position: Point, fontSize: Double = 12, color: Color = .black) {
        self.text = text
        self.position = position
        self.fontSize = fontSize
        self.color = color
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent { .empty }
    public var clipsToPlotArea: Bool { false }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let layout = TextLayout(text, font: Font(size: fontSize), measuringWith: canvas)
        let anchor = context.transform.fromAxesFraction(position.x, position.y)
        TextPlacement(horizontal: .center, vertical: .center).draw(layout, at: anchor, color: color, on: &canvas)
    }
}

/// Covers the data range of points without drawing them, so a panel that shows something else
/// (a correlation) still sets the limits its shared axes would get from a scatter.
struct InvisibleExtentMark: Mark {
    let x: [Double]
    let y: [Double]
    var zOrder: Double { 0 }

    func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(xs: x, ys: y, xScale: xScale, yScale: yScale)
    }

    func draw(in context: AxesContext, on canvas: inout some Canvas) {}
}
