import Foundation

/// A vector path in canvas points: sub-paths of lines and cubic Béziers.
///
/// Everything a figure draws is a path handed to a `Canvas`, so a backend
/// needs little more than "fill this" and "stroke this".
public struct Path: Sendable, Hashable {
    /// One drawing instruction.
    public enum Element: Sendable, Hashable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    public init(elements: [Element]) {
        self.elements = elements
    }

    public var isEmpty: Bool { elements.isEmpty }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        elements.append(.curve(control1, control2, p))
    }
    public mutating func close() { elements.append(.close) }

    /// Appends another path's elements.
    public mutating func append(_ other: Path) { elements.append(contentsOf: other.elements) }

    /// Reserves room for `n` more elements (large contour and marker paths).
    public mutating func reserveCapacity(_ n: Int) { elements.reserveCapacity(elements.count + n) }

    /// A polyline through the points, closed if asked.
    public init(polyline points: [Point], closed: Bool = false) {
        guard let first = points.first else { return }
        elements.reserveCapacity(points.count + 1)
        elements.append(.move(first))
        for p in points.dropFirst() { elements.append(.line(p)) }
        if closed { elements.append(.close) }
    }

    /// A rectangle, clockwise on screen.
    public init(rect r: Rect) {
        self.init(polyline: [Point(r.minX, r.minY), Point(r.maxX, r.minY),
                             Point(r.maxX, r.maxY), Point(r.minX, r.maxY)], closed: true)
    }

    /// A full ellipse (circle when `rx == ry`) from four Bézier quadrants.
    public init(ellipseCenter c: Point, rx: Double, ry: Double) {
        let k = 0.5522847498307936  // 4/3 (sqrt(2) - 1)
        move(to: Point(c.x + rx, c.y))
        curve(to: Point(c.x, c.y + ry), control1: Point(c.x + rx, c.y + k * ry), control2: Point(c.x + k * rx, c.y + ry))
        curve(to: Point(c.x - rx, c.y), control1: Point(c.x - k * rx, c.y + ry), control2: Point(c.x - rx, c.y + k * ry))
        curve(to: Point(c.x, c.y - ry), control1: Point(c.x - rx, c.y - k * ry), control2: Point(c.x - k * rx, c.y - ry))
        curve(to: Point(c.x + rx, c.y), control1: Point(c.x + k * rx, c.y - ry), control2: Point(c.x + rx, c.y - k * ry))
        close()
    }

    /// A circle.
    public init(circleCenter c: Point, radius r: Double) {
        self.init(ellipseCenter: c, rx: r, ry: r)
    }

    /// The path with every point mapped through `t`.
    public func applying(_ t: AffineTransform) -> Path {
        Path(elements: elements.map {
            switch $0 {
            case .move(let p): .move(t.apply(p))
            case .line(let p): .line(t.apply(p))
            case .curve(let a, let b, let p): .curve(t.apply(a), t.apply(b), t.apply(p))
            case .close: .close
            }
        })
    }

    /// The path moved by an offset.
    public func offsetBy(_ d: Point) -> Path { applying(.translation(d.x, d.y)) }

    /// The bounding box of all points, control points included; nil for an empty path.
    public var controlBounds: Rect? {
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        func add(_ p: Point) { x0 = min(x0, p.x); y0 = min(y0, p.y); x1 = max(x1, p.x); y1 = max(y1, p.y) }
        for e in elements {
            switch e {
            case .move(let p), .line(let p): add(p)
            case .curve(let a, let b, let p): add(a); add(b); add(p)
            case .close: break
            }
        }
        return x0 <= x1 ? Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : nil
    }
}
