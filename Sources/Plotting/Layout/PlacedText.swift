/// A laid-out label at its place on the canvas, with its bounding box.
struct PlacedText {
    let layout: TextLayout
    let placement: TextPlacement
    let anchor: Point
    let color: Color
    let bounds: Rect

    init(_ layout: TextLayout, at anchor: Point, _ placement: TextPlacement, color: Color) {
        self.layout = layout
        self.placement = placement
        self.anchor = anchor
        self.color = color
        bounds = placement.bounds(of: layout, at: anchor)
    }

    func draw(on canvas: inout some Canvas) {
        placement.draw(layout, at: anchor, color: color, on: &canvas)
    }
}
