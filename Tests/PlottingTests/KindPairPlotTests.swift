import Foundation
import Testing
@testable import Plotting

/// The pair plot's structure, colours and layout against seaborn's `pairplot`.
@Suite("Pair plot")
struct KindPairPlotTests {
    static let fixtures = MarkFixtures.shared
    static let tuned = ["vx_vz", "vy", "feh", "alpha"]

    static func columns(_ names: [String] = tuned) -> [PairPlot.Column] {
        names.map { PairPlot.Column($0, fixtures.stars[$0] ?? []) }
    }

    static var flag: [Double] { fixtures.stars["flag"] ?? [] }

    @Test("n x n panels sharing x down columns and y along rows, a twin axes a diagonal panel, labels outside")
    func structure() throws {
        let fig = try PairPlot(columns: Self.columns()).figure()
        #expect(fig.width == 10 && fig.height == 10)
        #expect(fig.axes.count == 16 + 4)
        let grid = (0..<4).map { r in (0..<4).map { c in fig.axes[4 * r + c] } }
        for r in 0..<4 {
            for c in 0..<4 {
                let ax = grid[r][c]
                #expect(ax.xShareRoot === grid[0][c])
                #expect(ax.yShareRoot === grid[r][0])
                #expect(ax.x.label == (r == 3 ? Self.tuned[c] : nil))
                #expect(ax.y.label == (c == 0 ? Self.tuned[r] : nil))
                #expect(ax.x.tickLabelSides.contains(.primary) == (r == 3))
                #expect(ax.y.tickLabelSides.contains(.primary) == (c == 0))
                #expect(!ax.style.visibleSpines.contains(.top) && !ax.style.visibleSpines.contains(.right))
                if r != c {
                    let scatter = try #require(ax.marks.first as? ScatterMark)
                    #expect(scatter.sizes == [36])
                    #expect(scatter.edgeWidth == 0.48)
                    #expect(scatter.x == Self.fixtures.stars[Self.tuned[c]])
                } else {
                    #expect(ax.marks.isEmpty)
                }
            }
        }
        // Diagonal twins: no frame, x shared with their column, a histogram each.
        for (i, twin) in fig.axes[16...].enumerated() {
            #expect(!twin.showsFrame)
            #expect(twin.xShareRoot === grid[0][i])
            let hist = try #require(twin.marks.first as? HistogramMark)
            #expect(hist.edges == (try HistogramBins.edges(Self.fixtures.stars[Self.tuned[i]] ?? [])))
        }
        #expect(fig.legends.isEmpty)
    }

