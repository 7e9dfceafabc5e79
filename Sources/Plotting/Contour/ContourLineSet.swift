/// The contour lines of one level: polylines in data coordinates, open or closed.
///
/// Points are stored back to back in one array (no allocation per line); `starts`
/// says where each polyline begins. A closed polyline does not repeat its first point.
public struct ContourLineSet: Sendable, Equatable {
    /// The level the lines trace.
    public let level: Double
    /// Every polyline's points, back to back.
    public let points: [Point]
    /// Index into `points` where each polyline starts.
    public let starts: [Int]
    /// Whether each polyline closes on itself (false when it ends on the grid border or a masked cell).
    public let closed: [Bool]

    public init(level: Double, points: [Point], starts: [Int], closed: [Bool]) {
        precondition(starts.count == closed.count, "one closed flag a polyline")
        self.level = level
        self.points = points
        self.starts = starts
        self.closed = closed
    }

    /// How many polylines the level has.
    public var count: Int { starts.count }

    /// The points of polyline `i`.
    public func polyline(_ i: Int) -> ArraySlice<Point> {
        let end = i + 1 < starts.count ? starts[i + 1] : points.count
        return points[starts[i]..<end]
    }

    /// The lines as one path, each point mapped through `transform` (data to canvas).
    public func path(_ transform: (Point) -> Point) -> Path {
        var path = Path()
        path.reserveCapacity(points.count + count)
        for i in 0..<count {
            let line = polyline(i)
            guard let first = line.first else { continue }
            path.move(to: transform(first))
            for p in line.dropFirst() { path.line(to: transform(p)) }
            if closed[i] { path.close() }
        }
        return path
    }
}
