import Foundation
import Testing
@testable import Plotting

/// The plot-kind marks, device-free: colours, geometry and draw calls against matplotlib and seaborn.
@Suite("Plot kind marks")
struct KindMarkTests {
    static let fixtures = MarkFixtures.shared

    /// A 6.4 x 4.8 figure with one axes, and that axes.
    static func figure() throws -> (Figure, Axes) {
        let fig = try Figure()
        return (fig, fig.addSubplot())
    }

    /// The calls a figure makes on a recording canvas.
    static func record(_ fig: Figure) -> RecordingCanvas {
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        return canvas
    }

    // MARK: Filled contours

    @Test("the lab's LogNorm(1, 30) bands take matplotlib's colours; bands above 30 take the top colour")
    func logContourColors() throws {
        let ref = Self.fixtures.logContour
        let z = (0..<64).map { 0.5 * pow(300, Double($0) / 63) }
        let grid = try ContourGrid(x: (0..<8).map(Double.init), y: (0..<8).map(Double.init), z: z)
        let (_, ax) = try Self.figure()
        let set = try ax.contourf(grid, levels: .explicit((0..<12).map { pow(10, 2.0 * Double($0) / 11) }),
                                  norm: try LogNorm(vmin: 1, vmax: 30))
        #expect(zip(set.levels, ref.levels).allSatisfy { close($0, $1, relative: 1e-15) })
        #expect(set.colors.count == ref.colors.count)
        for (ours, theirs) in zip(set.colors, ref.colors) { #expect(sameColor(ours, theirs)) }
        // Geometric midpoints above 30 are over the norm: they all get the last viridis row.
        let top = Colormap.viridis.color(at: 1)
        for (k, mid) in set.layerValues.enumerated() where mid > 30 { #expect(set.colors[k] == top) }
        #expect(set.layerValues[0] == (1 * pow(10, 2.0 / 11)).squareRoot())
    }

    @Test("filled layers are painted bottom up, each cut by the region above the top level")
    func filledLayersNest() throws {
        // A cone whose peak rises above the top level: the middle must stay unpainted.
        let xs = ContourGrid.linspace(-2...2, 81)
        var z = [Double](repeating: 0, count: 81 * 81)
        for i in 0..<81 { for j in 0..<81 { z[i * 81 + j] = 3 - hypot(xs[j], xs[i]) } }
        let grid = try ContourGrid(x: xs, y: xs, z: z)
        let colors = [Color.black, Color.white, Color(hex: 0xff0000)]
        let mark = try FilledContourMark(grid: grid, levels: [0, 1, 2, 2.5], bandColors: colors)
        let t = DataTransform(xLimits: AxisLimits(-2, 2), yLimits: AxisLimits(-2, 2), plotArea: Rect(x: 0, y: 0, width: 400, height: 400))
        var canvas = RecordingCanvas()
        mark.draw(in: AxesContext(transform: t, rasterScale: 1, dpi: 72), on: &canvas)
        let fills = canvas.calls.compactMap { call -> (Path, FillStyle)? in
            if case let .fill(p, s) = call { return (p, s) }
            return nil
        }
        #expect(fills.map(\.1.color) == colors)
        #expect(fills.allSatisfy { $0.1.rule == .nonZero && $0.1.antialias })
        // Each layer: its own ring(s) plus the reversed top region (a disc of radius 0.5) as a hole.
        let topRegion = mark.regions[3]
        #expect(topRegion.ringCount == 1)
        #expect(abs(topRegion.area - Double.pi * 0.25) < 0.01)
        for (k, fill) in fills.enumerated() {
            let subpaths = fill.0.elements.filter { if case .move = $0 { true } else { false } }.count
            #expect(subpaths == mark.regions[k].ringCount + topRegion.ringCount)
        }
        // The bottom layer covers the whole square (z ≥ 0 everywhere inside radius 3).
        #expect(abs(mark.regions[0].area - 16) < 1e-9)
    }

    @Test("contour lines: one colour a level from the norm, or fixed; negative levels dashed when monochrome")
    func contourLineStyles() throws {
        let xs = ContourGrid.linspace(-1...1, 41)
        var z = [Double](repeating: 0, count: 41 * 41)
        for i in 0..<41 { for j in 0..<41 { z[i * 41 + j] = xs[j] + 0.5 * xs[i] } }
        let grid = try ContourGrid(x: xs, y: xs, z: z)
        let (_, ax) = try Self.figure()
        let mono = try ax.contour(grid, levels: .explicit([-0.5, 0, 0.5]), colors: [.black], widths: [1])
        let mark = try #require(ax.marks.last as? ContourLineMark)
        #expect(mono.colors == [.black, .black, .black])
        #expect(mark.styles.map(\.dash) == [LinePattern.dashed.dashes(width: 1), [], []])
        #expect(mark.lineSets.allSatisfy { $0.count == 1 && $0.closed == [false] })
        let mapped = try ax.contour(grid, levels: .explicit([-0.5, 0, 0.5]))
        let norm = try Normalize(vmin: -0.5, vmax: 0.5)
        #expect(mapped.colors == [-0.5, 0, 0.5].map { norm.color(of: $0, in: .viridis) })
        #expect((ax.marks.last as? ContourLineMark)?.styles.allSatisfy { $0.dash.isEmpty } == true)
    }

    @Test("in-line labels cut the line under the text and sit upright along it")
    func contourLabels() throws {
        let xs = ContourGrid.linspace(-2...2, 101)
        var z = [Double](repeating: 0, count: 101 * 101)
        for i in 0..<101 { for j in 0..<101 { z[i * 101 + j] = hypot(xs[j], xs[i]) } }
        let grid = try ContourGrid(x: xs, y: xs, z: z)
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.contour(grid, levels: .explicit([1.5]), colors: [.black], labels: ContourLabels(format: .texts(["r=1.5"])))
        let canvas = Self.record(fig)
        let texts = canvas.calls.compactMap { call -> (String, TextStyle)? in
            if case let .text(s, _, style) = call, s == "r=1.5" { return (s, style) }
            return nil
        }
        #expect(texts.count == 1)
        #expect(texts.allSatisfy { abs($0.1.rotation) <= 90 })
        // The circle is drawn open: one polyline with a gap where the label sits.
        let strokes = canvas.calls.compactMap { call -> Path? in
            if case let .stroke(p, s) = call, s.color == .black, s.width == 1.5 { return p }
            return nil
        }
        let contour = try #require(strokes.first { $0.elements.count > 50 })
        #expect(!contour.elements.contains(.close))
        #expect(ContourLabels.shortest(0.30000000000000004) == "0.3")
        #expect(ContourLabels.shortest(12) == "12")
    }

    // MARK: Decision regions

    @Test("class colours equal what the lab's contourf(Z, cmap='Pastel2') gives each class", arguments: ["2", "3", "4", "5"])
    func regionColors(classes: String) throws {
        let k = try #require(Int(classes))
        let ours = DecisionRegionsMark.matplotlibContourColors(classCount: k, colormap: .pastel2)
        let theirs = try #require(Self.fixtures.regionColors[classes])
        #expect(ours.count == theirs.count)
        for (a, b) in zip(ours, theirs) { #expect(sameColor(a, b)) }
    }

    @Test("decision regions draw one layer a class in order, then the boundaries once")
    func decisionRegionDrawCalls() throws {
        let xs = ContourGrid.linspace(0...1, 50)
        let labels = (0..<2500).map { n in (xs[n % 50] < 0.4 ? 0 : 1) + (xs[n / 50] < 0.6 ? 0 : 2) }
        let (fig, ax) = try Self.figure()
        let mark = try ax.decisionRegions(x: xs, y: xs, labels: labels)
        let canvas = Self.record(fig)
        let fills = canvas.calls.compactMap { call -> Color? in
            if case let .fill(_, s) = call, mark.colors.contains(s.color) { return s.color }
            return nil
        }
        #expect(fills == mark.colors)
        let boundary = canvas.calls.filter { if case let .stroke(_, s) = $0 { s.color == .black && s.width == 1 } else { false } }
        #expect(boundary.count == 1)
        #expect(mark.boundaries.count == 4)       // four arms from the junction
    }

    // MARK: Heatmap

    @Test("heatmap cells and annotation colours equal seaborn's", arguments: [0, 1])
    func heatmapColors(index: Int) throws {
        let ref = Self.fixtures.heatmaps[index]
        let matrix = (0..<3).map { r in Array(ref.matrix[(3 * r)..<(3 * r + 3)]) }
        let cmap = try Colormap.named(ref.cmap)
        let mark = try HeatmapMark(matrix, colormap: cmap, annotate: .integer)
        for (ours, theirs) in zip(mark.cellColors, ref.cells) { #expect(sameColor(ours, theirs)) }
        for (ours, theirs) in zip(mark.annotationColors, ref.text) { #expect(sameColor(ours, theirs)) }
        #expect(mark.annotations == ref.labels)
    }

    @Test("text turns white below relative luminance 0.408 and 0.15 grey above")
    func heatmapTextThreshold() {
        let dark = Color(red: 0.55, green: 0.55, blue: 0.55)     // luminance 0.266
        let light = Color(red: 0.7, green: 0.7, blue: 0.7)       // luminance 0.448
        #expect(dark.relativeLuminance < 0.408 && light.relativeLuminance > 0.408)
        #expect(HeatmapMark.textColor(on: dark) == .white)
        #expect(HeatmapMark.textColor(on: light) == Color(red: 0.15, green: 0.15, blue: 0.15))
    }

    @Test("normalisation by rows, columns and all")
    func heatmapNormalization() throws {
        let m: [[Double]] = [[1, 3], [2, 2]]
        #expect(try HeatmapMark(m, normalization: .rows).values == [0.25, 0.75, 0.5, 0.5])
        #expect(try HeatmapMark(m, normalization: .columns).values == [1.0 / 3, 0.6, 2.0 / 3, 0.4])
        #expect(try HeatmapMark(m, normalization: .all).values == [0.125, 0.375, 0.25, 0.25])
        #expect(throws: PlotKindError.lengthMismatch(what: "heatmap row 1", expected: 2, actual: 1)) {
            try HeatmapMark([[1, 2], [3]])
        }
        #expect(HeatmapMark.AnnotationFormat.general.text(0.123456) == "0.12")
        #expect(HeatmapMark.AnnotationFormat.decimals(1).text(2.25) == "2.2")
    }

    @Test("heatmap axes: first row on top, ticks at cell centres, one image, a colour bar laid out as seaborn's")
    func heatmapLayout() throws {
        let ref = Self.fixtures.heatmaps[0]
        let fig = try Figure(width: 10, height: 7)
        let ax = fig.addSubplot()
        try fig.heatmap([[0, 222, 0], [101, 2, 118], [27, 0, 56]], on: ax, annotate: .integer)
        #expect(ax.y.limits == AxisLimits(3, 0))
        #expect(ax.x.locator == .fixed([0.5, 1.5, 2.5]))
        #expect(ax.y.tickLabelRotation == 90)
        guard case .rect(let parent) = ax.placement, case .rect(let bar) = fig.axes[1].placement else {
            Issue.record("heatmap and colour bar axes should have explicit rectangles")
            return
        }
        for (a, b) in zip([parent.left, parent.bottom, parent.width, parent.height], ref.axes) { #expect(abs(a - b) < 1e-12) }
        for (a, b) in zip([bar.left, bar.bottom, bar.width, bar.height], ref.colorbar) { #expect(abs(a - b) < 1e-12) }
        let canvas = Self.record(fig)
        let images = canvas.calls.filter { if case .image(3, 3, _, .nearest) = $0 { true } else { false } }
        #expect(images.count == 1)
        let annotations = canvas.calls.compactMap { call -> String? in
            if case let .text(s, _, style) = call, style.rotation == 0, ["0", "222", "101", "2", "118", "27", "56"].contains(s) { return s }
            return nil
        }
        #expect(annotations.count >= 9)
    }

    // MARK: Colour bar

    @Test("a contour colour bar sits where matplotlib puts it, with ticks at the levels, thinned as FixedLocator does")
    func contourColorBar() throws {
        let ref = Self.fixtures.logContour
        let (fig, ax) = try Self.figure()
        let z = (0..<64).map { 0.5 * pow(300, Double($0) / 63) }
        let grid = try ContourGrid(x: (0..<8).map(Double.init), y: (0..<8).map(Double.init), z: z)
        let set = try ax.contourf(grid, levels: .explicit(ref.levels), norm: try LogNorm(vmin: 1, vmax: 30))
        let cax = try fig.colorbar(set.colorBarSource, for: ax)
        guard case .rect(let parent) = ax.placement, case .rect(let bar) = cax.placement else {
            Issue.record("explicit rectangles expected")
            return
        }
        for (a, b) in zip([parent.left, parent.bottom, parent.width, parent.height], ref.axes) { #expect(abs(a - b) < 1e-12) }
        for (a, b) in zip([bar.left, bar.bottom, bar.width, bar.height], ref.colorbar) { #expect(abs(a - b) < 1e-12) }
        #expect(cax.y.scale == .log)
        guard case .fixed(let ticks) = cax.y.locator else { Issue.record("fixed ticks expected"); return }
        #expect(zip(ticks, ref.ticks).allSatisfy { close($0, $1, relative: 1e-14) })
        for c in Self.fixtures.levelTicks { #expect(Figure.levelTicks(c.levels) == c.ticks) }
    }

    @Test("a continuous colour bar is one gradient image sampled at step centres")
    func gradientColorBar() throws {
        let norm = try Normalize(vmin: 0, vmax: 10)
        let mark = ColorBarMark(source: .continuous(norm: norm, colormap: .viridis), gradientSteps: 4)
        #expect(mark.gradientColors() == [1.25, 3.75, 6.25, 8.75].map { norm.color(of: $0, in: .viridis) })
        #expect(throws: PlotKindError.self) {
            let (fig, ax) = try Self.figure()
            try fig.colorbar(.continuous(norm: norm, colormap: .viridis), for: ax, layout: .init(fraction: 0.9, pad: 0.2))
        }
    }

    // MARK: Bars, histograms, densities

    @Test("bars: rectangles from the baseline, centred or from the edge, horizontal too")
    func barGeometry() throws {
        let t = DataTransform(xLimits: AxisLimits(0, 10), yLimits: AxisLimits(0, 10), plotArea: Rect(x: 0, y: 0, width: 100, height: 100))
        let v = try BarMark(positions: [2, 5], lengths: [4, -2], baselines: [1], thicknesses: [2], colors: [.black])
        #expect(v.rect(0, t) == Rect(x: 10, y: 50, width: 20, height: 40))
        #expect(v.rect(1, t) == Rect(x: 40, y: 90, width: 20, height: 20))
        let h = try BarMark(orientation: .horizontal, positions: [3], lengths: [5], thicknesses: [2], alignment: .edge, colors: [.black])
        #expect(h.rect(0, t) == Rect(x: 0, y: 50, width: 50, height: 20))
        #expect(throws: PlotKindError.lengthMismatch(what: "bar lengths", expected: 2, actual: 1)) {
            try BarMark(positions: [1, 2], lengths: [1], colors: [.black])
        }
    }

    @Test("bars on a log axis run from below the plot area up to their value")
    func logBars() throws {
        let t = DataTransform(yScale: .log, xLimits: AxisLimits(0, 4), yLimits: AxisLimits(1e-4, 1),
                              plotArea: Rect(x: 0, y: 0, width: 100, height: 100))
        let bars = try BarMark(positions: [1, 2], lengths: [0.5, 1e-3], colors: [.black])
        let r = try #require(bars.rect(0, t))
        #expect(r.maxY > 100)                              // past the bottom edge, clipped there
        #expect(abs(r.minY - 100 * log10(2) / 4) < 1e-9)   // 0.5 sits log10(2)/4 of the way down
        let e = bars.dataExtent(xScale: .linear, yScale: .log)
        #expect(e.y == 1e-3...0.5)
        #expect(e.stickyY.isEmpty)                         // a zero baseline has no place on a log axis
    }

    @Test("histogram: numpy's bins, seaborn's alpha and outline width rule")
    func histogramMark() throws {
        let data = (0..<200).map { sin(Double($0) * 0.37) * 3 + Double($0 % 7) }
        let mark = try HistogramMark(data, color: ColorCycle.tab10[0])
        #expect(mark.edges == (try HistogramBins.edges(data)))
        #expect(mark.heights.reduce(0, +) == 200)
        #expect(mark.alpha == 0.75)
        let wide = DataTransform(xLimits: AxisLimits(-3, 10), yLimits: AxisLimits(0, 40), plotArea: Rect(x: 0, y: 0, width: 1000, height: 100))
        let narrow = DataTransform(xLimits: AxisLimits(-3, 10), yLimits: AxisLimits(0, 40), plotArea: Rect(x: 0, y: 0, width: 50, height: 100))
        #expect(mark.outlineWidth(wide) == 1)
        let binWidth = 50 * (mark.edges[1] - mark.edges[0]) / 13
        #expect(abs(mark.outlineWidth(narrow) - 0.1 * binWidth) < 1e-9)
        let density = try HistogramMark(data, statistic: .density, color: .black)
        let area = zip(density.heights, zip(density.edges.dropFirst(), density.edges)).reduce(0) { $0 + $1.0 * ($1.1.0 - $1.1.1) }
        #expect(abs(area - 1) < 1e-12)
    }

    @Test("KDE mark: seaborn's grid, scaled by the hue share, outline closed along the baseline")
    func densityMark() throws {
        let data = (0..<100).map { sin(Double($0)) * 2 }
        let mark = try DensityMark(kde: data, scale: 0.25, color: .black)
        let kde = try GaussianKDE(data)
        #expect(mark.support == kde.support())
        #expect(zip(mark.density, kde.density(at: mark.support)).allSatisfy { abs($0 - 0.25 * $1) < 1e-15 })
        #expect(mark.dataExtent(xScale: .linear, yScale: .linear).stickyY == [0])
        #expect(mark.alpha == 0.25 && mark.width == 1)
    }

    // MARK: Silhouette and ellipses

    @Test("silhouette diagram: clusters sorted, stacked with gaps of 10, mean over all samples")
    func silhouetteLayout() throws {
        let values = [0.5, 0.1, 0.9, 0.3, -0.2, 0.7, 0.4]
        let labels = [1, 0, 1, 0, 2, 1, 0]
        let d = try SilhouetteDiagram(values: values, labels: labels)
        #expect(d.clusters.map(\.label) == [0, 1, 2])
        #expect(d.clusters.map(\.values) == [[0.1, 0.3, 0.4], [0.5, 0.7, 0.9], [-0.2]])
        #expect(d.clusters.map(\.start) == [10, 23, 36])
        #expect(d.height == 47)
        #expect(abs(d.mean - values.reduce(0, +) / 7) < 1e-15)
        #expect(throws: PlotKindError.invalidValue(what: "silhouette value 0", value: "1.5", expected: "a value in -1...1")) {
            try SilhouetteDiagram(values: [1.5], labels: [0])
        }
    }

    @Test("ellipse axes are sqrt(eigenvalues) along numpy's eigenvectors", arguments: fixtures.ellipses.indices)
    func ellipseAxes(index: Int) throws {
        let ref = Self.fixtures.ellipses[index]
        for sigmas in [1.0, 2, 3] {
            let e = try ConfidenceEllipse(mean: Point(1, -2), covariance: ref.cov, sigmas: sigmas)
            #expect(abs(e.semiMajor - sigmas * ref.eigenvalues[1].squareRoot()) < 1e-12)
            #expect(abs(e.semiMinor - sigmas * ref.eigenvalues[0].squareRoot()) < 1e-12)
            if ref.eigenvalues[1] - ref.eigenvalues[0] > 1e-9 {
                // Same direction up to sign.
                #expect(abs(abs(cos(e.angle) * ref.major[0] + sin(e.angle) * ref.major[1]) - 1) < 1e-12)
            }
            // Points on the drawn path are at Mahalanobis distance `sigmas` (Bézier circles are good to 3e-4).
            let c = ref.cov, det = c[0] * c[3] - c[1] * c[2]
            for el in e.path({ $0 }).elements {
                guard case .curve(_, _, let p) = el else { continue }
                let dx = p.x - 1, dy = p.y + 2
                let m = ((c[3] * dx * dx - 2 * c[1] * dx * dy + c[0] * dy * dy) / det).squareRoot()
                #expect(abs(m - sigmas) < 1e-9)
            }
        }
    }

    @Test("a covariance that is not symmetric positive semi-definite is refused")
    func ellipseErrors() {
        #expect(throws: PlotKindError.self) { try ConfidenceEllipse(mean: .zero, covariance: [1, 2, 2, 1]) }
        #expect(throws: PlotKindError.self) { try ConfidenceEllipse(mean: .zero, covariance: [1, 0.5, 0.4, 1]) }
        #expect(throws: PlotKindError.self) { try ConfidenceEllipse(mean: .zero, covariance: [1, 0, 0]) }
    }
}
