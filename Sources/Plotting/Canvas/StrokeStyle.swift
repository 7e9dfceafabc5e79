/// How the outline of a path is drawn. Widths and dash lengths are in points.
public struct StrokeStyle: Sendable, Hashable {
    public enum LineCap: Sendable, Hashable { case butt, round, square }
    public enum LineJoin: Sendable, Hashable { case miter, round, bevel }

    public var color: Color
    public var width: Double
    /// On/off lengths in points; empty for a solid line.
    public var dash: [Double]
    public var dashOffset: Double
    public var cap: LineCap
    public var join: LineJoin
    /// Snap straight horizontal and vertical segments to the device pixel grid
    /// (spines, ticks, grid lines) so they stay crisp in raster output, as matplotlib does.
    public var snap: Bool

    public init(color: Color, width: Double = 1.5, dash: [Double] = [], dashOffset: Double = 0,
                cap: LineCap = .butt, join: LineJoin = .round, snap: Bool = false) {
        self.color = color
        self.width = width
        self.dash = dash
        self.dashOffset = dashOffset
        self.cap = cap
        self.join = join
        self.snap = snap
    }
}