    @Test("panel boxes within 2 px of seaborn's tight layout, without and with a hue legend",
          arguments: ["plain", "hue"])
    func layoutMatchesSeaborn(_ name: String) throws {
        let ref = try #require(Self.fixtures.pairLayouts[name])
        let plot = PairPlot(columns: Self.columns(), hue: name == "hue" ? .numeric(name: "flag", values: Self.flag) : nil)
        let fig = try plot.figure()
        // The page is widened by the legend's width (DejaVu's advances; seaborn's hinted text is 2 px wider).
        #expect(abs(fig.width - ref.size[0]) < 0.03)
        #expect(fig.height == ref.size[1])
        let page = FigureRenderer(figure: fig).layout(measuringWith: AdvanceMeasuringCanvas())
        // Compared in pixels at 100 dpi, each edge from the page edge it is measured from.
        let W = fig.pageSize.width, H = fig.pageSize.height
        let px = 100.0 / 72
        for (k, bounds) in ref.axes.enumerated() {
            let box = page.axes[k].box
            let left = bounds[0] * ref.size[0] * 100, right = (bounds[0] + bounds[2]) * ref.size[0] * 100
            let bottom = bounds[1] * ref.size[1] * 100, top = (bounds[1] + bounds[3]) * ref.size[1] * 100
            let ours = (left: box.minX * px, right: box.maxX * px, bottom: (H - box.maxY) * px, top: (H - box.minY) * px)
            let fromRight = (W * px - ours.right) - (ref.size[0] * 100 - right)
            #expect(abs(ours.left - left) < 2 && abs(fromRight) < 2 && abs(ours.bottom - bottom) < 2 && abs(ours.top - top) < 2,
                    "panel \(k): ours \(ours), seaborn \((left, right, bottom, top))")
        }
    }

    @Test("numeric hue: seaborn's colours for each level, per-hue KDEs normalised together, a legend titled by the column",
          arguments: ["default", "viridis"])
    func numericHue(_ palette: String) throws {
        let ref = try #require(Self.fixtures.hueColors[palette])
        let map: Colormap = palette == "viridis" ? .viridis : .seabornNumericHue
        let plot = PairPlot(columns: Self.columns(), hue: .numeric(name: "flag", values: Self.flag, colormap: map))
        let hue = try #require(plot.hueColors())
        #expect(hue.levels.map(\.label) == ["0", "1", "2"])
        for (level, expected) in zip(hue.levels, ref) { #expect(sameColor(level.color, expected)) }
        let fig = try plot.figure()
        let legend = try #require(fig.legends.first)
        #expect(legend.title == "flag" && legend.location == .outsideRight && !legend.showsFrame)
        #expect(legend.entries?.count == 3)
        // The KDEs of one diagonal panel integrate to 1 together (common normalisation).
        let twin = fig.axes[16]
        let kdes = twin.marks.compactMap { $0 as? DensityMark }
        #expect(kdes.count == 3)
        #expect(kdes.map(\.color) == hue.levels.reversed().map(\.color))    // first level drawn last, on top
        var total = 0.0
        for k in kdes {
            let s = k.support, d = k.density
            for i in 1..<s.count { total += (s[i] - s[i - 1]) * (d[i] + d[i - 1]) / 2 }
        }
        #expect(abs(total - 1) < 0.01)
    }

    @Test("categorical hue takes the colour cycle in order of appearance")
    func categoricalHue() throws {
        let names = Self.flag.map { ["disk", "halo", "dwarf"][Int($0)] }
        let plot = PairPlot(columns: Self.columns(["vy", "feh"]), hue: .categorical(name: "population", values: names))
        let hue = try #require(plot.hueColors())
        var seen: [String] = []
        for n in names where !seen.contains(n) { seen.append(n) }
        #expect(hue.levels.map(\.label) == seen)
        #expect(hue.levels.map(\.color) == Array(ColorCycle.tab10.prefix(3)))
        #expect(hue.perRow.count == names.count)
    }

    @Test("more than ten categorical levels take seaborn's husl palette, as hue_order sees them")
    func manyCategoricalLevels() throws {
        let names = (0..<60).map { "level \($0 % 12)" }
        let plot = PairPlot(columns: Self.columns(["vy", "feh"]).map { PairPlot.Column($0.name, Array($0.values.prefix(60))) },
                            hue: .categorical(name: "group", values: names))
        let hue = try #require(plot.hueColors())
        #expect(hue.levels.count == 12)
        #expect(hue.levels.map(\.color) == Palette.seabornCategorical(count: 12).colors)
        #expect(Set(hue.levels.map(\.color)).count == 12, "twelve distinct colours, not tab10 repeating")
    }

    @Test("corner hides the upper triangle and the diagonal's y axis; correlations fill it with numpy's r")
    func cornerAndCorrelations() throws {
        var plot = PairPlot(columns: Self.columns())
        plot.corner = true
        let fig = try plot.figure()
        for r in 0..<4 { for c in 0..<4 { #expect(fig.axes[4 * r + c].isVisible == (c <= r)) } }
        #expect(fig.axes[0].y.tickLabelSides == .none && fig.axes[0].y.label == nil)
        plot.corner = false
        plot.upper = .correlation
        let corr = try plot.figure()
        for r in 0..<4 {
            for c in (r + 1)..<4 {
                let text = try #require(corr.axes[4 * r + c].marks.first as? PanelTextMark)
                #expect(text.text == String(format: "r = %.2f", Self.fixtures.correlations[r][c]))
            }
        }
        let r = PairPlot.correlation(Self.fixtures.stars["vy"] ?? [], Self.fixtures.stars["feh"] ?? [])
        #expect(abs(r - Self.fixtures.correlations[1][2]) < 1e-12)
    }

    @Test("many rows switch scatter panels to density aggregation; bad tables are refused")
    func aggregationAndErrors() throws {
        var plot = PairPlot(columns: Self.columns(["vy", "feh"]))
        plot.aggregationThreshold = 100
        let fig = try plot.figure()
        let scatter = try #require(fig.axes[1].marks.first as? ScatterMark)
        #expect(scatter.isAggregated)
        #expect(throws: PlotKindError.lengthMismatch(what: "column 'b'", expected: 2, actual: 1)) {
            try PairPlot(columns: [.init("a", [1, 2]), .init("b", [1])]).figure()
        }
        #expect(throws: PlotKindError.self) { try PairPlot(columns: []).figure() }
        #expect(throws: PlotKindError.lengthMismatch(what: "hue 'h'", expected: 2, actual: 3)) {
            try PairPlot(columns: [.init("a", [1, 2])], hue: .numeric(name: "h", values: [1, 2, 3])).figure()
        }
    }
}
