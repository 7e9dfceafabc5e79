/// A legend measured and placed: the frame rectangle and each row's handle and text.
///
/// Spacing follows matplotlib's rcParams in units of the font size: border pad 0.4,
/// row spacing 0.5, handle 2.0 x 0.7, handle-text gap 0.8, gap to the axes 0.5,
/// column gap 2.0; the rounded frame has a corner radius of 0.2 font sizes.
struct LegendLayout {
    struct Row {
        let entry: LegendEntry
        /// The handle's box (20 x 7 pt at 10 pt text), y down.
        let handleBox: Rect
        let text: PlacedText
    }

    let legend: Legend
    let frame: Rect
    let rows: [Row]
    let title: PlacedText?

    /// Lays out an axes legend, choosing the location (`.best` scores the candidates
    /// against the axes' marks).
    static func make(_ legend: Legend, for axes: AxesLayout, canvas: some Canvas) -> LegendLayout? {
        let entries = legend.entries ?? axes.axes.marks.flatMap(\.legendEntries)
        guard !entries.isEmpty else { return nil }
        let size = measure(legend, entries, canvas: canvas)
        let pad = 0.5 * legend.fontSize
        let parent = axes.box
        let origin: Point
        switch legend.location {
        case .best:
            var obstacles = LegendObstacles()
            for mark in axes.axes.marks {
                let o = mark.legendObstacles(axes.transform, measuringWith: canvas)
                obstacles.points += o.points
                obstacles.boxes += o.boxes
                obstacles.polylines += o.polylines
            }
            // The first candidate with nothing under it, else the first with the lowest score.
            var best = (score: Int.max, origin: anchored(.upperRight, size: size, in: parent, pad: pad))
            for loc in bestCandidates {
                let p = anchored(loc, size: size, in: parent, pad: pad)
                let score = obstacles.badness(of: Rect(origin: p, size: size))
                if score < best.score { best = (score, p) }
                if score == 0 { break }
            }
            origin = best.origin
        case .outsideRight:
            // matplotlib's loc='center left' anchored just outside the right edge.
            origin = Point(parent.maxX + pad, parent.midY - size.height / 2)
        default:
            origin = anchored(legend.location, size: size, in: parent, pad: pad)
        }
        return place(legend, entries, at: origin, canvas: canvas)
    }

    /// The candidate order matplotlib tries for `loc='best'`.
    static let bestCandidates: [Legend.Location] = [
        .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right,
        .centerLeft, .centerRight, .lowerCenter, .upperCenter, .center,
    ]

    /// Top-left corner of a legend of `size` at a location inside `parent`, `pad` from its edges.
    static func anchored(_ loc: Legend.Location, size: Size, in parent: Rect, pad: Double) -> Point {
        let left = parent.minX + pad, right = parent.maxX - pad - size.width
        let top = parent.minY + pad, bottom = parent.maxY - pad - size.height
        let cx = parent.midX - size.width / 2, cy = parent.midY - size.height / 2
        switch loc {
        case .upperRight, .best: return Point(right, top)
        case .upperLeft: return Point(left, top)
        case .lowerLeft: return Point(left, bottom)
        case .lowerRight: return Point(right, bottom)
        case .right, .centerRight: return Point(right, cy)
        case .centerLeft: return Point(left, cy)
        case .lowerCenter: return Point(cx, bottom)
        case .upperCenter: return Point(cx, top)
        case .center: return Point(cx, cy)
        case .outsideRight: return Point(parent.maxX + pad, cy)
        }
    }

    /// The legend's outer size.
    static func measure(_ legend: Legend, _ entries: [LegendEntry], canvas: some Canvas) -> Size {
        place(legend, entries, at: .zero, canvas: canvas).frame.size
    }

