/// Traces contour lines and filled regions over a `ContourGrid` by marching squares.
///
/// The rules are matplotlib's (contourpy's): a corner is above a level when `z > level`
/// (equal counts as below); a saddle cell is resolved by the mean of its four corners;
/// crossings are interpolated linearly in `z` (also under a log norm). Regions are
/// traced as nested sets `{z > level}`, closed along the grid border and around masked
/// cells, so a filled contour can paint them one over the other without seams.
///
/// Work is split into fixed bands of rows for both cores, then each level is assembled on
/// its own; results are gathered in a fixed order, so the output never depends on timing.
public struct MarchingSquares: Sendable {
    public let grid: ContourGrid
    public let masking: ContourMasking

    /// Most levels one call traces (node classes are 16-bit).
    public static let maximumLevels = 10_000

    public init(grid: ContourGrid, masking: ContourMasking = .nonFinite) {
        self.grid = grid
        self.masking = masking
    }

    /// Contour lines at each level: the boundaries between `z > level` and `z ≤ level`.
    public func lines(at levels: [Double]) throws(ContourError) -> [ContourLineSet] {
        try Self.validate(levels, minimum: 1)
        let thresholds = levels.map { Threshold(classify: $0, value: $0) }
        let pieces = segments(thresholds).segments
        return ParallelChunks.map(levels.count) { k in assembleLines(pieces[k], level: levels[k]) }
    }

    /// The regions `{z > level}` for each level; the first is `{z ≥ level}` when `includingLowest`,
    /// as the lowest band of a filled contour includes its lower level.
    public func regions(above levels: [Double], includingLowest: Bool = true) throws(ContourError) -> [ContourRegion] {
        try trace(levels: levels, includingLowest: includingLowest, lines: false).regions
    }

    /// Regions and lines at the same levels in one pass over the grid: what a filled contour
    /// with its outline needs. Lines are always `z > level` boundaries; only the lowest region
    /// differs from its line when `includingLowest` (where `z` equals the level exactly).
    public func trace(levels: [Double], includingLowest: Bool = true, lines wantLines: Bool = true)
        throws(ContourError) -> (regions: [ContourRegion], lines: [ContourLineSet])
    {
        try Self.validate(levels, minimum: 1)
        // Thresholds in increasing classification order; the inclusive lowest region classifies
        // against the next double below its level, which makes `z > that` the same as `z ≥ level`.
        var thresholds: [Threshold] = []
        var regionIndex: [Int] = [], lineIndex: [Int] = []
        for (k, level) in levels.enumerated() {
            if k == 0 && includingLowest {
                regionIndex.append(thresholds.count)
                thresholds.append(Threshold(classify: level.nextDown, value: level))
                if wantLines {
                    lineIndex.append(thresholds.count)
                    thresholds.append(Threshold(classify: level, value: level))
                }
            } else {
                regionIndex.append(thresholds.count)
                if wantLines { lineIndex.append(thresholds.count) }
                thresholds.append(Threshold(classify: level, value: level))
            }
        }
        let (pieces, anyMasked) = segments(thresholds)
        let border = borderEdges(masked: anyMasked)
        let (thresholdList, regionAt, lineAt) = (thresholds, regionIndex, lineIndex)
        enum Job: Sendable { case region(Int), line(Int) }
        let jobs = (0..<levels.count).map { Job.region($0) } + (wantLines ? (0..<levels.count).map { Job.line($0) } : [])
        enum Result: Sendable { case region(ContourRegion), line(ContourLineSet) }
        let results = ParallelChunks.map(jobs.count) { n -> Result in
            switch jobs[n] {
            case .region(let k):
                let t = thresholdList[regionAt[k]]
                return .region(assembleRegion(pieces[regionAt[k]], threshold: t, border: border,
                                              level: levels[k], inclusive: k == 0 && includingLowest))
            case .line(let k):
                return .line(assembleLines(pieces[lineAt[k]], level: levels[k]))
            }
        }
        var regions: [ContourRegion] = [], lines: [ContourLineSet] = []
        for r in results {
            switch r {
            case .region(let region): regions.append(region)
            case .line(let line): lines.append(line)
            }
        }
        return (regions, lines)
    }

