import Testing
@testable import Plotting

@Suite struct FigureSmokeTests {
    @Test func aLinePlotDrawsItsLineTicksAndLabels() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([1, 2, 3, 4, 5, 6, 7, 8], [2800, 1440, 540, 210, 195, 175, 160, 140], "-o")
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Inertia")
        ax.grid()
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        let texts = canvas.texts.map(\.text)
        #expect(texts.contains("Number of Clusters"))
        #expect(texts.contains("Inertia"))
        #expect(!canvas.strokes.isEmpty)
    }
}
