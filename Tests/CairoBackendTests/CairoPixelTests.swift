import CairoBackend
import Foundation
import Plotting
import Testing

/// Exact pixel semantics of the canvas at 100 dpi (1 pt = 100/72 px), checked on rasterised pages.
@Suite struct CairoPixelTests {
    /// The red channel of each pixel column along row `y` (black ink reads low, white page 255).
    func row(_ bitmap: Bitmap, y: Int, columns: Range<Int>) -> [Int] {
        columns.map { Int(bitmap.pixel(x: $0, y: y).red) }
    }

    func column(_ bitmap: Bitmap, x: Int, rows: Range<Int>) -> [Int] {
        rows.map { Int(bitmap.pixel(x: x, y: $0).red) }
    }

    func verticalLine(x: Double, width: Double, snap: Bool) -> TestPage {
        TestPage(width: 36, height: 36, [
            .stroke(Path(polyline: [Point(x, 5), Point(x, 30)]), StrokeStyle(color: .black, width: width, snap: snap)),
        ])
    }

    @Test func oddWidthSnapsToOnePixelColumn() throws {
        // 0.8 pt = 1.11 px centred at x = 14.31 px: snapped to the centre of pixel 14.
        let snapped = try verticalLine(x: 10.3, width: 0.8, snap: true).rasterize()
        let values = row(snapped, y: 20, columns: 12..<17)
        #expect(values[2] == 0, "pixel 14 is fully covered: \(values)")
        #expect(values[1] >= 235 && values[3] >= 235, "its neighbours only catch the 0.06 px overhang: \(values)")
        #expect(values[0] == 255 && values[4] == 255)

        // Unsnapped, the same line straddles pixels 13 and 14 and neither is solid.
        let blurred = try verticalLine(x: 10.3, width: 0.8, snap: false).rasterize()
        let soft = row(blurred, y: 20, columns: 12..<17)
        #expect(soft.min() ?? 0 > 20, "no column is fully covered: \(soft)")
        #expect(soft[1] < 255 && soft[2] < 255)
    }

    @Test func evenWidthSnapsToPixelEdges() throws {
        // 1.44 pt = 2 px centred at x = 14.31 px: snapped to the edge at 14, covering pixels 13 and 14.
        let snapped = try verticalLine(x: 10.3, width: 1.44, snap: true).rasterize()
        let values = row(snapped, y: 20, columns: 11..<17)
        #expect(values == [255, 255, 0, 0, 255, 255])
    }

    @Test func horizontalSegmentsSnapToo() throws {
        let page = TestPage(width: 36, height: 36, [
            .stroke(Path(polyline: [Point(5, 10.3), Point(30, 10.3)]), StrokeStyle(color: .black, width: 0.8, snap: true)),
        ])
        let values = column(try page.rasterize(), x: 20, rows: 12..<17)
        #expect(values[2] == 0, "\(values)")
    }

    @Test func pathsWithADiagonalAreNotSnapped() throws {
        let path = Path(polyline: [Point(5, 10.3), Point(30, 10.3), Point(20, 25.7)])
        let snapped = TestPage(width: 36, height: 36, [.stroke(path, StrokeStyle(color: .black, width: 0.8, snap: true))])
        let plain = TestPage(width: 36, height: 36, [.stroke(path, StrokeStyle(color: .black, width: 0.8, snap: false))])
        #expect(try snapped.rasterize() == plain.rasterize())
    }

    @Test func snappingIsRasterOnly() throws {
        // Vector output keeps the exact geometry: the PDF is the same with and without snap.
        #expect(try Data(verticalLine(x: 10.3, width: 0.8, snap: true).pdfData()) == Data(verticalLine(x: 10.3, width: 0.8, snap: false).pdfData()))
    }

    @Test func evenOddLeavesTheHoleOfARing() throws {
        let ring = GoldenPage.ring(center: Point(18, 18), outer: 15, inner: 7)
        let evenOdd = try TestPage(width: 36, height: 36, [.fill(ring, FillStyle(color: .black, rule: .evenOdd))]).rasterize()
        let nonZero = try TestPage(width: 36, height: 36, [.fill(ring, FillStyle(color: .black, rule: .nonZero))]).rasterize()
        #expect(evenOdd.pixel(x: 25, y: 25).red == 255, "centre of the hole stays white")
        #expect(nonZero.pixel(x: 25, y: 25).red == 0, "both circles wound the same way: filled")
        #expect(evenOdd.pixel(x: 25, y: 10).red == 0, "the ring itself is filled")
    }

