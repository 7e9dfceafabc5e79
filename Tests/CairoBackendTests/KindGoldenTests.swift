import CairoBackend
import Foundation
import Plotting
import Testing

/// The plot kinds as pixels: goldens of the lab's figures, seams at full resolution, determinism.
@Suite("Plot kind pixels")
struct KindGoldenTests {
    @Test("each kind matches its golden", arguments: KindFigure.allCases)
    func golden(_ kind: KindFigure) throws {
        try Goldens.check(try kind.figure(), kind.rawValue)
    }

    /// Pixels of the plot area (inset by `inset` device pixels) lighter than all 24 neighbours
    /// within two pixels by more than `threshold` on the 0-255 luminance scale: a light seam
    /// between two fills shows up as such a ridge, an antialiased edge never does (its value
    /// lies between the colours beside it).
    static func seamPixels(_ bitmap: Bitmap, plotArea: Rect, scale: Double, inset: Int = 3, threshold: Double = 2) -> Int {
        let x0 = Int((plotArea.minX * scale).rounded(.up)) + inset, x1 = Int((plotArea.maxX * scale).rounded(.down)) - inset
        let y0 = Int((plotArea.minY * scale).rounded(.up)) + inset, y1 = Int((plotArea.maxY * scale).rounded(.down)) - inset
        guard x1 > x0 + 4, y1 > y0 + 4 else { return 0 }
        let w = bitmap.width
        var lum = [Double](repeating: 0, count: bitmap.width * bitmap.height)
        bitmap.rgba.withUnsafeBufferPointer { p in
            for i in 0..<lum.count {
                lum[i] = 0.2126 * Double(p[4 * i]) + 0.7152 * Double(p[4 * i + 1]) + 0.0722 * Double(p[4 * i + 2])
            }
        }
        var count = 0
        for y in (y0 + 2)..<(y1 - 2) {
            for x in (x0 + 2)..<(x1 - 2) {
                let c = lum[y * w + x]
                var brightest = -1.0
                for dy in -2...2 { for dx in -2...2 where dx != 0 || dy != 0 { brightest = max(brightest, lum[(y + dy) * w + x + dx]) } }
                if c > brightest + threshold { count += 1 }
            }
        }
        return count
    }

    /// The plot area of a one-axes figure, in points.
    static func plotArea(_ fig: Figure) -> Rect {
        let cell = fig.subplotParameters.cell(rows: 1, columns: 1, row: 0, column: 0)
        let page = fig.pageSize
        return Rect(x: cell.left * page.width, y: (1 - cell.bottom - cell.height) * page.height,
                    width: cell.width * page.width, height: cell.height * page.height)
    }

    @Test("1000 x 1000 filled contours show no seams at 300 dpi; the same bands tiled edge to edge do")
    func contourSeams() throws {
        let g = KindData.shared.gmmGrid(resolution: 1000)
        let grid = try ContourGrid(x: g.x, y: g.y, z: g.negScore)
        let fig = try Figure(width: 10, height: 5, dpi: 300)
        let ax = fig.addSubplot()
        let set = try ax.contourf(grid, levels: .explicit(KindFigure.labLevels), norm: try LogNorm(vmin: 1, vmax: 30))
        let area = Self.plotArea(fig)
        let nested = try fig.rasterize()
        #expect(Self.seamPixels(nested, plotArea: area, scale: 300.0 / 72) == 0)

        // Control: exact band polygons (each region minus the next), what a naive renderer
        // fills. The detector must see their seams, or the check above proves nothing.
        let mark = try #require(ax.marks.first as? FilledContourMark)
        let tiled = try Figure(width: 10, height: 5, dpi: 300)
        let tiledAxes = tiled.addSubplot()
        tiledAxes.add(ExactBands(mark: mark, colors: set.colors))
        let seams = Self.seamPixels(try tiled.rasterize(), plotArea: area, scale: 300.0 / 72)
        #expect(seams > 500, "the control rendering should show seams, found \(seams) seam pixels")
    }

    @Test("1000 x 1000 decision regions show no seams at 300 dpi, boundaries off")
    func regionSeams() throws {
        let d = KindData.shared
        let g = d.kmeansGrid(centres: d.kmeans4, resolution: 1000)
        let fig = try Figure(width: 8, height: 4, dpi: 300)
        try fig.addSubplot().decisionRegions(x: g.x, y: g.y, labels: g.labels, boundary: nil)
        #expect(Self.seamPixels(try fig.rasterize(), plotArea: Self.plotArea(fig), scale: 300.0 / 72) == 0)
    }

    @Test("rasterised bands agree with the vector ones away from their edges and make the PDF smaller")
    func rasterizedBands() throws {
        let g = KindData.shared.gmmGrid(resolution: 1000)
        let grid = try ContourGrid(x: g.x, y: g.y, z: g.negScore)
        func figure(rasterized: Bool) throws -> Figure {
            let fig = try Figure(width: 10, height: 5)
            try fig.addSubplot().contourf(grid, levels: .explicit(KindFigure.labLevels), norm: try LogNorm(vmin: 1, vmax: 30),
                                          rasterized: rasterized)
            return fig
        }
        let vector = try figure(rasterized: false), raster = try figure(rasterized: true)
        let a = try vector.rasterize(), b = try raster.rasterize()
        #expect(a.width == b.width && a.height == b.height)
        var differing = 0
        for i in 0..<(a.width * a.height) {
            var d = 0
            for c in 0..<3 {
                let u = Int(a.rgba[4 * i + c]), v = Int(b.rgba[4 * i + c])
                d = max(d, abs(u - v))
            }
            if d > 12 { differing += 1 }
        }
        // Only pixels along band edges may differ (antialiased there, hard-edged in the image).
        #expect(Double(differing) / Double(a.width * a.height) < 0.02, "\(differing) pixels differ")
        let vectorPDF = try vector.pdfData().count, rasterPDF = try raster.pdfData().count
        #expect(rasterPDF * 2 < vectorPDF, "PDF \(rasterPDF) bytes rasterised vs \(vectorPDF) vector")
    }

    @Test("the same figure gives the same PNG bytes twice")
    func deterministic() throws {
        let a = try KindFigure.densityContours.figure().pngData()
        let b = try KindFigure.densityContours.figure().pngData()
        #expect(a == b)
        let p = try KindFigure.pairPlotHue.figure().pngData()
        let q = try KindFigure.pairPlotHue.figure().pngData()
        #expect(p == q)
    }
}

/// Test-only control: the bands of a filled contour as exact, abutting polygons (each
/// region minus the next one up), the tiling that leaves antialiasing seams.
private struct ExactBands: Mark {
    let mark: FilledContourMark
    let colors: [Color]
    var zOrder: Double { 1 }

    func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent { mark.dataExtent(xScale: xScale, yScale: yScale) }

    func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        for k in 0..<colors.count {
            var path = mark.regions[k].path { t.apply($0) }
            mark.regions[k + 1].appendRings(to: &path, reversed: true) { t.apply($0) }
            canvas.fill(path, FillStyle(color: colors[k]))
        }
    }
}