    static func validate(_ levels: [Double], minimum: Int) throws(ContourError) {
        guard levels.count >= minimum else { throw .tooFewLevels(count: levels.count, minimum: minimum) }
        guard levels.count <= maximumLevels else { throw .tooManyLevels(count: levels.count, maximum: maximumLevels) }
        for (i, l) in levels.enumerated() {
            guard l.isFinite else { throw .nonFiniteLevel(index: i) }
            if i > 0 && !(l > levels[i - 1]) {
                throw .levelsNotIncreasing(index: i, previous: levels[i - 1], value: l)
            }
        }
    }

    // MARK: - Pass 1: segments

    /// A level as the tracer uses it: corners are classified against `classify`
    /// and crossings interpolated at `value`.
    struct Threshold {
        var classify: Double
        var value: Double
    }

    /// Marks a masked node in the per-node class rows.
    private static let maskedClass = UInt16.max

    /// Every cell's segments for every threshold, in row-major cell order, and whether any node is masked.
    func segments(_ thresholds: [Threshold]) -> (segments: [[ContourSegment]], masked: Bool) {
        let cellRows = grid.ny - 1
        // A fixed number of row bands, from the grid size only, never from the core count.
        let bands = ParallelChunks.ranges(cellRows, pieces: min(16, max(1, grid.nx * cellRows / 65_536)))
        let perBand = ParallelChunks.map(bands.count) { b in traceBand(bands[b], thresholds) }
        var merged = [[ContourSegment]](repeating: [], count: thresholds.count)
        for k in 0..<thresholds.count {
            merged[k].reserveCapacity(perBand.reduce(0) { $0 + $1.segments[k].count })
            for band in perBand { merged[k].append(contentsOf: band.segments[k]) }
        }
        return (merged, perBand.contains { $0.masked })
    }