    /// Lays out rows and title with the frame's top-left corner at `origin`.
    static func place(_ legend: Legend, _ entries: [LegendEntry], at origin: Point, canvas: some Canvas) -> LegendLayout {
        let fs = legend.fontSize
        let borderPad = 0.4 * fs, rowGap = 0.5 * fs, handleLength = 2.0 * fs, handleHeight = 0.7 * fs
        let textGap = 0.8 * fs, columnGap = 2.0 * fs
        let font = Font(size: fs)
        let texts = entries.map { TextLayout($0.label, font: font, measuringWith: canvas) }
        // Row metrics: the handle box (descent 0) and the text share a baseline.
        let rowAscent = texts.map { Swift.max($0.ascent, handleHeight) }
        let rowDescent = texts.map { $0.descent }
        let columns = Swift.max(1, Swift.min(legend.columns, entries.count))
        let perColumn = (entries.count + columns - 1) / columns
        var titleLayout: TextLayout?
        if let title = legend.title, !title.isEmpty {
            titleLayout = TextLayout(title, font: Font(size: legend.titleFontSize), measuringWith: canvas)
        }
        // Column widths and heights.
        var columnWidths: [Double] = []
        var columnHeights: [Double] = []
        for c in 0..<columns {
            let range = (c * perColumn)..<Swift.min(entries.count, (c + 1) * perColumn)
            var w = 0.0, h = 0.0
            for i in range {
                w = Swift.max(w, handleLength + textGap + texts[i].width)
                h += rowAscent[i] + rowDescent[i] + (i > range.lowerBound ? rowGap : 0)
            }
            columnWidths.append(w)
            columnHeights.append(h)
        }
        let rowsWidth = columnWidths.reduce(0, +) + columnGap * Double(columns - 1)
        let rowsHeight = columnHeights.max() ?? 0
        let titleWidth = titleLayout?.width ?? 0
        let titleHeight = titleLayout?.height ?? 0
        let contentWidth = Swift.max(rowsWidth, titleWidth)
        let contentHeight = rowsHeight + (titleLayout != nil ? titleHeight + rowGap : 0)
        let frame = Rect(x: origin.x, y: origin.y, width: contentWidth + 2 * borderPad,
                         height: contentHeight + 2 * borderPad)

        var title: PlacedText?
        var y0 = frame.minY + borderPad
        if let titleLayout {
            // Titles are centred over the rows.
            title = PlacedText(titleLayout, at: Point(frame.midX, y0), TextPlacement(horizontal: .center, vertical: .top),
                               color: .black)
            y0 += titleHeight + rowGap
        }
        var rows: [Row] = []
        // The rows' block is centred under a wider title (matplotlib's `alignment='center'`).
        var x = frame.minX + borderPad + (contentWidth - rowsWidth) / 2
        for c in 0..<columns {
            let range = (c * perColumn)..<Swift.min(entries.count, (c + 1) * perColumn)
            var y = y0
            for i in range {
                let baseline = y + rowAscent[i]
                let handle = Rect(x: x, y: baseline - handleHeight, width: handleLength, height: handleHeight)
                let text = PlacedText(texts[i], at: Point(x + handleLength + textGap, baseline),
                                      TextPlacement(horizontal: .left, vertical: .baseline), color: .black)
                rows.append(Row(entry: entries[i], handleBox: handle, text: text))
                y = baseline + rowDescent[i] + rowGap
            }
            x += columnWidths[c] + columnGap
        }
        return LegendLayout(legend: legend, frame: frame, rows: rows, title: title)
    }

    /// Draws frame, handles and labels.
    func draw(on canvas: inout some Canvas) {
        let fs = legend.fontSize
        if legend.showsFrame {
            let radius = legend.roundedCorners ? 0.2 * fs : 0
            let path = Self.roundedRect(frame, radius: radius)
            canvas.fill(path, FillStyle(color: legend.frameColor.withAlpha(legend.frameColor.alpha * legend.frameAlpha)))
            canvas.stroke(path, StrokeStyle(color: legend.edgeColor.withAlpha(legend.edgeColor.alpha * legend.frameAlpha),
                                            width: 1, cap: .butt, join: .miter))
        }
        title?.draw(on: &canvas)
        for row in rows {
            drawHandle(row.entry.handle, in: row.handleBox, on: &canvas)
            row.text.draw(on: &canvas)
        }
    }

    func drawHandle(_ handle: LegendHandle, in box: Rect, on canvas: inout some Canvas) {
        switch handle {
        case let .line(stroke, marker):
            let y = box.midY
            canvas.stroke(Path(polyline: [Point(box.minX, y), Point(box.maxX, y)]), stroke)
            if var marker {
                marker.size *= legend.markerScale
                marker.draw(at: Point(box.midX, y), on: &canvas)
            }
        case var .marker(marker):
            marker.size *= legend.markerScale
            // matplotlib's scatter handles sit at 0.4375 of the handle height from its bottom.
            marker.draw(at: Point(box.midX, box.maxY - 0.4375 * box.height), on: &canvas)
        case let .patch(fill, edge):
            let path = Path(rect: box)
            canvas.fill(path, FillStyle(color: fill))
            if let edge { canvas.stroke(path, edge) }
        }
    }

    /// A rectangle with circular corners of `radius` (a plain rectangle for 0).
    static func roundedRect(_ r: Rect, radius: Double) -> Path {
        guard radius > 0 else { return Path(rect: r) }
        let k = 0.5522847498307936 * radius
        var p = Path()
        p.move(to: Point(r.minX + radius, r.minY))
        p.line(to: Point(r.maxX - radius, r.minY))
        p.curve(to: Point(r.maxX, r.minY + radius), control1: Point(r.maxX - radius + k, r.minY),
                control2: Point(r.maxX, r.minY + radius - k))
        p.line(to: Point(r.maxX, r.maxY - radius))
        p.curve(to: Point(r.maxX - radius, r.maxY), control1: Point(r.maxX, r.maxY - radius + k),
                control2: Point(r.maxX - radius + k, r.maxY))
        p.line(to: Point(r.minX + radius, r.maxY))
        p.curve(to: Point(r.minX, r.maxY - radius), control1: Point(r.minX + radius - k, r.maxY),
                control2: Point(r.minX, r.maxY - radius + k))
        p.line(to: Point(r.minX, r.minY + radius))
        p.curve(to: Point(r.minX + radius, r.minY), control1: Point(r.minX, r.minY + radius - k),
                control2: Point(r.minX + radius - k, r.minY))
        p.close()
        return p
    }
}
