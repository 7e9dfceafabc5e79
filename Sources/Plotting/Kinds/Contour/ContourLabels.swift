import Foundation

/// In-line labels on contour lines (matplotlib's `clabel`): the level's value written along
/// the line, rotated with it and kept upright, with the line cut under the text.
public struct ContourLabels: Sendable, Hashable {
    /// How a level's value is written.
    public enum Format: Sendable, Hashable {
        /// The shortest decimal that shows every level distinctly (matplotlib's default formatter).
        case automatic
        /// A fixed number of decimals (`fmt='%1.2f'`).
        case decimals(Int)
        /// The text for each level, by position; levels beyond the list use `.automatic`.
        case texts([String])
    }

    /// Text size in points (10).
    public var fontSize: Double
    public var format: Format
    /// The label colour, or nil for the line's own colour.
    public var color: Color?
    /// Cut the line under the label (matplotlib's `inline=True`).
    public var inline: Bool
    /// Extra gap on each side of the label, in points (matplotlib's `inline_spacing`, 5 px at 100 dpi).
    public var spacing: Double

    public init(fontSize: Double = 10, format: Format = .automatic, color: Color? = nil, inline: Bool = true,
                spacing: Double = 3.6) {
        self.fontSize = fontSize
        self.format = format
        self.color = color
        self.inline = inline
        self.spacing = spacing
    }

    /// The label text of `level`, the `index`-th level.
    func text(for level: Double, at index: Int) -> String {
        switch format {
        case .decimals(let n):
            return String(format: "%.\(max(0, min(n, 15)))f", level)
        case .texts(let texts):
            return index < texts.count ? texts[index] : Self.shortest(level)
        case .automatic:
            return Self.shortest(level)
        }
    }

    /// The shortest round-trip decimal of a value, without a trailing ".0" on whole numbers
    /// beyond what is needed.
    static func shortest(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        for digits in 1...15 {
            let s = String(format: "%.\(digits)g", v)
            if let back = Double(s), abs(back - v) <= 1e-9 * max(abs(v), 1e-300) { return s }
        }
        return String(v)
    }
}

/// Chooses where labels go on a level's polylines and cuts the gaps.
struct ContourLabelPlacer<C: Canvas> {
    let text: String
    let fontSize: Double
    let canvas: C
    let spacing: Double
    let inline: Bool

    /// One placed label.
    struct Placed {
        let layout: TextLayout
        let centre: Point
        let rotation: Double

        func draw(color: Color, on canvas: inout some Canvas) {
            TextPlacement(horizontal: .center, vertical: .center, rotation: rotation, rotationMode: .anchor)
                .draw(layout, at: centre, color: color, on: &canvas)
        }
    }

    /// Labels every polyline long enough to hold one, at its straightest stretch away from the
    /// plot edges, and (inline) removes the stretch under the label from the line.
    func place(on polylines: inout [[Point]], closed: inout [Bool], plotArea: Rect) -> [Placed] {
        let layout = TextLayout(text, font: Font(size: fontSize), measuringWith: canvas)
        let width = layout.width + 2 * spacing
        var placed: [Placed] = []
        var outLines: [[Point]] = [], outClosed: [Bool] = []
        for (index, line) in polylines.enumerated() {
            guard line.count >= 3, let spot = straightestStretch(line, closed: closed[index], length: width, area: plotArea) else {
                outLines.append(line)
                outClosed.append(closed[index])
                continue
            }
            var angle = atan2(-(spot.end.y - spot.start.y), spot.end.x - spot.start.x) * 180 / .pi
            if angle > 90 { angle -= 180 } else if angle < -90 { angle += 180 }
            placed.append(Placed(layout: layout, centre: spot.centre, rotation: angle))
            if inline {
                // Keep the line outside the stretch: from its end round to its start.
                let n = line.count
                var rest: [Point] = [spot.end]
                if closed[index] {
                    var i = spot.endIndex
                    while i != spot.startIndex { rest.append(line[i % n]); i = (i + 1) % n }
                    rest.append(line[spot.startIndex])
                    rest.append(spot.start)
                    outLines.append(rest)
                    outClosed.append(false)
                } else {
                    outLines.append(Array(line[...spot.startIndex]) + [spot.start])
                    outClosed.append(false)
                    if spot.endIndex < n { outLines.append(rest + line[spot.endIndex...]) } else { outLines.append(rest) }
                    outClosed.append(false)
                }
            } else {
                outLines.append(line)
                outClosed.append(closed[index])
            }
        }
        polylines = outLines
        closed = outClosed
        return placed
    }

    /// A stretch of the polyline `length` long (measured along it): where it starts and ends
    /// (interpolated), its middle, and the indices of the first point after its start and after its end.
    struct Stretch {
        let start: Point, end: Point, centre: Point
        let startIndex: Int, endIndex: Int
    }

    private func straightestStretch(_ line: [Point], closed: Bool, length: Double, area: Rect) -> Stretch? {
        let n = line.count
        let segments = closed ? n : n - 1
        var cumulative = [0.0]
        cumulative.reserveCapacity(segments + 1)
        for s in 0..<segments {
            let a = line[s], b = line[(s + 1) % n]
            cumulative.append(cumulative[s] + hypot(b.x - a.x, b.y - a.y))
        }
        let total = cumulative[segments]
        guard total > 1.2 * length else { return nil }
        func point(at d: Double) -> (Point, Int) {
            var lo = 0, hi = segments
            while hi - lo > 1 { let m = (lo + hi) / 2; if cumulative[m] <= d { lo = m } else { hi = m } }
            let a = line[lo], b = line[(lo + 1) % n]
            let seg = cumulative[lo + 1] - cumulative[lo]
            let t = seg > 0 ? (d - cumulative[lo]) / seg : 0
            return (Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)), lo + 1)
        }
        // Try evenly spaced candidate centres; score by the largest distance of the line from the chord.
        let candidates = 24
        let inset = area.insetBy(dx: length / 2, dy: fontSize)
        var best: (score: Double, stretch: Stretch)?
        for c in 0..<candidates {
            let mid = closed ? total * Double(c) / Double(candidates)
                             : length / 2 + (total - length) * (Double(c) + 0.5) / Double(candidates)
            guard mid - length / 2 >= 0 || closed, mid + length / 2 <= total || closed else { continue }
            let d0 = (mid - length / 2 + total).truncatingRemainder(dividingBy: total)
            let d1 = (mid + length / 2).truncatingRemainder(dividingBy: total)
            let (p0, i0) = point(at: closed ? d0 : mid - length / 2)
            let (p1, i1) = point(at: closed ? d1 : mid + length / 2)
            let (centre, _) = point(at: closed ? mid.truncatingRemainder(dividingBy: total) : mid)
            guard inset.width > 0, inset.height > 0, inset.contains(centre) else { continue }
            var deviation = 0.0
            let chord = hypot(p1.x - p0.x, p1.y - p0.y)
            guard chord > 0.5 * length else { continue }
            var i = i0
            var steps = 0
            while i % n != i1 % n && steps < n {
                let q = line[i % n]
                deviation = max(deviation, abs((p1.x - p0.x) * (q.y - p0.y) - (q.x - p0.x) * (p1.y - p0.y)) / chord)
                i += 1
                steps += 1
            }
            let stretch = Stretch(start: p0, end: p1, centre: centre, startIndex: i0 % n, endIndex: i1 % n)
            if best == nil || deviation < best!.score - 1e-9 { best = (deviation, stretch) }
        }
        return best?.stretch
    }
}
