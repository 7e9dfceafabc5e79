/// Canvas geometry a legend at `.best` should not cover: matplotlib scores each
/// candidate position by the points inside it, the boxes it overlaps and the
/// lines crossing it, and takes the first with the lowest score.
public struct LegendObstacles: Sendable {
    /// Scatter offsets: each point inside the legend costs 1.
    public var points: [Point]
    /// Boxes (bars, text): each overlapped box costs 1.
    public var boxes: [Rect]
    /// Polylines (line plots, patch outlines): each one crossing or inside the legend costs 1.
    public var polylines: [[Point]]

    public init(points: [Point] = [], boxes: [Rect] = [], polylines: [[Point]] = []) {
        self.points = points
        self.boxes = boxes
        self.polylines = polylines
    }

    public static let none = LegendObstacles()

    /// matplotlib's badness of a legend box: points inside + boxes overlapped + lines crossing.
    func badness(of box: Rect) -> Int {
        var n = 0
        for p in points where p.x > box.minX && p.x < box.maxX && p.y > box.minY && p.y < box.maxY { n += 1 }
        for b in boxes where b.intersects(box) { n += 1 }
        for line in polylines where Self.polyline(line, touches: box) { n += 1 }
        return n
    }

    /// Whether any segment of the polyline lies inside or crosses the box.
    static func polyline(_ pts: [Point], touches box: Rect) -> Bool {
        guard let first = pts.first else { return false }
        if pts.count == 1 { return box.contains(first) }
        for i in 1..<pts.count where segment(pts[i - 1], pts[i], touches: box) { return true }
        return false
    }

    /// Liang-Barsky clipping: does the segment meet the box?
    static func segment(_ a: Point, _ b: Point, touches box: Rect) -> Bool {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return false }
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        let checks: [(Double, Double)] = [(-dx, a.x - box.minX), (dx, box.maxX - a.x),
                                          (-dy, a.y - box.minY), (dy, box.maxY - a.y)]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return false }; if r > t0 { t0 = r } } else { if r < t0 { return false }; if r < t1 { t1 = r } }
            }
        }
        return t0 <= t1
    }
}