    /// How many thresholds each node of a row is above (`maskedClass` for masked nodes);
    /// returns whether any node of the row is masked.
    @discardableResult
    private func classify(row: Int, into out: UnsafeMutableBufferPointer<UInt16>,
                          z: UnsafeBufferPointer<Double>, classifiers: UnsafeBufferPointer<Double>) -> Bool {
        let nx = grid.nx, base = row * nx, n = classifiers.count
        var anyMasked = false
        let positiveOnly = masking == .nonPositive
        // Neighbouring nodes mostly share a class: start from the previous node's and walk a
        // step or two; fall back to a binary search after a few steps (rough data, many levels).
        var c = 0
        for j in 0..<nx {
            let v = z[base + j]
            if !v.isFinite || (positiveOnly && !(v > 0)) {
                out[j] = Self.maskedClass
                anyMasked = true
                continue
            }
            var steps = 0
            while c < n && classifiers[c] < v && steps < 4 { c += 1; steps += 1 }
            while c > 0 && !(classifiers[c - 1] < v) && steps < 4 { c -= 1; steps += 1 }
            if steps == 4 {
                var lo = 0, hi = n
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if classifiers[mid] < v { lo = mid + 1 } else { hi = mid }
                }
                c = lo
            }
            out[j] = UInt16(truncatingIfNeeded: c)
        }
        return anyMasked
    }

    /// One band's segments for every threshold, and whether the band touches a masked node.
    private func traceBand(_ rows: Range<Int>, _ thresholds: [Threshold]) -> (segments: [[ContourSegment]], masked: Bool) {
        var out = [[ContourSegment]](repeating: [], count: thresholds.count)
        var masked = false
        let nx = grid.nx
        let classifiers = thresholds.map(\.classify)
        let values = thresholds.map(\.value)
        var below = [UInt16](repeating: 0, count: nx), above = [UInt16](repeating: 0, count: nx)
        grid.z.withUnsafeBufferPointer { z in
            grid.x.withUnsafeBufferPointer { xs in
                grid.y.withUnsafeBufferPointer { ys in
                    classifiers.withUnsafeBufferPointer { cls in
                        below.withUnsafeMutableBufferPointer { c0Buffer in
                            above.withUnsafeMutableBufferPointer { c1Buffer in
                                var c0 = c0Buffer, c1 = c1Buffer
                                if classify(row: rows.lowerBound, into: c0, z: z, classifiers: cls) { masked = true }
                                for i in rows {
                                    if classify(row: i + 1, into: c1, z: z, classifiers: cls) { masked = true }
                                    let r0 = i * nx, r1 = r0 + nx
                                    let y0 = ys[i], y1 = ys[i + 1]
                                    for j in 0..<(nx - 1) {
                                        let a = c0[j], b = c0[j + 1], c = c1[j + 1], d = c1[j]
                                        let hi = max(max(a, b), max(c, d))
                                        if hi == Self.maskedClass { continue }
                                        let lo = min(min(a, b), min(c, d))
                                        if lo == hi { continue }
                                        let cell = Cell(
                                            z00: z[r0 + j], z01: z[r0 + j + 1], z11: z[r1 + j + 1], z10: z[r1 + j],
                                            x0: xs[j], x1: xs[j + 1], y0: y0, y1: y1,
                                            node: r0 + j, nx: nx)
                                        for k in Int(lo)..<Int(hi) {
                                            let kk = UInt16(truncatingIfNeeded: k)
                                            var index = 0
                                            if a > kk { index |= 1 }
                                            if b > kk { index |= 2 }
                                            if c > kk { index |= 4 }
                                            if d > kk { index |= 8 }
                                            cell.emit(case: index, classify: cls[k], value: values[k], into: &out[k])
                                        }
                                    }
                                    swap(&c0, &c1)
                                }
                            }
                        }
                    }
                }
            }
        }
        return (out, masked)
    }

    // MARK: - Pass 2: assembly

    /// Cell edges on the boundary of the traceable area (grid border, or next to a masked cell),
    /// each as `cell * 4 + edge`, in a fixed order.
    func borderEdges(masked anyMasked: Bool) -> [Int] {
        let nx = grid.nx, ny = grid.ny, cols = nx - 1, rows = ny - 1
        var masked: [Bool]? = nil
        if anyMasked {
            var m = [Bool](repeating: false, count: cols * rows)
            grid.z.withUnsafeBufferPointer { z in
                for i in 0..<rows {
                    for j in 0..<cols {
                        let n = i * nx + j
                        m[i * cols + j] = masking.isMasked(z[n]) || masking.isMasked(z[n + 1])
                            || masking.isMasked(z[n + nx]) || masking.isMasked(z[n + nx + 1])
                    }
                }
            }
            masked = m
        }
        var edges: [Int] = []
        guard let masked else {
            // The outer border only, counter-clockwise from the lower-left corner.
            edges.reserveCapacity(2 * (rows + cols))
            for j in 0..<cols { edges.append(j * 4) }
            for i in 0..<rows { edges.append((i * cols + cols - 1) * 4 + 1) }
            for j in stride(from: cols - 1, through: 0, by: -1) { edges.append(((rows - 1) * cols + j) * 4 + 2) }
            for i in stride(from: rows - 1, through: 0, by: -1) { edges.append((i * cols) * 4 + 3) }
            return edges
        }
        for i in 0..<rows {
            for j in 0..<cols {
                let cell = i * cols + j
                if masked[cell] { continue }
                // e0 bottom, e1 right, e2 top, e3 left: outside the grid or next to a masked cell.
                if i == 0 || masked[cell - cols] { edges.append(cell * 4) }
                if j == cols - 1 || masked[cell + 1] { edges.append(cell * 4 + 1) }
                if i == rows - 1 || masked[cell + cols] { edges.append(cell * 4 + 2) }
                if j == 0 || masked[cell - 1] { edges.append(cell * 4 + 3) }
            }
        }
        return edges
    }

    /// The pieces of the border that lie above the threshold, oriented counter-clockwise
    /// around their cell so that the region stays on the left.
    private func borderPieces(_ edges: [Int], _ t: Threshold) -> [ContourSegment] {
        let nx = grid.nx, cols = nx - 1
        var out: [ContourSegment] = []
        let nodeKeyBase = 2 * nx * grid.ny
        grid.z.withUnsafeBufferPointer { z in
            for code in edges {
                let cell = code >> 2, edge = code & 3
                let i = cell / cols, j = cell % cols
                let n00 = i * nx + j
                // Nodes in counter-clockwise order along this edge, and the edge's canonical key and nodes.
                let (from, to): (Int, Int)
                switch edge {
                case 0: (from, to) = (n00, n00 + 1)
                case 1: (from, to) = (n00 + 1, n00 + nx + 1)
                case 2: (from, to) = (n00 + nx + 1, n00 + nx)
                default: (from, to) = (n00 + nx, n00)
                }
                let fromAbove = z[from] > t.classify, toAbove = z[to] > t.classify
                if !fromAbove && !toAbove { continue }
                let pFrom = nodePoint(from), pTo = nodePoint(to)
                if fromAbove && toAbove {
                    out.append(ContourSegment(from: nodeKeyBase + from, to: nodeKeyBase + to, start: pFrom, end: pTo))
                    continue
                }
                // Canonical direction: from the lower node index to the higher one, as the cells compute it.
                let (lowNode, highNode) = (min(from, to), max(from, to))
                let horizontal = highNode - lowNode == 1
                let key = 2 * lowNode + (horizontal ? 0 : 1)
                let crossing = Cell.interpolate(z[lowNode], z[highNode], nodePoint(lowNode), nodePoint(highNode), t.value)
                if fromAbove {
                    out.append(ContourSegment(from: nodeKeyBase + from, to: key, start: pFrom, end: crossing))
                } else {
                    out.append(ContourSegment(from: key, to: nodeKeyBase + to, start: crossing, end: pTo))
                }
            }
        }
        return out
    }

    @inline(__always)
    private func nodePoint(_ n: Int) -> Point {
        Point(grid.x[n % grid.nx], grid.y[n / grid.nx])
    }

    private func assembleRegion(_ segments: [ContourSegment], threshold: Threshold, border: [Int],
                                level: Double, inclusive: Bool) -> ContourRegion {
        let rings = RingAssembler.assemble(segments + borderPieces(border, threshold), mirrored: grid.isMirrored)
        return ContourRegion(level: level, includesLevel: inclusive, points: rings.points, ringStarts: rings.starts)
    }

    private func assembleLines(_ pieces: [ContourSegment], level: Double) -> ContourLineSet {
        let chains = ContourChains(pieces)
        let n = pieces.count
        var used = [Bool](repeating: false, count: n)
        var successor = [Int](repeating: -1, count: n)
        var hasPredecessor = [Bool](repeating: false, count: n)
        for p in 0..<n {
            if let q = chains.next(after: pieces[p].to, used: used) {
                successor[p] = q
                hasPredecessor[q] = true
            }
        }
        var points: [Point] = [], starts: [Int] = [], closed: [Bool] = []
        points.reserveCapacity(n + n / 8)
        func walk(from first: Int) {
            let start = points.count
            var p = first
            var isClosed = false
            while true {
                used[p] = true
                Self.appendSkippingDuplicate(pieces[p].start, to: &points, lineStart: start)
                let q = successor[p]
                if q < 0 { break }
                if used[q] { isClosed = q == first; break }
                p = q
            }
            if !isClosed { Self.appendSkippingDuplicate(pieces[p].end, to: &points, lineStart: start) }
            starts.append(start)
            closed.append(isClosed)
        }
        for p in 0..<n where !used[p] && !hasPredecessor[p] { walk(from: p) }
        for p in 0..<n where !used[p] { walk(from: p) }
        return ContourLineSet(level: level, points: points, starts: starts, closed: closed)
    }

    @inline(__always)
    private static func appendSkippingDuplicate(_ p: Point, to points: inout [Point], lineStart: Int) {
        if points.count > lineStart && points[points.count - 1] == p { return }
        points.append(p)
    }
}
