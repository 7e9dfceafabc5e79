import Foundation

/// Where a label sits relative to its anchor point: matplotlib's `ha`, `va`,
/// `rotation` and `rotation_mode`, resolved once so every caller aligns text alike.
public struct TextPlacement: Sendable, Hashable {
    /// Which vertical edge of the (rotated) text box meets the anchor.
    public enum Horizontal: Sendable, Hashable { case left, center, right }
    /// Which horizontal line of the (rotated) text box meets the anchor.
    public enum Vertical: Sendable, Hashable { case top, center, baseline, centerBaseline, bottom }
    /// matplotlib's `rotation_mode`: `.default` rotates first and aligns the rotated
    /// bounding box; `.anchor` aligns the unrotated box, then rotates about the anchor.
    public enum RotationMode: Sendable, Hashable { case `default`, anchor }

    public var horizontal: Horizontal
    public var vertical: Vertical
    /// Counter-clockwise degrees.
    public var rotation: Double
    public var rotationMode: RotationMode

    public init(horizontal: Horizontal = .left, vertical: Vertical = .baseline,
                rotation: Double = 0, rotationMode: RotationMode = .default) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.rotation = rotation
        self.rotationMode = rotationMode
    }

    /// The baseline origin that puts `layout` at `anchor` with this alignment.
    public func origin(of layout: TextLayout, at anchor: Point) -> Point {
        // Work in y-up coordinates relative to the baseline origin, as matplotlib does.
        let w = layout.width, asc = layout.ascent, dsc = layout.descent
        let height = asc + dsc
        let theta = rotation * .pi / 180
        let (s, c) = (sin(theta), cos(theta))
        func rotate(_ x: Double, _ y: Double) -> (Double, Double) { (c * x - s * y, s * x + c * y) }
        let offset: (Double, Double)
        switch rotationMode {
        case .default:
            let corners = [rotate(0, -dsc), rotate(0, asc), rotate(w, asc), rotate(w, -dsc)]
            let xmin = corners.map(\.0).min() ?? 0, xmax = corners.map(\.0).max() ?? 0
            let ymin = corners.map(\.1).min() ?? 0, ymax = corners.map(\.1).max() ?? 0
            let ox: Double
            switch horizontal {
            case .left: ox = xmin
            case .center: ox = (xmin + xmax) / 2
            case .right: ox = xmax
            }
            let oy: Double
            switch vertical {
            case .top: oy = ymax
            case .center: oy = (ymin + ymax) / 2
            case .baseline: oy = ymin + dsc
            case .centerBaseline: oy = ymin + (ymax - ymin) - asc / 2
            case .bottom: oy = ymin
            }
            offset = (ox, oy)
        case .anchor:
            let ox: Double
            switch horizontal {
            case .left: ox = 0
            case .center: ox = w / 2
            case .right: ox = w
            }
            let oy: Double
            switch vertical {
            case .top: oy = asc
            case .center: oy = (asc - dsc) / 2
            case .baseline: oy = 0
            case .centerBaseline: oy = asc / 2
            case .bottom: oy = -dsc
            }
            offset = rotate(ox, oy)
            _ = height
        }
        // Back to y-down canvas coordinates.
        return Point(anchor.x - offset.0, anchor.y + offset.1)
    }

    /// The canvas-space bounding box of `layout` placed at `anchor`.
    public func bounds(of layout: TextLayout, at anchor: Point) -> Rect {
        let o = origin(of: layout, at: anchor)
        let turn = AffineTransform.rotation(rotation * .pi / 180)
        let corners = [Point(0, layout.descent), Point(0, -layout.ascent),
                       Point(layout.width, -layout.ascent), Point(layout.width, layout.descent)]
            .map { turn.apply($0) + o }
        let xs = corners.map(\.x), ys = corners.map(\.y)
        let x0 = xs.min() ?? o.x, y0 = ys.min() ?? o.y
        return Rect(x: x0, y: y0, width: (xs.max() ?? x0) - x0, height: (ys.max() ?? y0) - y0)
    }

    /// Draws `layout` at `anchor` with this alignment.
    public func draw(_ layout: TextLayout, at anchor: Point, color: Color, on canvas: inout some Canvas) {
        layout.draw(on: &canvas, origin: origin(of: layout, at: anchor), color: color, rotation: rotation)
    }
}
