import CairoBackend
import Foundation
import Plotting
import Testing

/// Figures from the figure model, drawn through cairo and compared with committed goldens.
@Suite struct PlotGoldenTests {
    @Test(arguments: PlotGoldenFigure.allCases)
    func figureMatchesGolden(_ figure: PlotGoldenFigure) throws {
        try Goldens.check(try figure.figure(), figure.rawValue)
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        for figure in [PlotGoldenFigure.aggregation, .legend, .log] {
            let fig = try figure.figure()
            #expect(try fig.pngData() == fig.pngData())
            #expect(try fig.svgData() == fig.svgData())
            #expect(try fig.pdfData() == fig.pdfData())
        }
    }

    @Test func aggregatedPointsKeepVectorFilesSmall() throws {
        // 200,000 points as vectors make a PDF of megabytes; aggregated they are one image.
        let fig = try PlotGoldenFigure.aggregation.figure()
        let pdf = try fig.pdfData()
        let svg = try fig.svgData()
        #expect(pdf.count < 400_000, "PDF is \(pdf.count) bytes")
        #expect(svg.count < 600_000, "SVG is \(svg.count) bytes")
    }
}
