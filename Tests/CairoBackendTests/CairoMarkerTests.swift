import CairoBackend
import Foundation
import Plotting
import Testing

/// `drawMarkers` stamps pre-rendered markers in raster output; it must look like painting
/// each marker in turn, sit where asked, respect clips and give the same bytes every time.
@Suite struct CairoMarkerTests {
    /// Deterministic pseudo-random numbers in 0..<1.
    struct Random {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    static let disc = Path(circleCenter: .zero, radius: 3)

    /// Pixels per point at the test pages' 100 dpi.
    static let scale = 100.0 / 72

    /// Where matplotlib's Agg `draw_markers` centres a marker asked for at `p` (points, 100 dpi):
    /// the middle of the nearest pixel, `floor(v + 0.5) + 0.5` in device pixels, as measured on
    /// matplotlib 3.11's PNGs (`plot(x, y, 'o')` at x = 50.0, 50.3, 50.6 px lands at 50.5, 50.5, 51.5).
    static func aggCentre(_ p: Point) -> Point {
        Point(((p.x * scale + 0.5).rounded(.down) + 0.5) / scale, ((p.y * scale + 0.5).rounded(.down) + 0.5) / scale)
    }

    /// The same markers drawn with `drawMarkers` and as one fill and one stroke per marker at
    /// the pixel centres Agg would put them on.
    func stampedAndPainted(_ positions: [Point], fill: FillStyle?, stroke: StrokeStyle?,
                           marker: Path = disc, clip: Rect? = nil) throws -> (Bitmap, Bitmap) {
        var stamped: [DrawOp] = [.markers(marker, positions, fill, stroke)]
        var painted: [DrawOp] = positions.map(Self.aggCentre).flatMap { p -> [DrawOp] in
            var ops: [DrawOp] = []
            if let fill { ops.append(.fill(marker.offsetBy(p), fill)) }
            if let stroke { ops.append(.stroke(marker.offsetBy(p), stroke)) }
            return ops
        }
        if let clip {
            stamped = [.pushClip(Path(rect: clip))] + stamped + [.popClip]
            painted = [.pushClip(Path(rect: clip))] + painted + [.popClip]
        }
        return (try TestPage(width: 200, height: 120, stamped).rasterize(), try TestPage(width: 200, height: 120, painted).rasterize())
    }

    /// Positions on the quarter-pixel grid (at 100 dpi a quarter pixel is 0.18 pt), where stamping is exact.
    func quarterPixelPositions(_ count: Int, seed: UInt64) -> [Point] {
        var random = Random(state: seed)
        let quarter = 72.0 / 100 / 4
        return (0..<count).map { _ in
            Point((10 + 180 * random.next() / quarter).rounded() * quarter, (10 + 100 * random.next() / quarter).rounded() * quarter)
        }
    }

    @Test(arguments: [1.0, 0.6])
    func stampingEqualsPaintingEachMarker(alpha: Double) throws {
        // Overlapping discs with white edges, as seaborn draws them: order matters and is kept.
        let (stamped, painted) = try stampedAndPainted(
            quarterPixelPositions(400, seed: 3),
            fill: FillStyle(color: Color.tab10Blue.withAlpha(alpha)), stroke: StrokeStyle(color: .white, width: 0.48))
        let comparison = ImageComparison(expected: painted, actual: stamped)
        // Only 8-bit rounding differs: a stamp composites fill and edge into the stamp first,
        // then onto the page, so a pixel can round differently by a level or two.
        #expect((comparison.maxDifference ?? 99) <= 2, "\(comparison.summary)")
        if alpha == 1 {
            // Opaque markers: those rounding differences are confined to antialiased edges.
            #expect((comparison.rms ?? 99) <= 0.25, "\(comparison.summary)")
        }
    }

