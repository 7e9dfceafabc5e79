import Testing
@testable import Plotting

/// A mark standing in for an image: its extent is sticky, as matplotlib's `imshow` is.
struct StickyBox: Mark {
    let x: ClosedRange<Double>
    let y: ClosedRange<Double>
    var zOrder: Double { 0 }
    func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(x: x, y: y, stickyX: [x.lowerBound, x.upperBound], stickyY: [y.lowerBound, y.upperBound])
    }
    func draw(in context: AxesContext, on canvas: inout some Canvas) {}
}

/// Autoscaled limits against matplotlib's `autoscale_view` (5 % margins, sticky edges, log axes).
@Suite struct AutoscaleParityTests {
    @Test(arguments: TickFixtures.shared.autoscale)
    func limitsMatchMatplotlib(_ c: TickFixtures.Autoscale) throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        ax.x.scale = c.xscale == "log" ? .log : .linear
        ax.y.scale = c.yscale == "log" ? .log : .linear
        switch c.kind {
        case "plot": try ax.plot(c.xs, c.ys)
        case "scatter": try ax.scatter(c.xs, c.ys)
        case "image":
            ax.add(StickyBox(x: (c.xs.min() ?? 0)...(c.xs.max() ?? 0), y: (c.ys.min() ?? 0)...(c.ys.max() ?? 0)))
        case "image+plot":
            ax.add(StickyBox(x: 0...1, y: 0...1))
            try ax.plot(c.xs, c.ys)
        default: Issue.record("unknown kind \(c.kind)")
        }
        let limits = try #require(FigureRenderer(figure: fig).resolveLimits().first)
        // Linear limits are sums and products of the data, so they agree to the bit;
        // log limits go through log10 and pow, allowed 4 ulp.
        #expect(close(limits.x.start, c.xlim[0]), "x start \(limits.x.start) vs \(c.xlim[0])")
        #expect(close(limits.x.end, c.xlim[1]), "x end \(limits.x.end) vs \(c.xlim[1])")
        #expect(close(limits.y.start, c.ylim[0]), "y start \(limits.y.start) vs \(c.ylim[0])")
        #expect(close(limits.y.end, c.ylim[1]), "y end \(limits.y.end) vs \(c.ylim[1])")
    }

    func close(_ a: Double, _ b: Double) -> Bool {
        Swift.abs(a - b) <= 4 * Swift.max(a.ulp, b.ulp)
    }

    @Test func explicitAndInvertedLimits() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 10], [0, 1])
        ax.x.isInverted = true
        ax.y.limits = AxisLimits(-1, 2)
        let limits = try #require(FigureRenderer(figure: fig).resolveLimits().first)
        #expect(limits.x == AxisLimits(10.5, -0.5))
        #expect(limits.y == AxisLimits(-1, 2))
    }

    @Test func sharedAxesTakeTheUnionOfTheirData() throws {
        let fig = try Figure()
        let grid = try fig.subplots(rows: 1, columns: 2, shareY: .row)
        try grid[0][0].plot([0, 1], [0, 1])
        try grid[0][1].plot([0, 1], [5, 9])
        let limits = FigureRenderer(figure: fig).resolveLimits()
        #expect(limits[0].y == limits[1].y)
        #expect(limits[0].y == AxisLimits(-0.45, 9.45))
        #expect(limits[0].x == AxisLimits(-0.05, 1.05))
        // Inner y tick labels are hidden, as matplotlib's subplots(sharey=True) does.
        #expect(grid[0][0].y.tickLabelSides == .primary)
        #expect(grid[0][1].y.tickLabelSides == .none)
    }

    @Test func sharedAxesTakeTheRootsScale() throws {
        let fig = try Figure()
        let grid = try fig.subplots(rows: 2, columns: 1, shareX: .all)
        grid[0][0].x.scale = .log
        try grid[0][0].plot([1, 10], [0, 1])
        try grid[1][0].plot([100, 1000], [0, 1])
        let page = FigureRenderer(figure: fig).layout(measuringWith: RecordingCanvas())
        #expect(page.axes.map(\.transform.xScale) == [.log, .log])
        #expect(page.axes[0].transform.xLimits == page.axes[1].transform.xLimits)
        // Decades 1...1000 with 5 % margins in log space.
        #expect(Swift.abs(page.axes[1].transform.xLimits.start - Foundation.pow(10, -0.15)) < 1e-12)
    }
}

import Foundation
