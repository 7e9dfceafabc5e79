/// Joins directed boundary pieces into closed rings, merging repeated and collinear grid points.
///
/// Every key where one piece ends has a piece that starts there (the pieces come from a
/// closed boundary), so following `to` keys always returns to the start. Where a boundary
/// touches itself (a key with two pieces leaving) any pairing gives rings that fill the
/// same area under the non-zero rule.
enum RingAssembler {
    static func assemble(_ pieces: [ContourSegment], mirrored: Bool) -> (points: [Point], starts: [Int]) {
        let chains = ContourChains(pieces)
        var points: [Point] = []
        points.reserveCapacity(pieces.count)
        var starts: [Int] = []
        var used = [Bool](repeating: false, count: pieces.count)
        for first in 0..<pieces.count where !used[first] {
            let ringStart = points.count
            var p = first
            while true {
                used[p] = true
                appendMerging(pieces[p].start, to: &points, ringStart: ringStart)
                if pieces[p].to == pieces[first].from { break }
                guard let next = chains.next(after: pieces[p].to, used: used) else { break }
                p = next
            }
            closeRing(&points, ringStart: ringStart)
            if points.count - ringStart >= 3 {
                if mirrored { points[ringStart...].reverse() }
                starts.append(ringStart)
            } else {
                points.removeSubrange(ringStart...)
            }
        }
        return (points, starts)
    }

    /// Appends a ring point, dropping repeats and the middle of three points on one grid line
    /// (the border of a large region would otherwise keep one point per grid node).
    @inline(__always)
    static func appendMerging(_ p: Point, to points: inout [Point], ringStart: Int) {
        let count = points.count - ringStart
        if count >= 1 && points[points.count - 1] == p { return }
        if count >= 2 {
            let a = points[points.count - 2], b = points[points.count - 1]
            if (a.x == b.x && b.x == p.x) || (a.y == b.y && b.y == p.y) {
                points[points.count - 1] = p
                return
            }
        }
        points.append(p)
    }

    /// Applies the same merging across the seam where a ring closes.
    static func closeRing(_ points: inout [Point], ringStart: Int) {
        while points.count - ringStart >= 3 {
            let last = points[points.count - 1]
            let first = points[ringStart], beforeLast = points[points.count - 2]
            if last == first || (beforeLast.x == last.x && last.x == first.x) || (beforeLast.y == last.y && last.y == first.y) {
                points.removeLast()
                continue
            }
            let second = points[ringStart + 1]
            if (last.x == first.x && first.x == second.x) || (last.y == first.y && first.y == second.y) {
                points.remove(at: ringStart)
                continue
            }
            break
        }
    }
}