    @Test func manyPaintsStampInInputOrderLikePaintingEachMarker() throws {
        // A scatter coloured by cluster: three fills under white rims, interleaved so that
        // overlaps between colours show whether input order is kept; one paint draws nothing.
        let positions = quarterPixelPositions(400, seed: 11)
        let rim = StrokeStyle(color: .white, width: 0.48)
        let paints = [MarkerPaint(fill: FillStyle(color: .tab10Blue), stroke: rim),
                      MarkerPaint(fill: FillStyle(color: .tab10Orange), stroke: rim),
                      MarkerPaint(fill: FillStyle(color: Color(hex: 0x2ca02c).withAlpha(0.7)), stroke: rim),
                      MarkerPaint(fill: nil, stroke: nil)]
        let indices = positions.indices.map { ($0 * 7 + $0 / 3) % paints.count }
        let stamped = try TestPage(width: 200, height: 120,
                                   [.paintedMarkers(Self.disc, positions, paints, indices)]).rasterize()
        let painted = try TestPage(width: 200, height: 120, zip(positions, indices).flatMap { p, k -> [DrawOp] in
            var ops: [DrawOp] = []
            if let fill = paints[k].fill { ops.append(.fill(Self.disc.offsetBy(p), fill)) }
            if let stroke = paints[k].stroke { ops.append(.stroke(Self.disc.offsetBy(p), stroke)) }
            return ops
        }).rasterize()
        let comparison = ImageComparison(expected: painted, actual: stamped)
        #expect((comparison.maxDifference ?? 99) <= 2, "\(comparison.summary)")
        #expect((comparison.rms ?? 99) <= 0.25, "\(comparison.summary)")
        // Deterministic: the same call gives the same pixels.
        let again = try TestPage(width: 200, height: 120,
                                 [.paintedMarkers(Self.disc, positions, paints, indices)]).rasterize()
        #expect(again == stamped)
    }

    @Test func paintsWithDifferentOutlinesFallBackToPaths() throws {
        // Rims of different widths make stamps of different sizes: drawn as paths, still in order.
        let positions = quarterPixelPositions(50, seed: 13)
        let paints = [MarkerPaint(fill: FillStyle(color: .tab10Blue), stroke: StrokeStyle(color: .black, width: 0.5)),
                      MarkerPaint(fill: FillStyle(color: .tab10Orange), stroke: StrokeStyle(color: .black, width: 3))]
        let indices = positions.indices.map { $0 % 2 }
        let drawn = try TestPage(width: 200, height: 120, [.paintedMarkers(Self.disc, positions, paints, indices)]).rasterize()
        let painted = try TestPage(width: 200, height: 120, zip(positions, indices).flatMap { p, k -> [DrawOp] in
            var ops: [DrawOp] = []
            if let fill = paints[k].fill { ops.append(.fill(Self.disc.offsetBy(p), fill)) }
            if let stroke = paints[k].stroke { ops.append(.stroke(Self.disc.offsetBy(p), stroke)) }
            return ops
        }).rasterize()
        #expect(drawn == painted)
    }

    @Test func svgWritesEachPaintsMarkerOnceAndRefersToIt() throws {
        // 400 rimmed discs in two colours: two recorded drawings, 400 references to them.
        let positions = quarterPixelPositions(400, seed: 17)
        let rim = StrokeStyle(color: .white, width: 0.48)
        let paints = [MarkerPaint(fill: FillStyle(color: .tab10Blue), stroke: rim),
                      MarkerPaint(fill: FillStyle(color: .tab10Orange), stroke: rim)]
        let page = TestPage(width: 200, height: 120,
                            [.paintedMarkers(Self.disc, positions, paints, positions.indices.map { $0 % 2 })])
        let svg = String(decoding: try page.svgData(), as: UTF8.self)
        #expect(svg.components(separatedBy: "<use ").count - 1 == 400)
        let asPaths = TestPage(width: 200, height: 120, positions.indices.flatMap { i -> [DrawOp] in
            [.fill(Self.disc.offsetBy(positions[i]), paints[i % 2].fill ?? FillStyle(color: .black)),
             .stroke(Self.disc.offsetBy(positions[i]), rim)]
        })
        let pathBytes = try asPaths.svgData().count
        #expect(svg.utf8.count * 3 < pathBytes, "references (\(svg.utf8.count) bytes) against paths (\(pathBytes))")
        #expect(try page.svgData() == (try page.svgData()))
    }

