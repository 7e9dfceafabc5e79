import Foundation

/// A label with an optional arrow to the point it describes: matplotlib's `annotate`.
///
/// The arrow runs from the centre of the text box, clipped at the box grown by
/// 2 pt on each side, to the annotated point, both ends shortened by 2 pt, as
/// matplotlib's `FancyArrowPatch` draws `arrowprops=dict(arrowstyle=...)`.
public struct Annotation: Mark {
    /// The arrow's look (matplotlib's `arrowstyle`).
    public enum Arrow: Sendable, Hashable {
        /// `'-'`: a plain line.
        case line
        /// `'->'`: an open V head at the point.
        case open
        /// `'-|>'`: a filled triangular head at the point.
        case filled
    }

    public var text: String
    /// The annotated point.
    public var point: Point
    public var pointCoordinates: Coordinates
    /// Where the text goes; nil puts it on the point.
    public var textPosition: Point?
    public var textCoordinates: Coordinates
    public var arrow: Arrow?
    public var fontSize: Double
    public var color: Color
    /// Arrow line width in points (1).
    public var arrowWidth: Double
    public var placement: TextPlacement
    public var zOrder: Double

    public init(_ text: String, point: Point, pointCoordinates: Coordinates = .data,
                textPosition: Point? = nil, textCoordinates: Coordinates = .data, arrow: Arrow? = .open,
                fontSize: Double = 10, color: Color = .black, arrowWidth: Double = 1,
                placement: TextPlacement = TextPlacement(), zOrder: Double = 3) {
        self.text = text
        self.point = point
        self.pointCoordinates = pointCoordinates
        self.textPosition = textPosition
        self.textCoordinates = textCoordinates
        self.arrow = arrow
        self.fontSize = fontSize
        self.color = color
        self.arrowWidth = arrowWidth
        self.placement = placement
        self.zOrder = zOrder
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent { .empty }
    public var clipsToPlotArea: Bool { false }

    /// The text's box and the arrow's, as matplotlib's `loc='best'` avoids an annotation's
    /// window extent. Points given in figure fractions are not counted.
    public func legendObstacles(_ transform: DataTransform, measuringWith canvas: some Canvas) -> LegendObstacles {
        func resolve(_ p: Point, _ coordinates: Coordinates, origin: Point?) -> Point? {
            switch coordinates {
            case .data: return transform.apply(p)
            case .axes: return transform.fromAxesFraction(p.x, p.y)
            case .offsetPoints:
                let o = origin ?? transform.fromAxesFraction(0, 0)
                return Point(o.x + p.x, o.y - p.y)
            case .figure: return nil
            }
        }
        guard let target = resolve(point, pointCoordinates, origin: nil) else { return .none }
        let anchor = textPosition.map { resolve($0, textCoordinates, origin: target) } ?? target
        guard let anchor, target.x.isFinite, target.y.isFinite, anchor.x.isFinite, anchor.y.isFinite else { return .none }
        let box = placement.bounds(of: TextLayout(text, font: Font(size: fontSize), measuringWith: canvas), at: anchor)
        var boxes = [box]
        if arrow != nil, textPosition != nil, !box.insetBy(dx: -2, dy: -2).contains(target) {
            let x0 = Swift.min(box.midX, target.x), y0 = Swift.min(box.midY, target.y)
            boxes.append(Rect(x: x0, y: y0, width: Swift.max(box.midX, target.x) - x0,
                              height: Swift.max(box.midY, target.y) - y0))
        }
        return LegendObstacles(boxes: boxes)
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let target = pointCoordinates.resolve(point, in: context)
        let anchor = textPosition.map { textCoordinates.resolve($0, in: context, origin: target) } ?? target
        guard target.x.isFinite, target.y.isFinite, anchor.x.isFinite, anchor.y.isFinite else { return }
        let layout = TextLayout(text, font: Font(size: fontSize), measuringWith: canvas)
        let box = placement.bounds(of: layout, at: anchor)
        if let arrow, textPosition != nil {
            drawArrow(arrow, from: box, to: target, on: &canvas)
        }
        placement.draw(layout, at: anchor, color: color, on: &canvas)
    }

    func drawArrow(_ arrow: Arrow, from box: Rect, to target: Point, on canvas: inout some Canvas) {
        let padded = box.insetBy(dx: -2, dy: -2)
        let start = box.center
        guard !padded.contains(target) else { return }
        // Leave the padded text box: the first crossing of its edge along the line.
        let dx = target.x - start.x, dy = target.y - start.y
        // The ray leaves the box at the nearer of its exits through a vertical and a horizontal edge.
        var t = Double.infinity
        if dx != 0 { t = Swift.min(t, Swift.max((padded.maxX - start.x) / dx, (padded.minX - start.x) / dx)) }
        if dy != 0 { t = Swift.min(t, Swift.max((padded.maxY - start.y) / dy, (padded.minY - start.y) / dy)) }
        guard t.isFinite else { return }
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let ux = dx / length, uy = dy / length
        let from = Point(start.x + dx * t + 2 * ux, start.y + dy * t + 2 * uy)
        let to = Point(target.x - 2 * ux, target.y - 2 * uy)
        guard (to.x - from.x) * ux + (to.y - from.y) * uy > 0 else { return }
        let stroke = StrokeStyle(color: color, width: arrowWidth, cap: .butt, join: .miter)
        // Heads are 0.4 x 0.2 of the text size, as matplotlib scales arrow styles.
        let headLength = 0.4 * fontSize, headHalfWidth = 0.2 * fontSize
        let base = Point(to.x - headLength * ux, to.y - headLength * uy)
        let left = Point(base.x - headHalfWidth * uy, base.y + headHalfWidth * ux)
        let right = Point(base.x + headHalfWidth * uy, base.y - headHalfWidth * ux)
        switch arrow {
        case .line:
            canvas.stroke(Path(polyline: [from, to]), stroke)
        case .open:
            canvas.stroke(Path(polyline: [from, to]), stroke)
            canvas.stroke(Path(polyline: [left, to, right]), stroke)
        case .filled:
            canvas.stroke(Path(polyline: [from, base]), stroke)
            let head = Path(polyline: [left, to, right], closed: true)
            canvas.fill(head, FillStyle(color: color))
            canvas.stroke(head, stroke)
        }
    }
}
