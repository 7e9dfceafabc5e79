/// The marker shapes matplotlib draws for scatter and line markers, with its geometry.
///
/// `size` is matplotlib's marker size in points (`markersize` for lines,
/// `sqrt(s)` for scatter): a circle of size 6 has a 6 pt diameter, a square of
/// size 6 a 6 pt side.
public enum MarkerShape: String, Sendable, Hashable, CaseIterable {
    /// `'o'`: a disc of diameter `size`.
    case circle = "o"
    /// `'.'`: a disc of half the size.
    case point = "."
    /// `'x'`: a diagonal cross (stroked, not filled).
    case x = "x"
    /// `'+'`: an upright cross (stroked, not filled).
    case plus = "+"
    /// `'s'`: a square of side `size`.
    case square = "s"
    /// `'^'`: an upward triangle.
    case triangleUp = "^"
    /// `'v'`: a downward triangle.
    case triangleDown = "v"
    /// `'D'`: a square turned 45 degrees.
    case diamond = "D"

    /// The shape for a matplotlib marker code such as `"o"` or `"^"`, or nil.
    public init?(code: String) {
        self.init(rawValue: code)
    }

    /// Whether the shape has an inside to fill; crosses are only stroked.
    public var isFilled: Bool {
        switch self {
        case .x, .plus: false
        default: true
        }
    }

    /// The outline around the origin in canvas points (y down) for a marker of `size` points.
    public func path(size: Double) -> Path {
        let h = 0.5 * size
        switch self {
        case .circle:
            return Path(circleCenter: .zero, radius: h)
        case .point:
            return Path(circleCenter: .zero, radius: 0.5 * h)
        case .x:
            return Path(elements: [.move(Point(-h, h)), .line(Point(h, -h)),
                                   .move(Point(-h, -h)), .line(Point(h, h))])
        case .plus:
            return Path(elements: [.move(Point(-h, 0)), .line(Point(h, 0)),
                                   .move(Point(0, -h)), .line(Point(0, h))])
        case .square:
            return Path(rect: Rect(x: -h, y: -h, width: size, height: size))
        case .triangleUp:
            return Path(polyline: [Point(0, -h), Point(-h, h), Point(h, h)], closed: true)
        case .triangleDown:
            return Path(polyline: [Point(0, h), Point(h, -h), Point(-h, -h)], closed: true)
        case .diamond:
            // matplotlib rotates the unit square by 45 degrees: half-diagonal size / sqrt(2).
            let r = size * 0.7071067811865476
            return Path(polyline: [Point(r, 0), Point(0, -r), Point(-r, 0), Point(0, r)], closed: true)
        }
    }
}
