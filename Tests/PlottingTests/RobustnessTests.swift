import Testing
@testable import Plotting

/// No input reachable through the public API crashes the figure model: odd limits,
/// non-finite ticks and data, huge markers, empty axes. Each case renders in full.
@Suite struct RobustnessTests {
    func render(_ fig: Figure) -> RecordingCanvas {
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        return canvas
    }

    @Test func nonFiniteFixedTicksAreDroppedAndLabelsStayPaired() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 1, 2], [0, 1, 2])
        ax.x.setTicks([0, .nan, 1, .infinity, 2], labels: ["zero", "bad", "one", "worse", "two"])
        let axes = try #require(FigureRenderer(figure: fig).layout(measuringWith: RecordingCanvas()).axes.first)
        let labels = axes.texts.filter { $0.anchor.y > axes.box.maxY }.map(\.layout.text)
        #expect(labels == ["zero", "one", "two"])
    }

    @Test func formattersGiveEmptyLabelsForNonFiniteValues() {
        let (labels, offset) = ScalarFormatter().labels(for: [1, .infinity, 2, .nan], view: AxisLimits(0, 3))
        #expect(labels == ["1", "", "2", ""])
        #expect(offset == "")
        #expect(ScalarFormatter().labels(for: [.infinity], view: AxisLimits(0, .infinity)).labels == [""])
        #expect(LogFormatterSciNotation().labels(for: [10, .infinity, -.infinity], view: AxisLimits(1, 100))
                == ["$\\mathdefault{10^{1}}$", "", ""])
    }

    @Test func oddLimitsAndScalesNeverCrash() throws {
        let values: [Double] = [0, 1, -1, 1e-300, 1e300, -1e300, .infinity, -.infinity, .nan, 5, 5.000000000000001,
                                Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude]
        var s: UInt64 = 99
        func pick() -> Double {
            s = s &* 6364136223846793005 &+ 1442695040888963407
            return values[Int(s >> 33) % values.count]
        }
        for i in 0..<300 {
            let fig = try Figure(width: 3, height: 2)
            let ax = fig.addSubplot()
            ax.x.scale = i % 3 == 0 ? .log : .linear
            ax.y.scale = i % 5 == 0 ? .log : .linear
            switch i % 4 {
            case 0: ax.x.limits = AxisLimits(pick(), pick())
            case 1: ax.y.limits = AxisLimits(pick(), pick())
            case 2: ax.x.minorLocator = .autoMinor
            default: break
            }
            try ax.plot([pick(), pick(), pick()], [pick(), pick(), pick()], "-o", label: "a")
            try ax.scatter([pick(), pick()], [pick(), pick()], label: "b")
            ax.axhline(pick())
            try ax.fillBetween([pick(), pick()], [pick(), pick()], [pick(), pick()])
            ax.annotate("x", point: Point(pick(), pick()), textPosition: Point(pick(), pick()))
            ax.legend()
            ax.grid()
            ax.aspect = i % 7 == 0 ? .equal : .auto
            _ = render(fig)
        }
    }

    @Test func hugeMarkersInALargeScatterStayVectors() throws {
        let n = 60_000
        let fig = try Figure(width: 3, height: 2)
        let ax = fig.addSubplot()
        let mark = try ax.scatter((0..<n).map(Double.init), (0..<n).map { Double($0 % 7) }, size: 1e6, color: .black)
        #expect(mark.isAggregated)
        let canvas = render(fig)
        #expect(canvas.markerPositions.first?.count == n)
        #expect(!canvas.calls.contains { if case .image = $0 { true } else { false } })
    }

    @Test func emptyAndInvisibleAxes() throws {
        let fig = try Figure()
        let grid = try fig.subplots(rows: 2, columns: 2)
        grid[0][1].isVisible = false
        grid[1][0].showsFrame = false
        try grid[1][0].plot([0, 1], [0, 1])
        grid[1][1].legend()  // no labelled marks: no legend
        fig.legend(Legend())  // none either
        let canvas = render(fig)
        #expect(!canvas.calls.isEmpty)
        let layout = FigureRenderer(figure: fig).layout(measuringWith: RecordingCanvas())
        #expect(layout.axes[3].legend == nil)
        #expect(layout.legends.isEmpty)
    }
}
