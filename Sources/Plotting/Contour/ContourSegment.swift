/// One directed piece of a contour or region boundary, with the region above its level on the left.
///
/// `from` and `to` are keys of the places the piece joins others: a crossing on a grid edge
/// (`2 * node` for the edge to the next column, `2 * node + 1` for the edge to the next row)
/// or a grid node on the border (`2 * nx * ny + node`). Pieces that share a key join up.
struct ContourSegment: Sendable {
    var from: Int
    var to: Int
    var start: Point
    var end: Point
}

/// Finds, for a key, the piece that starts there: a sorted index instead of a hash map,
/// so that joining tens of thousands of pieces stays cheap and allocation-free per piece.
struct ContourChains: Sendable {
    /// `(from key << 32) | piece index`, ascending.
    private let sorted: [UInt64]

    init(_ pieces: [ContourSegment]) {
        var keys = [UInt64](repeating: 0, count: pieces.count)
        for (i, p) in pieces.enumerated() { keys[i] = UInt64(truncatingIfNeeded: p.from) << 32 | UInt64(i) }
        keys.sort()
        sorted = keys
    }

    /// The lowest-numbered unused piece starting at `key`, if any.
    func next(after key: Int, used: [Bool]) -> Int? {
        let target = UInt64(truncatingIfNeeded: key) << 32
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if sorted[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        while lo < sorted.count && sorted[lo] >> 32 == target >> 32 {
            let index = Int(truncatingIfNeeded: sorted[lo] & 0xffff_ffff)
            if !used[index] { return index }
            lo += 1
        }
        return nil
    }
}
