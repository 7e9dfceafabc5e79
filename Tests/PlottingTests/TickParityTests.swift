import Foundation
import Testing
@testable import Plotting

/// Ticks, labels and offsets against matplotlib 3.11 on a table of ranges and axis lengths.
@Suite struct TickParityTests {
    @Test(arguments: TickFixtures.shared.linear)
    func autoLocatorAndScalarFormatterMatchMatplotlib(_ c: TickFixtures.Linear) {
        let isX = c.axis == "x"
        let space = AxisTicks.tickSpace(length: c.length, labelSize: 10, isX: isX)
        #expect(space == c.tickSpace)
        let ticks = MaxNLocator.auto.ticks(Swift.min(c.vmin, c.vmax), Swift.max(c.vmin, c.vmax), tickSpace: space)
        #expect(ticks == c.ticks, "ticks")
        let (labels, offset) = ScalarFormatter().labels(for: c.ticks, view: AxisLimits(c.vmin, c.vmax))
        #expect(labels == c.labels, "labels")
        #expect(offset == c.offset, "offset")
        let minor = TickLocator.autoMinor(majors: c.ticks, view: AxisLimits(c.vmin, c.vmax))
        #expect(minor == c.minor, "AutoMinorLocator")
    }

    @Test(arguments: TickFixtures.shared.log)
    func logLocatorAndSciNotationMatchMatplotlib(_ c: TickFixtures.Log) {
        let space = AxisTicks.tickSpace(length: c.length, labelSize: 10, isX: c.axis == "x")
        #expect(space == c.tickSpace)
        let view = AxisLimits(c.vmin, c.vmax)
        let major = LogLocator.major.ticks(c.vmin, c.vmax, tickSpace: space)
        let minor = LogLocator.minor.ticks(c.vmin, c.vmax, tickSpace: space)
        // Decades are 10^k. numpy computes them with its SIMD pow, which on this CPU
        // (AVX-512) is not correctly rounded for some k (10^-30 -> 9.999999999999999e-31)
        // and differs between CPUs; we use the correctly rounded pow. So log ticks are
        // compared to within 2 ulp, linear ones above bit for bit.
        #expect(Self.withinTwoUlp(major, c.major), "major ticks \(major) vs \(c.major)")
        #expect(Self.withinTwoUlp(minor, c.minor), "minor ticks \(minor) vs \(c.minor)")
        #expect(LogFormatterSciNotation().labels(for: c.major, view: view) == c.majorLabels, "major labels")
        #expect(LogFormatterSciNotation().labels(for: c.minor, view: view) == c.minorLabels, "minor labels")
    }

    @Test(arguments: TickFixtures.shared.logFormatter)
    func logFormatterMatchesMatplotlib(_ c: TickFixtures.LogFormatterCase) {
        let formatter = c.everyTick ? LogFormatter.everyTick : LogFormatter(labelOnlyBase: c.labelOnlyBase)
        #expect(formatter.labels(for: c.values, view: AxisLimits(c.vmin, c.vmax)) == c.labels)
    }

    @Test func logContourColorBarsLabelEveryLevelAsMatplotlibsLogFormatter() throws {
        // LogNorm(1, 30) bands at logspace(0, 2, 12): ticks at every other level, plain numbers.
        let fig = try Figure()
        let ax = fig.addSubplot()
        let levels = (0..<12).map { Foundation.pow(10, 2 * Double($0) / 11) }
        let colors = (0..<11).map { Colormap.viridis.color(at: Double($0) / 10) }
        let bar = try fig.colorbar(ColorBarSource(paint: .bands(levels: levels, colors: colors), logarithmic: true), for: ax)
        #expect(bar.y.formatter == .log(.everyTick))
        let layout = FigureRenderer(figure: fig).layout(measuringWith: RecordingCanvas())
        let labels = layout.axes[1].texts.map(\.layout.text)
        #expect(labels == ["1", "2.3", "5.3", "12.3", "28.5", "65.8"])
    }

    static func withinTwoUlp(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in Swift.abs(x - y) <= 2 * Swift.max(x.ulp, y.ulp) }
    }
}
