import Testing
@testable import Plotting

/// Bad input gets a typed error that says what is wrong; formats and printf specs never crash.
@Suite struct InputErrorTests {
    @Test(arguments: [
        ("k.", Color.black as Color?, MarkerShape.point as MarkerShape?, nil as LinePattern?),
        ("-o", nil, .circle, .solid),
        ("o", nil, .circle, nil),
        ("r--", Color(red: 1, green: 0, blue: 0), nil, .dashed),
        ("g:", Color(red: 0, green: 0.5, blue: 0), nil, .dotted),
        ("-.b", Color(red: 0, green: 0, blue: 1), nil, .dashDot),
        ("D", nil, .diamond, nil),
        ("", nil, nil, .solid),
    ])
    func formatStrings(_ format: String, color: Color?, marker: MarkerShape?, pattern: LinePattern?) throws {
        let f = try FormatString(format)
        #expect(f.color == color)
        #expect(f.marker == marker)
        #expect(f.pattern == pattern)
    }

    @Test(arguments: ["kk", "oo", "--:", "z", "r-q"])
    func badFormatStringsSayWhy(_ format: String) {
        #expect(throws: PlotError.self) { try FormatString(format) }
        do {
            _ = try FormatString(format)
        } catch {
            #expect(error.description.contains("'\(format)'"))
        }
    }

    @Test func mismatchedLengthsAreNamed() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        #expect(throws: PlotError.lengthMismatch(what: "y", expected: 3, actual: 2)) {
            try ax.scatter([1, 2, 3], [1, 2])
        }
        #expect(throws: PlotError.lengthMismatch(what: "colors", expected: 2, actual: 1)) {
            try ax.scatter([1, 2], [1, 2], colors: .perPoint([.black]))
        }
        #expect(throws: PlotError.lengthMismatch(what: "y", expected: 1, actual: 0)) { try ax.plot([1], []) }
        #expect(throws: PlotError.lengthMismatch(what: "y2", expected: 2, actual: 3)) {
            try ax.fillBetween([1, 2], [1, 2], [1, 2, 3])
        }
        #expect(PlotError.lengthMismatch(what: "y", expected: 3, actual: 2).description
                == "y has 2 values but 3 were expected (one per point)")
        #expect(ax.marks.isEmpty)
    }

    @Test func outOfRangeValuesAreRejected() throws {
        #expect(throws: PlotError.self) { try Figure(width: 0) }
        #expect(throws: PlotError.self) { try Figure(height: .nan) }
        #expect(throws: PlotError.self) { try Figure(dpi: -1) }
        let fig = try Figure()
        #expect(throws: PlotError.subplotOutOfRange(row: 2, column: 0, rows: 2, columns: 2)) {
            try fig.addSubplot(rows: 2, columns: 2, row: 2, column: 0)
        }
        #expect(throws: PlotError.self) { try fig.subplots(rows: 0, columns: 3) }
        #expect(throws: PlotError.self) { try fig.addAxes(FigureRect(left: 0, bottom: 0, width: -1, height: 1)) }
        let ax = fig.addSubplot()
        #expect(throws: PlotError.self) { try ax.scatter([1], [1], size: -4) }
        #expect(throws: PlotError.self) { try ax.scatter([1], [1], alpha: 2) }
        #expect(throws: PlotError.self) { try ax.plot([1], [1], width: .infinity) }
    }

    @Test(arguments: [
        ("%d", 3.6, "4"), ("%.2f", -1.5, "\u{2212}1.50"), ("k=%d", 4.0, "k=4"), ("%5.1e", 12345.0, "1.2e+04"),
        ("%d%%", 50.0, "50%"), ("%s", 1.0, "1"), ("%d %d", 1.0, "1"), ("%999999d", 1.0, "1"),
        ("%d", Double.nan, "nan"), ("%d", 1e300, "1e+300"), ("plain", 2.0, "2"),
    ])
    func printfFormatsNeverCrash(_ spec: String, _ value: Double, _ expected: String) {
        #expect(TickFormatter.printf(spec, value) == expected)
    }

    @Test func nonFiniteDataIsSkippedNotDrawn() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.scatter([1, .nan, 3, .infinity], [1, 2, .nan, 4])
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        #expect(canvas.markerPositions.first?.count == 1)
        // Log axes drop non-positive values from the limits and the drawing.
        let fig2 = try Figure()
        let ax2 = fig2.addSubplot()
        ax2.y.scale = .log
        try ax2.plot([0, 1, 2, 3], [-1, 0, 10, 100], "o")
        let limits = try #require(FigureRenderer(figure: fig2).resolveLimits().first)
        #expect(limits.y.start > 0)
        var canvas2 = RecordingCanvas()
        fig2.render(on: &canvas2)
        #expect(canvas2.markerPositions.first?.count == 2)
    }

    @Test func emptyAxesKeepMatplotlibsInitialView() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        ax.axhline(3)
        let limits = try #require(FigureRenderer(figure: fig).resolveLimits().first)
        // matplotlib 3.11: ax.axhline(3) gives xlim (0, 1), ylim (2.835, 3.165).
        #expect(limits.x == AxisLimits(0, 1))
        #expect(Swift.abs(limits.y.start - 2.835) < 1e-12 && Swift.abs(limits.y.end - 3.165) < 1e-12)
        // ax.axvline(3); ax.plot([0, 1], [0, 1]) gives xlim (-0.15, 3.15), ylim (-0.05, 1.05).
        let fig2 = try Figure()
        let ax2 = fig2.addSubplot()
        ax2.axvline(3)
        try ax2.plot([0, 1], [0, 1])
        let l2 = try #require(FigureRenderer(figure: fig2).resolveLimits().first)
        #expect(Swift.abs(l2.x.start + 0.15) < 1e-12 && Swift.abs(l2.x.end - 3.15) < 1e-12)
        #expect(Swift.abs(l2.y.start + 0.05) < 1e-12 && Swift.abs(l2.y.end - 1.05) < 1e-12)
    }
}
