/// Vector regions of a categorical grid (a classifier's prediction on a grid), for decision-region plots.
///
/// Class boundaries run through the midpoints of grid edges whose ends differ. In a cell
/// where three or four classes meet, or two meet diagonally, the boundaries join at the
/// cell's centre, so the fills and the boundary lines share one planar subdivision.
///
/// Fills are seam-free because they are painted as *layers*: class `k`'s layer is its own
/// area plus a few cells (`overlap`) reaching into every class painted after it. Later
/// layers then cover those overlaps exactly, so every antialiased edge is drawn over the
/// colour that belongs next to it and the page background never shows through a boundary.
public struct CategoricalRegions: Sendable {
    /// Column coordinates.
    public let x: [Double]
    /// Row coordinates.
    public let y: [Double]
    /// Row-major class indices, `ny * nx`; negative values mean "no class" and stay unpainted.
    public let labels: [Int]
    /// Number of classes: valid labels are `0..<classCount`.
    public let classCount: Int

    public init(x: [Double], y: [Double], labels: [Int], classCount: Int? = nil) throws(ContourError) {
        try ContourGrid.validate(x: x, y: y, valueCount: labels.count)
        let maxLabel = labels.max() ?? -1
        let count = classCount ?? (maxLabel + 1)
        guard count >= 0 && maxLabel < count else { throw .labelOutOfRange(label: maxLabel, classCount: count) }
        self.x = x
        self.y = y
        self.labels = labels
        self.classCount = count
    }

    public var nx: Int { x.count }
    public var ny: Int { y.count }

    /// How many cells a layer reaches into the classes painted after it. Three cells cover a
    /// device pixel whenever a cell is at least a third of a pixel wide (a 1000-cell grid
    /// across 330 pixels or more); below that any remaining blend stays under a few percent.
    public static let defaultOverlap = 3

    /// One layer a class, in painting order (class 0 first): paint them one over the other.
    public func layers(overlap: Int = defaultOverlap) -> [ContourRegion] {
        ParallelChunks.map(classCount) { k in layer(k, overlap: overlap) }
    }

    /// The exact area of one class (no overlap), for measuring and for tests.
    public func region(of k: Int) -> ContourRegion { layer(k, overlap: 0) }

    /// The boundaries between classes as polylines, split where three or more classes meet.
    /// Boundaries next to "no class" nodes and along the grid border are not included.
    public func boundaries() -> ContourLineSet {
        var segments: [UndirectedSegment] = []
        let nx = self.nx
        labels.withUnsafeBufferPointer { lab in
            for i in 0..<(ny - 1) {
                for j in 0..<(nx - 1) {
                    let node = i * nx + j
                    let l0 = lab[node], l1 = lab[node + 1], l2 = lab[node + nx + 1], l3 = lab[node + nx]
                    if l0 == l1 && l1 == l2 && l2 == l3 { continue }
                    func corner(_ e: Int) -> Int {
                        switch e & 3 { case 0: l0; case 1: l1; case 2: l2; default: l3 }
                    }
                    func differs(_ e: Int) -> Bool { corner(e) != corner(e + 1) }
                    func drawn(_ e: Int) -> Bool { differs(e) && corner(e) >= 0 && corner(e + 1) >= 0 }
                    if Self.isJunction(l0, l1, l2, l3) {
                        for e in 0..<4 where drawn(e) {
                            segments.append(UndirectedSegment(a: edgeKey(e, node), b: centreKey(node),
                                                              pa: midpoint(e, i, j), pb: centre(i, j)))
                        }
                    } else {
                        // Two classes split by a straight cut: exactly two edges differ.
                        var first = -1, second = -1
                        for e in 0..<4 where differs(e) { if first < 0 { first = e } else { second = e } }
                        if first >= 0 && second >= 0 && drawn(first) && drawn(second) {
                            segments.append(UndirectedSegment(a: edgeKey(first, node), b: edgeKey(second, node),
                                                              pa: midpoint(first, i, j), pb: midpoint(second, i, j)))
                        }
                    }
                }
            }
        }
        return Self.chainUndirected(segments)
    }

