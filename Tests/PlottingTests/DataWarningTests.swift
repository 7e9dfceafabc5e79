import Testing
@testable import Plotting

/// Marks skip NaN and infinite values as matplotlib does; the figure says so instead of
/// leaving a silent hole.
@Suite("Figure data warnings: nothing non-finite is dropped silently")
struct DataWarningTests {
    @Test("a clean figure has no warnings")
    func clean() throws {
        let figure = try Figure()
        let ax = figure.addSubplot()
        try ax.plot([1, 2, 3], [4, 5, 6], "o-", label: "inertia")
        try ax.scatter([1, 2], [3, 4])
        try ax.bar([1, 2], [3, 4])
        #expect(figure.dataWarnings.isEmpty)
    }

    @Test("lines, scatters, bands and bars count the points they leave out, by axes and label")
    func marks() throws {
        let figure = try Figure()
        let grid = try figure.subplots(rows: 1, columns: 2)
        let left = grid[0][0], right = grid[0][1]
        left.title = "BIC and AIC"
        try left.plot([1, 2, 3, 4], [1, .nan, 3, .infinity], "o-", label: "BIC")
        try left.plot([1, 2, 3, 4], [1, 2, 3, 4], "o-", label: "AIC")
        try right.scatter([.nan, 1, 2], [0, 1, 2])
        try right.fillBetween([0, 1], [0, -.infinity], 0, label: "_band")
        try right.bar([1, 2, .nan], [1, .nan, 3], label: "weights")
        #expect(figure.dataWarnings == [
            "axes 1 ('BIC and AIC'): 2 of 4 points of the line 'BIC' are NaN or infinite and are not drawn",
            "axes 2: 1 of 3 points of the scatter is NaN or infinite and is not drawn",
            "axes 2: 1 of 2 points of the filled band is NaN or infinite and is not drawn",
            "axes 2: 2 of 3 bars of the bars 'weights' are NaN or infinite and are not drawn",
        ])
    }

    @Test("a heatmap row that sums to zero cannot be normalised: its blank cells are reported")
    func heatmapZeroRow() throws {
        let mark = try HeatmapMark([[2, 2], [0, 0], [1, 3]], normalization: .rows)
        #expect(mark.values[0] == 0.5 && mark.values[2].isNaN && mark.values[3].isNaN)
        #expect(mark.omittedData == OmittedData(mark: "the heatmap", unit: "cell", omitted: 2, total: 6))
        #expect(mark.omittedData?.description == "2 of 6 cells of the heatmap are NaN and are not drawn")
        // Infinite values are refused outright.
        #expect(throws: PlotKindError.self) { try HeatmapMark([[1, .infinity]]) }
    }
}
