import Testing
@testable import Plotting

/// A heatmap whose values are all equal (a confusion matrix of one class and one cluster) is
/// drawn as seaborn draws it, not refused.
@Suite("Heatmaps of equal values")
struct DegenerateHeatmapTests {
    /// matplotlib 3.11.2 / seaborn 0.13.2: `sns.heatmap(data)` then the colour bar's limits and
    /// the first cell's face colour (rocket at 0.5: 0.7965014, 0.10506637, 0.31063031).
    @Test("the norm widens as matplotlib's colour bar widens it; cells take the map's middle",
          arguments: [([[20.0]], 18.0, 22.0), ([[0.0]], -0.1, 0.1), ([[5.0, 5], [5, 5]], 4.5, 5.5)])
    func equalValues(matrix: [[Double]], vmin: Double, vmax: Double) throws {
        let figure = try Figure(width: 6.4, height: 4.8)
        let ax = figure.addSubplot()
        let mark = try figure.heatmap(matrix, on: ax, annotate: .integer)
        #expect(abs(mark.norm.vmin - vmin) <= 1e-12 && abs(mark.norm.vmax - vmax) <= 1e-12)
        let cell = mark.cellColors[0]
        #expect(abs(cell.red - 0.7965014) <= 2e-3 && abs(cell.green - 0.10506637) <= 2e-3
                && abs(cell.blue - 0.31063031) <= 2e-3, "\(cell)")
        #expect(figure.axes.count == 2, "the colour bar is added")
        #expect(figure.dataWarnings.isEmpty)
    }

    @Test("integer annotations of values beyond 64 bits print the number instead of trapping")
    func hugeIntegerAnnotation() throws {
        let mark = try HeatmapMark([[1e300, 3]], annotate: .integer)
        #expect(mark.annotations[1] == "3")
        // Python's '%.0f' % 1e300: 301 digits, starting 1000000000000000052504760255204420248704.
        #expect(mark.annotations[0].count == 301 && mark.annotations[0].hasPrefix("1000000000000000052504760255204420248704"))
    }
}