    @Test func strokeOnlyAndFillOnlyMarkersStampExactly() throws {
        var cross = Path(polyline: [Point(-4, 0), Point(4, 0)])
        cross.append(Path(polyline: [Point(0, -4), Point(0, 4)]))
        let positions = quarterPixelPositions(60, seed: 5)
        let (s1, p1) = try stampedAndPainted(positions, fill: nil, stroke: StrokeStyle(color: .black, width: 1.5, cap: .round), marker: cross)
        #expect((ImageComparison(expected: p1, actual: s1).maxDifference ?? 99) <= 1)
        let square = Path(rect: Rect(x: -2, y: -2, width: 4, height: 4))
        let (s2, p2) = try stampedAndPainted(positions, fill: FillStyle(color: .tab10Orange), stroke: nil, marker: square)
        #expect((ImageComparison(expected: p2, actual: s2).maxDifference ?? 99) <= 1)
    }

    /// The centroid of the ink on a white page, in device pixels.
    static func inkCentroid(_ bitmap: Bitmap) -> Point {
        var (sum, sx, sy) = (0.0, 0.0, 0.0)
        for y in 0..<bitmap.height {
            for x in 0..<bitmap.width {
                let ink = Double(255 - Int(bitmap.pixel(x: x, y: y).red))
                (sum, sx, sy) = (sum + ink, sx + ink * (Double(x) + 0.5), sy + ink * (Double(y) + 0.5))
            }
        }
        return Point(sx / sum, sy / sum)
    }

    @Test func oneColourMarkersLandOnPixelCentresAsAggPutsThem() throws {
        // One small disc at a time at arbitrary sub-pixel positions: the ink's centroid is the
        // centre of the nearest pixel, floor(v + 0.5) + 0.5, where matplotlib's Agg backend
        // centres `draw_markers` markers (plus antialiasing noise).
        var random = Random(state: 11)
        let s = Self.scale
        var offPixelCentre = 0
        for _ in 0..<12 {
            let p = Point(10 + 10 * random.next(), 10 + 10 * random.next())
            let centroid = Self.inkCentroid(try TestPage(width: 30, height: 30, [
                .markers(Self.disc, [p], FillStyle(color: .black), nil),
            ]).rasterize())
            let agg = Self.aggCentre(p)
            #expect(abs(centroid.x - agg.x * s) <= 0.02, "x: ink at \(centroid.x) px, asked \(p.x * s)")
            #expect(abs(centroid.y - agg.y * s) <= 0.02, "y: ink at \(centroid.y) px, asked \(p.y * s)")
            if abs(centroid.x - p.x * s) > 0.1 { offPixelCentre += 1 }
        }
        // The snapping is real: most random positions are not pixel centres.
        #expect(offPixelCentre >= 6)
    }

    @Test func manyColourMarkersLandWithinAnEighthOfAPixel() throws {
        // A scatter coloured point by point is a path collection in matplotlib, drawn where
        // asked: stamped at quarter-pixel phases, the centroid is within 1/8 px of the position.
        var random = Random(state: 11)
        let s = Self.scale
        let paints = [MarkerPaint(fill: FillStyle(color: .black), stroke: nil),
                      MarkerPaint(fill: FillStyle(color: .black), stroke: nil)]
        for _ in 0..<12 {
            let p = Point(10 + 10 * random.next(), 10 + 10 * random.next())
            let centroid = Self.inkCentroid(try TestPage(width: 30, height: 30, [
                .paintedMarkers(Self.disc, [p], paints, [1]),
            ]).rasterize())
            #expect(abs(centroid.x - p.x * s) <= 0.125 + 0.02, "x: ink at \(centroid.x) px, asked \(p.x * s)")
            #expect(abs(centroid.y - p.y * s) <= 0.125 + 0.02, "y: ink at \(centroid.y) px, asked \(p.y * s)")
        }
    }