    @Test func antialiasOffGivesHardEdges() throws {
        let square = Path(rect: Rect(x: 3.3, y: 3.7, width: 20.45, height: 20.45))
        let hard = try TestPage(width: 36, height: 36, [.fill(square, FillStyle(color: .black, antialias: false))]).rasterize()
        let soft = try TestPage(width: 36, height: 36, [.fill(square, FillStyle(color: .black))]).rasterize()
        let hardValues = Set(stride(from: 0, to: hard.rgba.count, by: 4).map { hard.rgba[$0] })
        let softValues = Set(stride(from: 0, to: soft.rgba.count, by: 4).map { soft.rgba[$0] })
        #expect(hardValues == [0, 255])
        #expect(softValues.count > 2, "antialiased edges have intermediate values")
    }

    @Test func translucentFillBlendsWithTheBackground() throws {
        let page = TestPage(width: 36, height: 36, [
            .fill(Path(rect: Rect(x: 0, y: 0, width: 36, height: 36)), FillStyle(color: Color(red: 0, green: 0, blue: 1, alpha: 0.5))),
        ])
        let p = try page.rasterize().pixel(x: 10, y: 10)
        // 50 % blue over white: (127.5, 127.5, 255), rounded either way by cairo's 8-bit arithmetic.
        #expect((127...128).contains(p.red) && (127...128).contains(p.green) && p.blue == 255)
    }

    @Test func nearestImageKeepsHardCellEdges() throws {
        // Two cells, red and blue, over 72 x 36 pt = 100 x 50 px: the boundary falls at x = 50 px.
        let image = RasterImage(width: 2, height: 1, pixels: [RasterImage.pack(Color(red: 1, green: 0, blue: 0)),
                                                              RasterImage.pack(Color(red: 0, green: 0, blue: 1))])
        let rect = Rect(x: 0, y: 0, width: 72, height: 36)
        let nearest = try TestPage(width: 72, height: 36, [.image(image, rect, .nearest)]).rasterize()
        let smooth = try TestPage(width: 72, height: 36, [.image(image, rect, .smooth)]).rasterize()
        #expect(nearest.pixel(x: 49, y: 25) == (255, 0, 0, 255))
        #expect(nearest.pixel(x: 50, y: 25) == (255 - 255, 0, 255, 255))
        #expect(nearest.pixel(x: 0, y: 0) == (255, 0, 0, 255), "edges are not faded")
        let middle = smooth.pixel(x: 50, y: 25)
        #expect(middle.red > 100 && middle.red < 155 && middle.blue > 100 && middle.blue < 155, "bilinear blends the cells")
        #expect(smooth.pixel(x: 0, y: 25) == (255, 0, 0, 255), "padding keeps the outer pixels at full colour")
    }

    @Test func imagesUpsampleForVectorOutputOnlyWhenNearest() throws {
        let image = RasterImage(width: 2, height: 1, pixels: [0xFFFF_0000, 0xFF00_00FF])
        let rect = Rect(x: 0, y: 0, width: 72, height: 36)
        let nearest = try TestPage(width: 72, height: 36, [.image(image, rect, .nearest)]).svgData().ascii
        let smooth = try TestPage(width: 72, height: 36, [.image(image, rect, .smooth)]).svgData().ascii
        // At 100 dpi the 100 x 50 px area takes each cell 50 x 50 times.
        #expect(nearest.contains("width=\"100\" height=\"50\""))
        #expect(smooth.contains("width=\"2\" height=\"1\""))
    }

    @Test func clipRestrictsAndPopRestores() throws {
        let everything = Path(rect: Rect(x: 0, y: 0, width: 36, height: 36))
        let page = TestPage(width: 36, height: 36, [
            .pushClip(Path(rect: Rect(x: 7.2, y: 7.2, width: 7.2, height: 7.2))),  // pixels 10..<20
            .fill(everything, FillStyle(color: .black)),
            .popClip,
            .fill(Path(rect: Rect(x: 21.6, y: 21.6, width: 7.2, height: 7.2)), FillStyle(color: .black)),  // pixels 30..<40
        ])
        let b = try page.rasterize()
        #expect(b.pixel(x: 15, y: 15).red == 0)
        #expect(b.pixel(x: 9, y: 15).red == 255 && b.pixel(x: 20, y: 15).red == 255)
        #expect(b.pixel(x: 35, y: 35).red == 0, "drawing after popClip is unclipped")
    }

    @Test func backgroundColourFillsThePage() throws {
        let page = TestPage(width: 10, height: 10, background: Color(hex: 0x336699), [])
        let b = try page.rasterize()
        #expect(b.pixel(x: 0, y: 0) == (0x33, 0x66, 0x99, 255))
        #expect(b.pixel(x: 13, y: 13) == (0x33, 0x66, 0x99, 255))
    }
}
