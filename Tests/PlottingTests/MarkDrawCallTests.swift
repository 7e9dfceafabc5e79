import Testing
@testable import Plotting

/// What scatter and line marks hand to the canvas, checked on a recording canvas.
@Suite struct MarkDrawCallTests {
    /// The default subplot box of a 6.4 x 4.8 in figure: left .125, right .9, bottom .11, top .88.
    static let box = Rect(x: 0.125 * 460.8, y: 0.12 * 345.6, width: 0.775 * 460.8, height: 0.77 * 345.6)

    func render(_ fig: Figure) -> RecordingCanvas {
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        return canvas
    }

    @Test func scatterStampsOneMarkerPerPointInsideAClip() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.scatter([0, 1, 2], [0, 1, 4])
        let canvas = render(fig)
        let markerCalls = canvas.calls.enumerated().filter { if case .markers = $0.element { true } else { false } }
        try #require(markerCalls.count == 1)
        let index = markerCalls[0].offset
        // Clipped to the plot area: push just before, pop just after.
        guard case let .pushClip(clip) = canvas.calls[index - 1] else { Issue.record("no clip before markers"); return }
        #expect(nearlyEqual(clip, Path(rect: Self.box)))
        #expect(canvas.calls[index + 1] == .popClip)
        guard case let .markers(path, count, fill, stroke) = markerCalls[0].element else { return }
        #expect(count == 3)
        // s = 36 pt²: a 6 pt disc, tab10 blue, 1 pt edge in the face colour.
        #expect(path == MarkerShape.circle.path(size: 6))
        #expect(fill == FillStyle(color: Color(hex: 0x1f77b4)))
        #expect(stroke?.color == Color(hex: 0x1f77b4))
        #expect(stroke?.width == 1)
        // Limits with 5 % margins: x -0.1...2.1, y -0.2...4.2.
        let positions = canvas.markerPositions[0]
        let b = Self.box
        let expected = [(0.0, 0.0), (1.0, 1.0), (2.0, 4.0)].map { x, y in
            Point(b.minX + (x + 0.1) / 2.2 * b.width, b.maxY - (y + 0.2) / 4.4 * b.height)
        }
        for (p, e) in zip(positions, expected) {
            #expect(Swift.abs(p.x - e.x) < 1e-9 && Swift.abs(p.y - e.y) < 1e-9, "\(p) vs \(e)")
        }
    }

    @Test func scatterSizesColoursAndAlphaFollowMatplotlib() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        let mark = try ax.scatter([0, 1], [0, 1], sizes: [4, 100], colors: .categories([0, 1], palette: ColorCycle.tab10),
                                  marker: .square, alpha: 0.5)
        let canvas = render(fig)
        // Per-point sizes and colours: one marker call per point.
        #expect(canvas.markerPositions.count == 2)
        guard case let .markers(path, _, fill, _) = canvas.calls.first(where: { if case .markers = $0 { true } else { false } })
        else { Issue.record("no markers"); return }
        #expect(path == MarkerShape.square.path(size: 2))
        #expect(fill?.color == Color(hex: 0x1f77b4).withAlpha(0.5))
        #expect(mark.markerStyle(at: 1).size == 10)
        #expect(mark.markerStyle(at: 1).fill == Color(hex: 0xff7f0e).withAlpha(0.5))
    }

    @Test func crossesAreStrokedNotFilled() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.scatter([0, 1], [0, 1], color: .black, marker: .x)
        let canvas = render(fig)
        guard case let .markers(_, _, fill, stroke) = canvas.calls.first(where: { if case .markers = $0 { true } else { false } })
        else { Issue.record("no markers"); return }
        #expect(fill == nil)
        #expect(stroke?.width == 1.5)
        #expect(stroke?.color == .black)
    }

    @Test func dashedRedLineFromAFormatString() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 1, 2], [0, 1, 0], "r--")
        let canvas = render(fig)
        let dashed = canvas.strokes.filter { $0.style.color == Color(red: 1, green: 0, blue: 0) }
        try #require(dashed.count == 1)
        let style = dashed[0].style
        // matplotlib's dashed pattern 3.7, 1.6 scaled by the 1.5 pt width; butt caps for dashes.
        #expect(style.dash == [3.7 * 1.5, 1.6 * 1.5])
        #expect(style.width == 1.5)
        #expect(style.cap == .butt)
        let b = Self.box
        let pts = dashed[0].path.elements
        #expect(pts.count == 3)
        #expect(nearlyEqual(points(of: dashed[0].path)[0], Point(b.minX + 0.1 / 2.2 * b.width, b.maxY - 0.05 / 1.1 * b.height)))
        // No markers for a line-only format.
        #expect(canvas.markerPositions.isEmpty)
    }

    @Test func lineWithMarkersStrokesThenStamps() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([1, 2, 3], [3, 1, 2], "-o")
        let canvas = render(fig)
        let lineIndex = canvas.calls.firstIndex {
            if case let .stroke(_, s) = $0 { s.color == Color(hex: 0x1f77b4) } else { false }
        }
        let markerIndex = canvas.calls.firstIndex { if case .markers = $0 { true } else { false } }
        let l = try #require(lineIndex), m = try #require(markerIndex)
        #expect(l < m)
        guard case let .stroke(_, style) = canvas.calls[l], case let .markers(path, count, fill, stroke) = canvas.calls[m] else { return }
        #expect(style.cap == .square)  // matplotlib's 'projecting' cap for solid lines
        #expect(style.dash.isEmpty)
        #expect(count == 3)
        #expect(path == MarkerShape.circle.path(size: 6))
        #expect(fill?.color == Color(hex: 0x1f77b4))
        #expect(stroke?.width == 1)
    }

    @Test func markersOnlyFormatDrawsNoLine() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([1, 2, 3], [3, 1, 2], "k.", markerSize: 2)
        let canvas = render(fig)
        #expect(!canvas.strokes.contains { $0.style.color == .black && $0.style.width == 1.5 })
        #expect(canvas.markerPositions.first?.count == 3)
    }

    @Test func nanBreaksALine() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 1, 2, 3, 4], [0, 1, .nan, 1, 0], color: .black)
        let canvas = render(fig)
        let line = try #require(canvas.strokes.first { $0.style.color == .black && $0.style.width == 1.5 })
        let moves = line.path.elements.filter { if case .move = $0 { true } else { false } }
        #expect(moves.count == 2)
        #expect(line.path.elements.count == 4)
    }

    @Test func lineAndPatchCyclesAreIndependent() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        let a = try ax.plot([0, 1], [0, 1])
        let b = try ax.plot([0, 1], [1, 0])
        let s = try ax.scatter([0], [0])
        #expect(a.color == Color(hex: 0x1f77b4))
        #expect(b.color == Color(hex: 0xff7f0e))
        // matplotlib keeps separate cycles for lines and for scatter/patches.
        #expect(s.colors.uniformColor == Color(hex: 0x1f77b4))
    }

    @Test func marksDrawInZOrderThenInsertionOrder() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 1], [0, 1], color: Color(hex: 0x000001))                   // z 2
        try ax.scatter([0, 1], [0, 1], color: Color(hex: 0x000002))                // z 1
        try ax.plot([0, 1], [1, 0], color: Color(hex: 0x000003), zOrder: 0.5)      // z 0.5
        let canvas = render(fig)
        var order: [UInt32] = []
        for call in canvas.calls {
            switch call {
            case let .stroke(_, s) where [1, 3].contains(Int((s.color.blue * 255).rounded())) && s.color.red == 0 && s.color.green == 0:
                order.append(UInt32((s.color.blue * 255).rounded()))
            case let .markers(_, _, f, _) where f?.color == Color(hex: 0x000002):
                order.append(2)
            default: break
            }
        }
        #expect(order == [3, 2, 1])
    }

    @Test func annotationArrowsRunFromOutsideTheTextToThePoint() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        ax.x.limits = AxisLimits(0, 10)
        ax.y.limits = AxisLimits(0, 1)
        let purple = Color(hex: 0x9467bd)
        let mark = ax.annotate("half-life", point: Point(2, 0.5), textPosition: Point(4.5, 0.75), color: purple)
        let layout = try #require(FigureRenderer(figure: fig).layout(measuringWith: RecordingCanvas()).axes.first)
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        let arrow = canvas.strokes.filter { $0.style.color == purple }
        try #require(arrow.count == 2)  // shaft, then the open head
        let shaft = points(of: arrow[0].path)
        let text = TextLayout("half-life", font: Font(size: 10), measuringWith: RecordingCanvas())
        let box = mark.placement.bounds(of: text, at: layout.transform.apply(4.5, 0.75))
        let target = layout.transform.apply(2, 0.5)
        // The shaft starts 2 pt beyond the text box grown by 2 pt, and stops 2 pt short of the point.
        let start = shaft[0], end = shaft[1]
        #expect(!box.insetBy(dx: -2, dy: -2).contains(start))
        #expect(box.insetBy(dx: -4.01, dy: -4.01).contains(start))
        let gap = ((end.x - target.x) * (end.x - target.x) + (end.y - target.y) * (end.y - target.y)).squareRoot()
        #expect(Swift.abs(gap - 2) < 1e-9)
        // The head's tip is the shaft's end.
        #expect(nearlyEqual(points(of: arrow[1].path)[1], end))
        #expect(canvas.texts.last?.text == "half-life")
    }
}
