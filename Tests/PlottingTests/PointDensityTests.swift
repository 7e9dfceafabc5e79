import Testing
@testable import Plotting

/// Large scatters drawn as one image: coverage like overplotted dots, exact and order-free.
@Suite struct PointDensityTests {
    /// A 100 x 100 pt plot area at 1 px per pt, data 0...100 on both axes.
    let context = AxesContext(transform: DataTransform(xLimits: AxisLimits(0, 100), yLimits: AxisLimits(0, 100),
                                                       plotArea: Rect(x: 10.25, y: 20.5, width: 100, height: 100)),
                              rasterScale: 1, dpi: 72)

    func image(_ x: [Double], _ y: [Double], colors: PointColors = .uniform(.black), alpha: Double = 1,
               size: Double = 36, marker: MarkerShape = .circle, edge: ScatterMark.Edge = .none) throws -> (RasterImage, Rect) {
        let mark = try ScatterMark(x: x, y: y, sizes: [size], colors: colors, marker: marker, edge: edge, alpha: alpha,
                                   aggregation: .always)
        let r = try #require(PointDensity(scatter: mark).rasterize(context))
        return (r.image, r.rect)
    }

    func alpha(_ img: RasterImage, _ x: Int, _ y: Int) -> Int { Int(img.pixels[y * img.width + x] >> 24) }

    @Test func theImageCoversThePlotAreaOnWholePixels() throws {
        let (img, rect) = try image([50], [50])
        #expect(rect == Rect(x: 10, y: 20, width: 101, height: 101))
        #expect(img.width == 101 && img.height == 101)
    }

    @Test func oneOpaqueDotFillsItsDisc() throws {
        // 6 pt disc at (50, 50): canvas (60.25, 70.5), pixel (50, 50) of the image.
        let (img, _) = try image([50], [50])
        #expect(alpha(img, 50, 50) == 255)
        #expect(alpha(img, 52, 50) == 255)
        #expect(alpha(img, 55, 50) == 0)       // 4.75 px from the centre, outside the 3 px radius
        let edge = alpha(img, 53, 50)          // cut by the disc's edge: partly covered
        #expect(edge > 0 && edge < 255)
        // Premultiplied black: colour channels stay 0.
        #expect(img.pixels[50 * img.width + 50] & 0x00ff_ffff == 0)
    }

    @Test func overplottingCompositesLikeAlphaBlending() throws {
        let one = try image([50], [50], alpha: 0.5).0
        let two = try image([50, 50], [50, 50], alpha: 0.5).0
        let four = try image([50, 50, 50, 50], [50, 50, 50, 50], alpha: 0.5).0
        // 1 - 0.5^n: 0.5, 0.75, 0.9375 of 255.
        #expect(Swift.abs(alpha(one, 50, 50) - 128) <= 1)
        #expect(Swift.abs(alpha(two, 50, 50) - 191) <= 1)
        #expect(Swift.abs(alpha(four, 50, 50) - 239) <= 1)
    }

    @Test func pointOrderDoesNotChangeAnyPixel() throws {
        var s: UInt64 = 7
        func next() -> Double { s = s &* 6364136223846793005 &+ 1442695040888963407; return Double(s >> 11) / Double(1 << 53) * 100 }
        let xs = (0..<200_000).map { _ in next() }, ys = (0..<200_000).map { _ in next() }
        let colors = PointColors.perPoint((0..<200_000).map { ColorCycle.tab10[$0 % 10] })
        let a = try image(xs, ys, colors: colors, alpha: 0.3, size: 4).0
        let order = Array((0..<200_000).reversed())
        let b = try image(order.map { xs[$0] }, order.map { ys[$0] },
                          colors: .perPoint(order.map { ColorCycle.tab10[$0 % 10] }), alpha: 0.3, size: 4).0
        #expect(a == b)
        #expect(try image(xs, ys, colors: colors, alpha: 0.3, size: 4).0 == a)
    }