    // MARK: - Tracing

    /// Cells where boundaries meet at the centre: three or more labels, or two on the diagonals.
    @inline(__always)
    static func isJunction(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Bool {
        if a == c && b == d { return a != b }
        var distinct = 1
        if b != a { distinct += 1 }
        if c != a && c != b { distinct += 1 }
        if d != a && d != b && d != c { distinct += 1 }
        return distinct >= 3
    }

    /// The midpoint of edge `e` of cell `(i, j)`: e0 bottom, e1 right, e2 top, e3 left.
    @inline(__always)
    private func midpoint(_ e: Int, _ i: Int, _ j: Int) -> Point {
        switch e {
        case 0: Point((x[j] + x[j + 1]) / 2, y[i])
        case 1: Point(x[j + 1], (y[i] + y[i + 1]) / 2)
        case 2: Point((x[j] + x[j + 1]) / 2, y[i + 1])
        default: Point(x[j], (y[i] + y[i + 1]) / 2)
        }
    }

    /// The key of edge `e` of the cell whose lower-left node is `node`, as `ContourSegment` keys edges.
    @inline(__always)
    private func edgeKey(_ e: Int, _ node: Int) -> Int {
        switch e {
        case 0: 2 * node
        case 1: 2 * (node + 1) + 1
        case 2: 2 * (node + nx)
        default: 2 * node + 1
        }
    }

    @inline(__always)
    private func centre(_ i: Int, _ j: Int) -> Point { Point((x[j] + x[j + 1]) / 2, (y[i] + y[i + 1]) / 2) }

    /// Cell centres get keys above every edge and border-node key.
    @inline(__always)
    private func centreKey(_ node: Int) -> Int { 3 * nx * ny + node }

    /// Which nodes class `k`'s layer covers (its own, and those of later classes within
    /// `overlap` cells of it), and the rows and columns holding any of them.
    private func membership(_ k: Int, overlap: Int) -> (member: [Bool], rows: ClosedRange<Int>, columns: ClosedRange<Int>)? {
        let nx = self.nx, ny = self.ny
        var inLayer = [Bool](repeating: false, count: labels.count)
        var rowLo = Int.max, rowHi = -1, colLo = Int.max, colHi = -1
        labels.withUnsafeBufferPointer { lab in
            inLayer.withUnsafeMutableBufferPointer { out in
                for i in 0..<ny {
                    let base = i * nx
                    for j in 0..<nx where lab[base + j] == k {
                        out[base + j] = true
                        rowLo = min(rowLo, i); rowHi = max(rowHi, i)
                        colLo = min(colLo, j); colHi = max(colHi, j)
                    }
                }
            }
        }
        guard rowHi >= 0 else { return nil }
        guard overlap > 0 && k < classCount - 1 else { return (inLayer, rowLo...rowHi, colLo...colHi) }
        // Square dilation of "label == k" by running counts: along each row, then down the
        // columns row by row (one count a column), so memory is walked in order.
        let own = inLayer
        var rowNear = [Bool](repeating: false, count: labels.count)
        var columnCount = [Int](repeating: 0, count: nx)
        let r0 = max(0, rowLo - overlap), r1 = min(ny - 1, rowHi + overlap)
        let c0 = max(0, colLo - overlap), c1 = min(nx - 1, colHi + overlap)
        own.withUnsafeBufferPointer { own in
            rowNear.withUnsafeMutableBufferPointer { near in
                for i in rowLo...rowHi {
                    let base = i * nx
                    var count = 0
                    for j in c0..<min(c0 + overlap, nx) where own[base + j] { count += 1 }
                    for j in c0...c1 {
                        let enter = j + overlap, leave = j - overlap - 1
                        if enter < nx && own[base + enter] { count += 1 }
                        if leave >= 0 && own[base + leave] { count -= 1 }
                        near[base + j] = count > 0
                    }
                }
            }
        }
        rowNear.withUnsafeBufferPointer { near in
            labels.withUnsafeBufferPointer { lab in
                columnCount.withUnsafeMutableBufferPointer { counts in
                    inLayer.withUnsafeMutableBufferPointer { out in
                        // Rows r0 - overlap ..< r0 prime the counts (rows outside rowLo...rowHi are all false).
                        for i in max(0, r0 - overlap)..<min(r0 + overlap, ny) {
                            for j in c0...c1 where near[i * nx + j] { counts[j] += 1 }
                        }
                        for i in r0...r1 {
                            let enter = i + overlap, leave = i - overlap - 1
                            for j in c0...c1 {
                                if enter < ny && near[enter * nx + j] { counts[j] += 1 }
                                if leave >= 0 && near[leave * nx + j] { counts[j] -= 1 }
                                let node = i * nx + j
                                if counts[j] > 0 && lab[node] > k { out[node] = true }
                            }
                        }
                    }
                }
            }
        }
        return (inLayer, r0...r1, c0...c1)
    }

    private func layer(_ k: Int, overlap: Int) -> ContourRegion {
        guard let (inLayer, rows, columns) = membership(k, overlap: overlap) else {
            return ContourRegion(level: Double(k), includesLevel: true, points: [], ringStarts: [])
        }
        let nx = self.nx
        var pieces: [ContourSegment] = []
        // Only cells touching a member node can hold a boundary.
        let cellRows = max(0, rows.lowerBound - 1)...min(ny - 2, rows.upperBound)
        let cellColumns = max(0, columns.lowerBound - 1)...min(nx - 2, columns.upperBound)
        labels.withUnsafeBufferPointer { lab in
            inLayer.withUnsafeBufferPointer { member in
                for i in cellRows {
                    for j in cellColumns {
                        let node = i * nx + j
                        var bits = 0
                        if member[node] { bits |= 1 }
                        if member[node + 1] { bits |= 2 }
                        if member[node + nx + 1] { bits |= 4 }
                        if member[node + nx] { bits |= 8 }
                        if bits == 0 || bits == 15 { continue }
                        let junction = Self.isJunction(lab[node], lab[node + 1], lab[node + nx + 1], lab[node + nx])
                        // Each run of member corners (counter-clockwise) is closed by a piece from the
                        // crossing where it ends back to the crossing where it starts.
                        for s in 0..<4 where bits & (1 << s) != 0 && bits & (1 << ((s + 3) & 3)) == 0 {
                            var e = s
                            while bits & (1 << ((e + 1) & 3)) != 0 { e = (e + 1) & 3 }
                            let exit = e, entry = (s + 3) & 3
                            let pExit = midpoint(exit, i, j), pEntry = midpoint(entry, i, j)
                            if junction {
                                let c = centre(i, j), key = centreKey(node)
                                pieces.append(ContourSegment(from: edgeKey(exit, node), to: key, start: pExit, end: c))
                                pieces.append(ContourSegment(from: key, to: edgeKey(entry, node), start: c, end: pEntry))
                            } else {
                                pieces.append(ContourSegment(from: edgeKey(exit, node), to: edgeKey(entry, node),
                                                             start: pExit, end: pEntry))
                            }
                        }
                    }
                }
            }
        }
        pieces += borderPieces(inLayer)
        let rings = RingAssembler.assemble(pieces, mirrored: (x[1] > x[0]) != (y[1] > y[0]))
        return ContourRegion(level: Double(k), includesLevel: true, points: rings.points, ringStarts: rings.starts)
    }

    /// The member parts of the grid border, counter-clockwise.
    private func borderPieces(_ member: [Bool]) -> [ContourSegment] {
        let nx = self.nx, ny = self.ny, n = nx * ny
        var out: [ContourSegment] = []
        func point(_ node: Int) -> Point { Point(x[node % nx], y[node / nx]) }
        func edge(_ from: Int, _ to: Int) {
            let a = member[from], b = member[to]
            if !a && !b { return }
            if a && b {
                out.append(ContourSegment(from: 2 * n + from, to: 2 * n + to, start: point(from), end: point(to)))
                return
            }
            let low = min(from, to), high = max(from, to)
            let key = 2 * low + (high - low == 1 ? 0 : 1)
            let pl = point(low), ph = point(high)
            let mid = Point((pl.x + ph.x) / 2, (pl.y + ph.y) / 2)
            if a {
                out.append(ContourSegment(from: 2 * n + from, to: key, start: point(from), end: mid))
            } else {
                out.append(ContourSegment(from: key, to: 2 * n + to, start: mid, end: point(to)))
            }
        }
        for j in 0..<(nx - 1) { edge(j, j + 1) }                                           // bottom, left to right
        for i in 0..<(ny - 1) { edge(i * nx + nx - 1, (i + 1) * nx + nx - 1) }             // right, upwards
        for j in stride(from: nx - 1, to: 0, by: -1) { edge((ny - 1) * nx + j, (ny - 1) * nx + j - 1) }  // top, right to left
        for i in stride(from: ny - 1, to: 0, by: -1) { edge(i * nx, (i - 1) * nx) }        // left, downwards
        return out
    }

    /// A boundary segment between two keyed places, without direction.
    struct UndirectedSegment: Sendable {
        var a: Int, b: Int
        var pa: Point, pb: Point
    }

    /// Joins undirected segments into polylines that stop at ends and at junctions (three or more segments).
    static func chainUndirected(_ segments: [UndirectedSegment]) -> ContourLineSet {
        // Each segment end as `key << 32 | segment << 1 | end`, sorted: the ends at one key sit together.
        var ends = [UInt64]()
        ends.reserveCapacity(2 * segments.count)
        for (s, seg) in segments.enumerated() {
            ends.append(UInt64(truncatingIfNeeded: seg.a) << 32 | UInt64(truncatingIfNeeded: s << 1))
            ends.append(UInt64(truncatingIfNeeded: seg.b) << 32 | UInt64(truncatingIfNeeded: s << 1 | 1))
        }
        ends.sort()
        func segment(_ entry: UInt64) -> Int { Int(truncatingIfNeeded: (entry & 0xffff_ffff) >> 1) }
        func end(_ entry: UInt64) -> Int { Int(truncatingIfNeeded: entry & 1) }
        func range(of key: Int) -> Range<Int> {
            let target = UInt64(truncatingIfNeeded: key)
            var lo = 0, hi = ends.count
            while lo < hi { let m = (lo + hi) >> 1; if ends[m] >> 32 < target { lo = m + 1 } else { hi = m } }
            var upper = lo
            while upper < ends.count && ends[upper] >> 32 == target { upper += 1 }
            return lo..<upper
        }
        func place(_ s: Int, _ e: Int) -> (key: Int, point: Point) {
            e == 0 ? (segments[s].a, segments[s].pa) : (segments[s].b, segments[s].pb)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var points: [Point] = [], starts: [Int] = [], closed: [Bool] = []
        func walk(from s0: Int, end e0: Int) {
            let start = points.count
            let firstKey = place(s0, e0).key
            points.append(place(s0, e0).point)
            var s = s0, e = e0
            var key = firstKey
            while true {
                used[s] = true
                let far = place(s, 1 - e)
                key = far.key
                points.append(far.point)
                let r = range(of: key)
                guard r.count == 2 else { break }   // an end, or a junction of three or more
                let entry = segment(ends[r.lowerBound]) == s && end(ends[r.lowerBound]) == 1 - e
                    ? ends[r.lowerBound + 1] : ends[r.lowerBound]
                let next = segment(entry)
                if used[next] { break }
                s = next
                e = end(entry)
            }
            let isClosed = key == firstKey && points.count - start > 2
            if isClosed { points.removeLast() }
            starts.append(start)
            closed.append(isClosed)
        }
        // Open chains start at places that are not plain joints (one segment, or three and more).
        for s in segments.indices where !used[s] {
            if range(of: segments[s].a).count != 2 { walk(from: s, end: 0) }
            if !used[s] && range(of: segments[s].b).count != 2 { walk(from: s, end: 1) }
        }
        for s in segments.indices where !used[s] { walk(from: s, end: 0) }
        return ContourLineSet(level: 0, points: points, starts: starts, closed: closed)
    }
}