    @Test func vectorOutputKeepsExactMarkerPositions() throws {
        // Snapping is a raster matter: the SVG's disc starts at its rightmost point, (x + 3, y),
        // exactly where asked, not at a pixel centre (which would be 13.32 or 13.68 pt).
        let p = Point(13.37, 17.81)
        let svg = String(decoding: try TestPage(width: 30, height: 30, [
            .markers(Self.disc, [p], FillStyle(color: .black), nil),
        ]).svgData(), as: UTF8.self)
        // cairo writes coordinates on its 1/256 pt grid.
        let move = try #require(svg.components(separatedBy: " d=\"M ").dropFirst().first)
        let start = move.split(separator: " ").prefix(2).compactMap { Double($0) }
        try #require(start.count == 2, "\(svg)")
        #expect(abs(start[0] - (p.x + 3)) <= 1.0 / 256 && abs(start[1] - p.y) <= 1.0 / 256, "disc starts at \(start)")
    }

    @Test func stampedMarkersRespectTheClip() throws {
        let clip = Rect(x: 40, y: 30, width: 100, height: 60)
        let (stamped, _) = try stampedAndPainted(quarterPixelPositions(800, seed: 9), fill: FillStyle(color: .black), stroke: nil, clip: clip)
        let s = 100.0 / 72
        for y in 0..<stamped.height {
            for x in 0..<stamped.width {
                let inside = Double(x) + 1 > clip.minX * s && Double(x) < clip.maxX * s && Double(y) + 1 > clip.minY * s && Double(y) < clip.maxY * s
                if !inside { #expect(stamped.pixel(x: x, y: y).red == 255, "ink outside the clip at (\(x), \(y))") }
            }
        }
        // And inside the clip 800 markers over 60 % of the page leave plenty of ink.
        let inkInside = stride(from: 0, to: stamped.rgba.count, by: 4).filter { stamped.rgba[$0] == 0 }.count
        #expect(inkInside > 1000)
    }

    @Test func manyMarkersGiveTheSameBytesEveryTime() throws {
        // Above the parallel threshold: rows are split across cores, input order kept per row.
        var random = Random(state: 21)
        let positions = (0..<20_000).map { _ in Point(5 + 190 * random.next(), 5 + 110 * random.next()) }
        let page = TestPage(width: 200, height: 120, [
            .markers(Self.disc, positions, FillStyle(color: Color.tab10Blue.withAlpha(0.7)), StrokeStyle(color: .white, width: 0.5)),
        ])
        let first = try page.pngData()
        for _ in 0..<3 { #expect(try Data(page.pngData()) == Data(first)) }
    }

    @Test func largeMarkersFallBackToPaths() throws {
        // A 150 pt disc does not fit the stamp budget; it is painted as a path, exactly, centred
        // on a pixel centre as the stamped markers are.
        let big = Path(circleCenter: .zero, radius: 75)
        let (stamped, painted) = try stampedAndPainted([Point(100, 60), Point(120, 70)], fill: FillStyle(color: .tab10Green.withAlpha(0.5)),
                                                       stroke: StrokeStyle(color: .black, width: 1), marker: big)
        #expect(stamped == painted)
    }

    @Test func markersOffThePageAreSkipped() throws {
        let page = TestPage(width: 50, height: 50, [
            .markers(Self.disc, [Point(-1e9, 10), Point(1e18, 1e18), Point(.nan, 5), Point(-10, -10)], FillStyle(color: .black), nil),
        ])
        let bitmap = try page.rasterize()
        #expect(bitmap.rgba.allSatisfy { $0 == 255 })
    }

    @Test func vectorOutputDrawsEveryMarker() throws {
        let positions = quarterPixelPositions(25, seed: 2)
        let pdf = try TestPage(width: 200, height: 120, [.markers(Self.disc, positions, FillStyle(color: .black), nil)]).pdfData()
        #expect(pdf.count > 0)
        let svg = try TestPage(width: 200, height: 120, [.markers(Self.disc, positions, FillStyle(color: .black), nil)]).svgData()
        #expect(svg.occurrences(of: "<path") == 25)
    }
}
