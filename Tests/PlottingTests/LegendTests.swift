import Testing
@testable import Plotting

/// Legend contents, size (matplotlib's spacing in font-size units) and placement.
@Suite struct LegendTests {
    func axesLayout(_ fig: Figure) throws -> AxesLayout {
        try #require(FigureRenderer(figure: fig).layout(measuringWith: RecordingCanvas()).axes.first)
    }

    @Test func entriesComeFromLabelledMarksInOrder() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([1, 2], [1, 2], marker: .circle, label: "BIC")
        try ax.plot([1, 2], [2, 1], label: "_hidden")
        try ax.scatter([1], [1], label: "points")
        try ax.fillBetween([1, 2], [0, 1], label: "band")
        ax.axvline(1.5, pattern: .dashed, label: "k = 4")
        ax.legend()
        let legend = try #require(try axesLayout(fig).legend)
        #expect(legend.rows.map(\.entry.label) == ["BIC", "points", "band", "k = 4"])
        guard case let .line(stroke, marker) = legend.rows[0].entry.handle else { Issue.record("BIC is a line"); return }
        #expect(stroke.color == Color(hex: 0x1f77b4) && marker?.shape == .circle)
        guard case .marker = legend.rows[1].entry.handle else { Issue.record("scatter handle is a marker"); return }
        guard case .patch = legend.rows[2].entry.handle else { Issue.record("fill handle is a patch"); return }
        guard case let .line(dash, nil) = legend.rows[3].entry.handle else { Issue.record("axvline is a line"); return }
        #expect(dash.dash == [3.7 * 1.5, 1.6 * 1.5])
    }

    @Test func sizeFollowsMatplotlibSpacing() throws {
        let fig = try Figure(width: 10, height: 6)
        let ax = fig.addSubplot()
        try ax.plot([1, 2], [1, 2], label: "BIC")
        try ax.plot([1, 2], [2, 1], label: "AIC")
        ax.legend(location: .upperRight)
        let layout = try axesLayout(fig)
        let legend = try #require(layout.legend)
        // Fake metrics: "BIC" is 18 pt wide; rows are 7.6 + 2.4 pt (DejaVu's ascender and
        // descender at 10 pt), 5 pt apart; border pad 4, handle 20, handle-text gap 8.
        #expect(Swift.abs(legend.frame.width - (4 + 20 + 8 + 18 + 4)) < 1e-9)
        #expect(Swift.abs(legend.frame.height - (4 + 10 + 5 + 10 + 4)) < 1e-9)
        // Upper right, 5 pt (0.5 font sizes) inside the axes.
        #expect(Swift.abs(legend.frame.maxX - (layout.box.maxX - 5)) < 1e-9)
        #expect(Swift.abs(legend.frame.minY - (layout.box.minY + 5)) < 1e-9)
        // Handles 20 x 7 pt sitting on the text baseline.
        let row = legend.rows[0]
        #expect(row.handleBox.width == 20 && Swift.abs(row.handleBox.height - 7) < 1e-12)
        #expect(Swift.abs(row.handleBox.maxY - row.text.anchor.y) < 1e-9)
        #expect(Swift.abs(row.text.anchor.x - (row.handleBox.minX + 28)) < 1e-9)
    }

    @Test func bestAvoidsTheData() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        // Points crowd the upper right corner; the upper left is empty.
        let xs = (0..<50).map { 8 + Double($0 % 10) * 0.2 }
        let ys = (0..<50).map { 8 + Double($0 / 10) * 0.4 }
        try ax.scatter(xs + [0], ys + [0], label: "data")
        ax.legend()
        let layout = try axesLayout(fig)
        let legend = try #require(layout.legend)
        #expect(Swift.abs(legend.frame.minX - (layout.box.minX + 5)) < 1e-9)
        #expect(Swift.abs(legend.frame.minY - (layout.box.minY + 5)) < 1e-9)
    }

    @Test func bestPrefersUpperRightWhenFree() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 1, 2], [0, 0.2, 0.1], label: "low")
        ax.legend()
        let layout = try axesLayout(fig)
        let legend = try #require(layout.legend)
        #expect(Swift.abs(legend.frame.maxX - (layout.box.maxX - 5)) < 1e-9)
    }

    @Test func bestAvoidsTextByItsMeasuredBox() throws {
        // A long label anchored at the upper left runs across the top of the axes: its anchor is
        // far from the upper right corner, its box is not. A line runs along the bottom.
        // matplotlib avoids a text's window extent, so the legend goes to the right, halfway up.
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 10], [0.5, 0.5], label: "low")
        ax.y.limits = AxisLimits(0, 10)
        ax.text(0.02, 0.95, "a note that runs all the way across the top of the plot", coordinates: .axes,
                horizontal: .left, vertical: .top)
        ax.legend()
        let layout = try axesLayout(fig)
        let legend = try #require(layout.legend)
        #expect(Swift.abs(legend.frame.maxX - (layout.box.maxX - 5)) < 1e-9, "at the right")
        #expect(Swift.abs(legend.frame.midY - layout.box.midY) < 1e-9, "halfway up, clear of the note")
        // Its score: the measured box counts, so upper right is taken.
        let text = try #require(ax.marks.compactMap { $0 as? TextMark }.first)
        let obstacles = text.legendObstacles(layout.transform, measuringWith: RecordingCanvas())
        let box = try #require(obstacles.boxes.first)
        #expect(box.width > 200 && box.maxX > layout.box.maxX - 60)
    }

    @Test func bestScoresLinesCrossingTheBox() {
        let obstacles = LegendObstacles(points: [Point(5, 5), Point(50, 50)], boxes: [Rect(x: 8, y: 8, width: 4, height: 4)],
                                        polylines: [[Point(-10, 5), Point(30, 5)], [Point(40, 40), Point(60, 60)]])
        #expect(obstacles.badness(of: Rect(x: 0, y: 0, width: 10, height: 10)) == 3)  // point, box, first line
        #expect(obstacles.badness(of: Rect(x: 100, y: 100, width: 10, height: 10)) == 0)
    }

    @Test func figureLegendOutsideRightMakesRoom() throws {
        let fig = try Figure(width: 7.5, height: 5)
        let grid = try fig.subplots(rows: 2, columns: 2, shareX: .column, shareY: .row)
        for (i, ax) in grid.flatMap({ $0 }).enumerated() {
            try ax.scatter([0, 1], [Double(i), 1], label: i == 0 ? "cluster 0" : nil)
        }
        fig.legend(Legend(location: .outsideRight, title: "cluster", showsFrame: false))
        let layout = FigureRenderer(figure: fig).layout(measuringWith: RecordingCanvas())
        let legend = try #require(layout.legends.first)
        let gridRight = layout.axes.map(\.box.maxX).max() ?? 0
        #expect(legend.frame.minX > gridRight)
        #expect(legend.frame.maxX <= 7.5 * 72)
        #expect(legend.title?.layout.text == "cluster")
        #expect(layout.subplotParameters.right < 0.9)
    }

    @Test func legendDrawsFrameHandlesAndLabels() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 1], [0, 1], "-o", label: "k-means")
        ax.legend(location: .lowerRight)
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        // The rounded white frame at 80 % opacity with a 0.8 grey edge, drawn after the data.
        let frameFill = try #require(canvas.fills.last { $0.style.color == Color.white.withAlpha(0.8) })
        #expect(frameFill.path.elements.contains { if case .curve = $0 { true } else { false } })
        #expect(canvas.strokes.contains { $0.style.color == Color(red: 0.8, green: 0.8, blue: 0.8, alpha: 0.8) })
        #expect(canvas.texts.last?.text == "k-means")
        // The handle repeats the line and its marker.
        #expect(canvas.markerPositions.count == 2)
    }
}