    @Test func perPointColoursMixByContribution() throws {
        let red = Color(red: 1, green: 0, blue: 0), blue = Color(red: 0, green: 0, blue: 1)
        let (img, _) = try image([50, 50], [50, 50], colors: .perPoint([red, blue]), alpha: 0.5)
        let p = img.pixels[50 * img.width + 50]
        let a = Int(p >> 24), r = Int((p >> 16) & 0xff), b = Int(p & 0xff)
        #expect(Swift.abs(a - 191) <= 1)
        // Half red, half blue, premultiplied by the 75 % coverage.
        #expect(Swift.abs(r - 96) <= 1 && Swift.abs(b - 96) <= 1)
    }

    @Test func pointsOutsideTheViewAreDropped() throws {
        let (img, _) = try image([-50, 500, .nan], [50, 50, 50])
        #expect(img.pixels.allSatisfy { $0 == 0 })
    }

    @Test func largeScattersSwitchToOneImage() throws {
        let n = ScatterMark.defaultAggregationThreshold + 1
        let xs = (0..<n).map { Double($0 % 1000) }, ys = (0..<n).map { Double($0 / 1000) }
        let fig = try Figure()
        let ax = fig.addSubplot()
        let big = try ax.scatter(xs, ys, size: 1, color: .black)
        let small = try ScatterMark(x: Array(xs.prefix(10)), y: Array(ys.prefix(10)), colors: .uniform(.black))
        #expect(big.isAggregated && !small.isAggregated)
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        let images = canvas.calls.filter { if case .image = $0 { true } else { false } }
        #expect(images.count == 1)
        #expect(canvas.markerPositions.isEmpty)
        guard case let .image(w, h, rect, interpolation) = images[0] else { return }
        // At 100 dpi the box spans x 80...576 and y 57.6...427.2 device pixels: 496 x 371 whole pixels.
        #expect(w == 496 && h == 371 && interpolation == .nearest)
        #expect(Swift.abs(rect.width * 100 / 72 - 496) < 1e-9)
    }

    @Test(arguments: MarkerShape.allCases)
    func everyMarkerShapeHasAFootprint(_ shape: MarkerShape) throws {
        let (img, _) = try image([50], [50], marker: shape, edge: .face)
        let covered = img.pixels.filter { $0 >> 24 > 0 }.count
        #expect(covered > 4 && covered < 100)
    }

    /// Grey level = value, for checking count shading.
    struct GreyRamp: ColorMapping {
        func color(for value: Double) -> Color { Color(red: value, green: value, blue: value) }
    }

    @Test func countShadingColoursPixelsByLogCount() throws {
        // Three points in one pixel, one in another: values log(4)/log(4) = 1 and log(2)/log(4) = 0.5.
        let mark = try ScatterMark(x: [50.1, 50.2, 50.3, 20], y: [50, 50, 50, 20], colors: .uniform(.black),
                                   aggregation: .always, density: .counts(GreyRamp()))
        let (img, _) = try #require(PointDensity(scatter: mark).rasterize(context))
        let dense = img.pixels[50 * img.width + 50], sparse = img.pixels[80 * img.width + 20]
        #expect(dense == 0xffff_ffff)
        #expect(sparse == RasterImage.pack(Color(red: 0.5, green: 0.5, blue: 0.5)))
        #expect(img.pixels.filter { $0 != 0 }.count == 2)
    }

    @Test func postersAggregateOnABoundedGrid() throws {
        // A 100 x 100 in plot area at 2400 dpi would be 57,600 pixels a side.
        let huge = AxesContext(transform: DataTransform(xLimits: AxisLimits(0, 1), yLimits: AxisLimits(0, 1),
                                                        plotArea: Rect(x: 0, y: 0, width: 7200, height: 7200)),
                               rasterScale: 2400.0 / 72, dpi: 2400)
        let mark = try ScatterMark(x: [0.5], y: [0.5], colors: .uniform(.black), aggregation: .always)
        let r = try #require(PointDensity(scatter: mark).rasterize(huge))
        #expect(r.image.width * r.image.height <= PointDensity.maxPixels + 2 * 4001)
        #expect(Swift.abs(r.rect.width - 7200) < 1 && Swift.abs(r.rect.height - 7200) < 1)
        #expect(r.image.pixels.contains { $0 != 0 })
    }
}
