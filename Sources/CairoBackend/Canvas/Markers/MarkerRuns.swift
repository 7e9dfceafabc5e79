import Plotting

/// Splits markers, in input order, into consecutive runs in which no two markers come near
/// each other, so that each run can be painted as one path: fill once, stroke once.
///
/// Painting a run's markers together paints exactly what painting them one after another
/// does only when their inks are disjoint: then neither order nor the fill-all-then-stroke-all
/// sequence can show. Every marker has the same box (`size`, its ink plus a gap), so two
/// markers come near each other when their centres are less than a box apart on both axes.
/// A run ends just before the first marker that comes near one already in it.
///
/// The test is O(1) a marker: centres are hashed into a grid of box-sized cells, which
/// holds at most one marker of the current run a cell (two in one cell would overlap), and
/// a new marker can only come near markers in the 3 × 3 cells around its own. A new run
/// does not clear the table: entries of earlier runs carry an older run number and count
/// as empty.
struct MarkerRuns {
    /// Where each run starts in the input; the last run ends at the input's end.
    private(set) var starts: [Int] = []
    let count: Int

    /// Cell coordinates beyond this are clamped: markers that far out share cells, which at
    /// worst ends a run early (the safe direction), and never overflows an integer.
    static let cellLimit = Double(1 << 40)

    /// - Parameters:
    ///   - centres: the markers' positions, in input order; non-finite ones come near nothing.
    ///   - size: the box around each marker that no other marker of its run may reach into;
    ///     both sides must be positive and finite.
    init(_ centres: [Point], size: Size) {
        precondition(size.width > 0 && size.height > 0 && size.width.isFinite && size.height.isFinite,
                     "MarkerRuns needs a positive, finite box")
        count = centres.count
        guard !centres.isEmpty else { return }
        var table = CellTable(capacity: centres.count)
        var run = 0
        starts.append(0)
        for (i, c) in centres.enumerated() {
            guard c.x.isFinite, c.y.isFinite else { continue }
            let cx = Self.cell(c.x / size.width), cy = Self.cell(c.y / size.height)
            var near = false
            search: for dy in -1...1 {
                for dx in -1...1 {
                    guard let j = table.marker(at: cx + dx, cy + dy, run: run) else { continue }
                    let other = centres[j]
                    // In the same cell counts as near even when clamping put it there.
                    if (dx == 0 && dy == 0) || (abs(other.x - c.x) < size.width && abs(other.y - c.y) < size.height) {
                        near = true
                        break search
                    }
                }
            }
            if near {
                run += 1
                starts.append(i)
            }
            table.insert(i, at: cx, cy, run: run)
        }
    }

    /// The runs as ranges of input indices, in order; together they cover every index once.
    var ranges: [Range<Int>] {
        starts.indices.map { k in starts[k]..<(k + 1 < starts.count ? starts[k + 1] : count) }
    }

    private static func cell(_ v: Double) -> Int {
        Int(min(cellLimit, max(-cellLimit, v.rounded(.down))))
    }
}

/// An open-addressing hash from grid cells to the marker of the current run in that cell.
private struct CellTable {
    private var keys: [(x: Int, y: Int)]
    private var markers: [Int]
    /// The run each slot was written in; slots of earlier runs are free.
    private var runs: [Int]
    private let mask: Int

    init(capacity: Int) {
        // At most `capacity` live entries: a table twice that size keeps probe chains short.
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        keys = Array(repeating: (0, 0), count: size)
        markers = Array(repeating: 0, count: size)
        runs = Array(repeating: -1, count: size)
        mask = size - 1
    }

    private func slot(_ x: Int, _ y: Int) -> Int {
        // Multiplicative hashing of both coordinates (wrapping: only the bits matter).
        var h = UInt64(bitPattern: Int64(x)) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(bitPattern: Int64(y)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    func marker(at x: Int, _ y: Int, run: Int) -> Int? {
        var s = slot(x, y)
        while runs[s] == run {
            if keys[s] == (x, y) { return markers[s] }
            s = (s + 1) & mask
        }
        return nil
    }

    /// Puts marker `i` into its cell; the cell must hold no marker of this run.
    mutating func insert(_ i: Int, at x: Int, _ y: Int, run: Int) {
        var s = slot(x, y)
        while runs[s] == run { s = (s + 1) & mask }
        keys[s] = (x, y)
        markers[s] = i
        runs[s] = run
    }
}
