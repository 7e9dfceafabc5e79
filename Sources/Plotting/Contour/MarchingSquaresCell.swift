/// One grid cell during tracing: its corner values and coordinates, and the segments of each case.
///
/// Corners run counter-clockwise from the lower-left: p0 `(i, j)`, p1 `(i, j+1)`,
/// p2 `(i+1, j+1)`, p3 `(i+1, j)`; edge `e_k` joins `p_k` to `p_(k+1)`. Each segment goes
/// from the crossing where a run of above corners ends to where it starts (counter-clockwise),
/// which keeps the region above the level on its left.
struct Cell {
    let z00: Double, z01: Double, z11: Double, z10: Double
    let x0: Double, x1: Double, y0: Double, y1: Double
    /// Node index of p0.
    let node: Int
    let nx: Int

    /// The crossing on edge `e` and its key. Every edge is interpolated from its lower node
    /// index to its higher one, so both cells sharing it compute the very same point.
    @inline(__always)
    func crossing(_ e: Int, _ value: Double) -> (key: Int, point: Point) {
        switch e {
        case 0: (2 * node, Self.interpolate(z00, z01, Point(x0, y0), Point(x1, y0), value))
        case 1: (2 * (node + 1) + 1, Self.interpolate(z01, z11, Point(x1, y0), Point(x1, y1), value))
        case 2: (2 * (node + nx), Self.interpolate(z10, z11, Point(x0, y1), Point(x1, y1), value))
        default: (2 * node + 1, Self.interpolate(z00, z10, Point(x0, y0), Point(x0, y1), value))
        }
    }

    /// Where `value` lies on the straight line from `(pa, za)` to `(pb, zb)`, clamped to the edge.
    @inline(__always)
    static func interpolate(_ za: Double, _ zb: Double, _ pa: Point, _ pb: Point, _ value: Double) -> Point {
        var t = (value - za) / (zb - za)
        if !(t >= 0 && t <= 1) { t = t.isNaN ? 0.5 : Swift.min(Swift.max(t, 0), 1) }
        return Point(pa.x + t * (pb.x - pa.x), pa.y + t * (pb.y - pa.y))
    }

    @inline(__always)
    private func segment(_ from: Int, _ to: Int, _ value: Double, into out: inout [ContourSegment]) {
        let a = crossing(from, value), b = crossing(to, value)
        out.append(ContourSegment(from: a.key, to: b.key, start: a.point, end: b.point))
    }

    /// Appends the segments of marching-squares case `index` (bit k set when corner p_k is above).
    /// Saddles (5 and 10) join the above corners when the mean of the four corners is above too.
    @inline(__always)
    func emit(case index: Int, classify: Double, value: Double, into out: inout [ContourSegment]) {
        switch index {
        case 1: segment(0, 3, value, into: &out)
        case 2: segment(1, 0, value, into: &out)
        case 3: segment(1, 3, value, into: &out)
        case 4: segment(2, 1, value, into: &out)
        case 5:
            if centreAbove(classify) {
                segment(0, 1, value, into: &out); segment(2, 3, value, into: &out)
            } else {
                segment(0, 3, value, into: &out); segment(2, 1, value, into: &out)
            }
        case 6: segment(2, 0, value, into: &out)
        case 7: segment(2, 3, value, into: &out)
        case 8: segment(3, 2, value, into: &out)
        case 9: segment(0, 2, value, into: &out)
        case 10:
            if centreAbove(classify) {
                segment(1, 2, value, into: &out); segment(3, 0, value, into: &out)
            } else {
                segment(1, 0, value, into: &out); segment(3, 2, value, into: &out)
            }
        case 11: segment(1, 2, value, into: &out)
        case 12: segment(3, 1, value, into: &out)
        case 13: segment(0, 1, value, into: &out)
        case 14: segment(3, 0, value, into: &out)
        default: break
        }
    }

    @inline(__always)
    private func centreAbove(_ classify: Double) -> Bool {
        0.25 * (z00 + z01 + z11 + z10) > classify
    }
}
