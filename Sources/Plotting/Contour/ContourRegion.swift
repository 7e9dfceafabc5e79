/// The part of the grid above one level, as closed rings in data coordinates.
///
/// Rings are oriented so the region lies to their left in data coordinates (x right,
/// y up): outer boundaries run counter-clockwise, holes clockwise. Filling all rings of
/// a region in one path with the non-zero rule paints exactly the region. The region is
/// closed along the grid border and along masked cells, as if they were below every level.
public struct ContourRegion: Sendable, Equatable {
    /// The level whose upper side this is.
    public let level: Double
    /// True when the region is `z ≥ level` (the lowest band of a filled contour), false for `z > level`.
    public let includesLevel: Bool
    /// Every ring's points, back to back; a ring does not repeat its first point.
    public let points: [Point]
    /// Index into `points` where each ring starts.
    public let ringStarts: [Int]

    public init(level: Double, includesLevel: Bool, points: [Point], ringStarts: [Int]) {
        self.level = level
        self.includesLevel = includesLevel
        self.points = points
        self.ringStarts = ringStarts
    }

    /// How many rings the region has.
    public var ringCount: Int { ringStarts.count }

    /// The points of ring `i`.
    public func ring(_ i: Int) -> ArraySlice<Point> {
        let end = i + 1 < ringStarts.count ? ringStarts[i + 1] : points.count
        return points[ringStarts[i]..<end]
    }

    /// The signed area of ring `i`: positive for outer (counter-clockwise) rings, negative for holes.
    public func signedArea(ofRing i: Int) -> Double {
        Self.signedArea(ring(i))
    }

    /// The area of the region: outer rings minus holes.
    public var area: Double {
        (0..<ringCount).reduce(0) { $0 + signedArea(ofRing: $1) }
    }

    /// Whether a data point lies inside the region (non-zero winding over all rings).
    public func contains(_ p: Point) -> Bool {
        var winding = 0
        for i in 0..<ringCount {
            let r = ring(i)
            guard var a = r.last else { continue }
            for b in r {
                if a.y <= p.y {
                    if b.y > p.y && Self.cross(a, b, p) > 0 { winding += 1 }
                } else if b.y <= p.y && Self.cross(a, b, p) < 0 {
                    winding -= 1
                }
                a = b
            }
        }
        return winding != 0
    }

    /// The rings as one path, each point mapped through `transform` (data to canvas).
    /// `reversed` runs every ring backwards, to subtract this region from another in one non-zero fill.
    public func path(reversed: Bool = false, _ transform: (Point) -> Point) -> Path {
        var path = Path()
        appendRings(to: &path, reversed: reversed, transform)
        return path
    }

    /// Adds the rings to an existing path.
    public func appendRings(to path: inout Path, reversed: Bool = false, _ transform: (Point) -> Point) {
        path.reserveCapacity(points.count + 2 * ringCount)
        for i in 0..<ringCount {
            let r = ring(i)
            guard !r.isEmpty else { continue }
            if reversed {
                var first = true
                for p in r.reversed() {
                    if first { path.move(to: transform(p)); first = false } else { path.line(to: transform(p)) }
                }
            } else {
                path.move(to: transform(r[r.startIndex]))
                for p in r.dropFirst() { path.line(to: transform(p)) }
            }
            path.close()
        }
    }

    static func signedArea(_ r: ArraySlice<Point>) -> Double {
        guard var a = r.last else { return 0 }
        var s = 0.0
        for b in r {
            s += a.x * b.y - b.x * a.y
            a = b
        }
        return s / 2
    }

    @inline(__always)
    private static func cross(_ a: Point, _ b: Point, _ p: Point) -> Double {
        (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y)
    }
}
