/// Aligning and drawing a layout at an anchor in one call, through `TextPlacement`.
extension TextLayout {
    /// The axis-aligned box the label covers when its `horizontal`/`vertical` point sits at
    /// `anchor` and it is turned `rotation` degrees counter-clockwise (matplotlib's window extent).
    public func bounds(at anchor: Point, horizontal: TextPlacement.Horizontal = .left,
                       vertical: TextPlacement.Vertical = .baseline, rotation: Double = 0,
                       rotationMode: TextPlacement.RotationMode = .default) -> Rect {
        TextPlacement(horizontal: horizontal, vertical: vertical, rotation: rotation, rotationMode: rotationMode)
            .bounds(of: self, at: anchor)
    }

    /// Draws the label with its `horizontal`/`vertical` point at `anchor`, turned `rotation`
    /// degrees counter-clockwise.
    public func draw(at anchor: Point, horizontal: TextPlacement.Horizontal = .left,
                     vertical: TextPlacement.Vertical = .baseline, rotation: Double = 0,
                     rotationMode: TextPlacement.RotationMode = .default, color: Color = .black,
                     on canvas: inout some Canvas) {
        TextPlacement(horizontal: horizontal, vertical: vertical, rotation: rotation, rotationMode: rotationMode)
            .draw(self, at: anchor, color: color, on: &canvas)
    }
}
