@testable import CairoBackend
import CCairo
import Foundation
import Plotting
import Testing

/// PDF output paints runs of markers that keep clear of each other as one path
/// (`MarkerRuns`, `MarkerBatches`): the runs must be exactly the greedy split, and painting
/// them must give the picture that painting each marker in turn gives.
@Suite struct CairoMarkerBatchTests {
    typealias Random = CairoMarkerTests.Random

    /// Whether two centres are less than a box apart on both axes.
    static func near(_ a: Point, _ b: Point, _ size: Size) -> Bool {
        abs(a.x - b.x) < size.width && abs(a.y - b.y) < size.height
    }

    /// The greedy split computed the slow way: every pair of the open run is compared.
    static func bruteForceRuns(_ centres: [Point], size: Size) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for i in centres.indices where centres[i].x.isFinite && centres[i].y.isFinite {
            let clash = (start..<i).contains { j in
                centres[j].x.isFinite && centres[j].y.isFinite && near(centres[j], centres[i], size)
            }
            if clash {
                runs.append(start..<i)
                start = i
            }
        }
        if !centres.isEmpty { runs.append(start..<centres.count) }
        return runs
    }

    static func scatter(_ count: Int, seed: UInt64, width: Double = 200, height: Double = 120) -> [Point] {
        var random = Random(state: seed)
        return (0..<count).map { _ in Point(5 + (width - 10) * random.next(), 5 + (height - 10) * random.next()) }
    }

    @Test(arguments: [(1, 6.0), (5, 6.0), (200, 6.0), (2000, 7.5), (3000, 1.5), (500, 40)])
    func runsAreTheGreedySplitIntoMarkersClearOfEachOther(count: Int, box: Double) {
        let centres = Self.scatter(count, seed: UInt64(count))
        let size = Size(width: box, height: box * 0.8)
        let runs = MarkerRuns(centres, size: size).ranges
        #expect(runs == Self.bruteForceRuns(centres, size: size))
        // Together the runs cover every marker once, in order; within a run no two come near.
        #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == count)
        for (a, b) in zip(runs, runs.dropFirst()) { #expect(a.upperBound == b.lowerBound && !a.isEmpty) }
        for run in runs {
            for i in run {
                for j in run where j > i { #expect(!Self.near(centres[i], centres[j], size)) }
            }
        }
    }

    @Test func markersFarApartMakeOneRunAndOneMarkerOnTopOfAnotherStartsANewOne() {
        let grid = (0..<400).map { Point(Double($0 % 20) * 10, Double($0 / 20) * 10) }
        #expect(MarkerRuns(grid, size: Size(width: 9.9, height: 9.9)).ranges == [0..<400])
        // Exactly a box apart is clear; any closer is near.
        #expect(MarkerRuns(grid, size: Size(width: 10, height: 10)).ranges == [0..<400])
        // Slightly more: each marker comes near the one before it, except at the start of a
        // grid row, where the previous marker is a row's width away.
        #expect(MarkerRuns(grid, size: Size(width: 10.01, height: 10.01)).ranges.count == 400 - 19)
        // The grid again after a repeat of marker 137: the repeat starts a run, which the
        // second grid joins until its own marker 137.
        let repeated = grid + [grid[137]] + grid
        #expect(MarkerRuns(repeated, size: Size(width: 5, height: 5)).ranges == [0..<400, 400..<538, 538..<801])
    }

    @Test func nonFiniteAndFarAwayCentresNeverBreakTheSplit() {
        let centres = [Point(0, 0), Point(.nan, 0), Point(0, .infinity), Point(1e300, -1e300), Point(-1e300, 1e300),
                       Point(1e300, -1e300), Point(3, 3), Point(20, 0), Point(1e15, 1e15), Point(1e15 + 1, 1e15)]
        let size = Size(width: 5, height: 5)
        let runs = MarkerRuns(centres, size: size).ranges
        // Clamped cells may end a run early (the safe direction), never join markers that are near.
        #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == centres.count)
        for run in runs {
            let finite = run.filter { centres[$0].x.isFinite && centres[$0].y.isFinite }
            for i in finite { for j in finite where j > i { #expect(!Self.near(centres[i], centres[j], size)) } }
        }
        #expect(runs.contains { $0.contains(5) && $0.lowerBound == 5 }, "the same far-away centre twice starts a new run")
        #expect(MarkerRuns([], size: size).ranges.isEmpty)
    }

    /// Draws the markers on a 4x raster through the vector code paths: batched
    /// (`MarkerBatches`) or one path each (what `drawMarkers` does on a non-PDF vector surface).
    ///
    /// `oversampling` paints at that many times 4 pixels a point and averages each square of
    /// `oversampling` x `oversampling` pixels into one: the picture's geometry, with less of
    /// the rasteriser's antialiasing of thin edges in it.
    static func paint(_ positions: [Point], marker: Path = CairoMarkerTests.disc, paints: [MarkerPaint], indices: [Int]?,
                      batched: Bool, oversampling: Int = 1) throws -> Bitmap {
        // 4 pixels a point: the 1 pt gap kept between batched inks is 4 pixels here.
        let surface = try CairoSurface(imageWidth: 800 * oversampling, height: 480 * oversampling, opaque: true)
        let context = try CairoContext(on: surface)
        cairo_set_source_rgb(context.raw, 1, 1, 1)
        cairo_paint(context.raw)
        cairo_scale(context.raw, 4 * Double(oversampling), 4 * Double(oversampling))
        let state = CanvasState(context: context, fonts: try FontSet.shared(directory: FontSet.defaultDirectory),
                                dpi: 288 * Double(oversampling), isRaster: false)
        if batched {
            #expect(try MarkerBatches.draw(marker, at: positions, paints: paints, paintIndices: indices, on: state))
        } else {
            state.drawMarkers(marker, at: positions, paints: paints, paintIndices: indices)
        }
        try state.finish()
        try surface.finish()
        return downsampled(Bitmap(surface: surface), by: oversampling)
    }

    /// Each `factor` x `factor` square of pixels averaged into one.
    static func downsampled(_ image: Bitmap, by factor: Int) -> Bitmap {
        guard factor > 1 else { return image }
        let width = image.width / factor, height = image.height / factor
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                for channel in 0..<4 {
                    var sum = 0
                    for dy in 0..<factor {
                        for dx in 0..<factor {
                            sum += Int(image.rgba[((y * factor + dy) * image.width + x * factor + dx) * 4 + channel])
                        }
                    }
                    rgba[(y * width + x) * 4 + channel] = UInt8((sum + factor * factor / 2) / (factor * factor))
                }
            }
        }
        return Bitmap(width: width, height: height, rgba: rgba)
    }

    /// Dense, overlapping markers in interleaved paints: any change of order between
    /// overlapping markers would show.
    static let dense = scatter(1500, seed: 29)
    static let denseIndices = dense.indices.map { ($0 * 7 + $0 / 5) % 4 }

    @Test(arguments: [1.0, 0.6])
    func batchedHardEdgedMarkersPaintExactlyWhatOnePathEachPaints(alpha: Double) throws {
        // Without antialiasing a pixel is inked or not by its centre, so the union of disjoint
        // discs in one path is exactly the discs one by one: any difference is an order mistake.
        let paints = [Color.tab10Blue, .tab10Orange, .black].map {
            MarkerPaint(fill: FillStyle(color: $0.withAlpha(alpha), antialias: false), stroke: nil)
        } + [MarkerPaint(fill: nil, stroke: nil)]
        let batched = try Self.paint(Self.dense, paints: paints, indices: Self.denseIndices, batched: true)
        let painted = try Self.paint(Self.dense, paints: paints, indices: Self.denseIndices, batched: false)
        #expect(batched == painted, "\(ImageComparison(expected: painted, actual: batched).summary)")
        // The check has teeth: the same markers in reverse order differ.
        let reversed = try Self.paint(Self.dense.reversed(), paints: paints, indices: Self.denseIndices.reversed(), batched: false)
        #expect(reversed != painted)
    }

    /// Not quite a circle, so that opaque rimmed markers are batched as paths, not dots.
    static let oval = Path(ellipseCenter: .zero, rx: 3, ry: 2.8)

    @Test(arguments: [1.0, 0.6])
    func batchedRimmedMarkersPaintWhatOnePathEachPaints(alpha: Double) throws {
        // Antialiased ovals under white rims, as seaborn draws its discs, plus stroke-only rings.
        let rim = StrokeStyle(color: .white, width: 0.48)
        let paints = [MarkerPaint(fill: FillStyle(color: Color.tab10Blue.withAlpha(alpha)), stroke: rim),
                      MarkerPaint(fill: FillStyle(color: Color.tab10Orange.withAlpha(alpha)), stroke: rim),
                      MarkerPaint(fill: nil, stroke: StrokeStyle(color: .black, width: 1.5)),
                      MarkerPaint(fill: nil, stroke: nil)]
        let batched = try Self.paint(Self.dense, marker: Self.oval, paints: paints, indices: Self.denseIndices, batched: true)
        let painted = try Self.paint(Self.dense, marker: Self.oval, paints: paints, indices: Self.denseIndices, batched: false)
        let comparison = ImageComparison(expected: painted, actual: batched)
        // cairo's own scan converter computes an antialiased edge's coverage a little differently
        // when other sub-paths cross the same pixel rows (isolated edge pixels, up to 16 levels);
        // a PDF viewer renders both files identically (pdftoppm: RMS 0 on all 24 figures).
        #expect((comparison.rms ?? 99) < 0.2 && (comparison.maxDifference ?? 99) <= 16, "\(comparison.summary)")
        let reversed = try Self.paint(Self.dense.reversed(), marker: Self.oval, paints: paints,
                                      indices: Self.denseIndices.reversed(), batched: false)
        let misordered = ImageComparison(expected: painted, actual: reversed)
        #expect((misordered.rms ?? 0) > 20 * (comparison.rms ?? 99), "\(misordered.summary) against \(comparison.summary)")
    }

    @Test func circlesAreDotsOnlyWhenAStackOfDiscsPaintsTheSame() {
        #expect(MarkerDots.circleRadius(CairoMarkerTests.disc) == 3)
        #expect(MarkerDots.circleRadius(Self.oval) == nil)
        #expect(MarkerDots.circleRadius(Path(circleCenter: Point(1, 0), radius: 3)) == nil)
        #expect(MarkerDots.circleRadius(Path(rect: Rect(x: -3, y: -3, width: 6, height: 6))) == nil)
        let blue = FillStyle(color: .tab10Blue), rim = StrokeStyle(color: .white, width: 0.5)
        #expect(MarkerDots.discs(radius: 3, paint: MarkerPaint(fill: blue, stroke: rim))
                == [.init(diameter: 6.5, color: .white), .init(diameter: 5.5, color: .tab10Blue)])
        #expect(MarkerDots.discs(radius: 3, paint: MarkerPaint(fill: FillStyle(color: Color.tab10Blue.withAlpha(0.5)), stroke: nil))
                == [.init(diameter: 6, color: Color.tab10Blue.withAlpha(0.5))])
        // A rim wider than the disc covers the fill.
        #expect(MarkerDots.discs(radius: 3, paint: MarkerPaint(fill: blue, stroke: StrokeStyle(color: .black, width: 7)))
                == [.init(diameter: 13, color: .black)])
        // Translucent rims or fills, rings without fill, dashes, and hard edges stay paths.
        #expect(MarkerDots.discs(radius: 3, paint: MarkerPaint(fill: FillStyle(color: Color.tab10Blue.withAlpha(0.5)), stroke: rim)) == nil)
        #expect(MarkerDots.discs(radius: 3, paint: MarkerPaint(fill: nil, stroke: rim)) == nil)
        #expect(MarkerDots.discs(radius: 3, paint: MarkerPaint(fill: blue, stroke: StrokeStyle(color: .white, width: 0.5, dash: [1, 1]))) == nil)
        #expect(MarkerDots.discs(radius: 3, paint: MarkerPaint(fill: FillStyle(color: .tab10Blue, antialias: false), stroke: nil)) == nil)
    }

    @Test func opaqueRimmedCirclesAsDotsPaintWhatFillAndStrokePaint() throws {
        // Dots are exact circles and paths four Bézier quadrants, and a thin rim's two
        // antialiased edges fall on different pixels in the two drawings; at 16 pixels a point
        // averaged down to 4 both show the same geometry.
        let rim = StrokeStyle(color: .white, width: 0.48)
        let paints = [Color.tab10Blue, .tab10Orange, .black].map { MarkerPaint(fill: FillStyle(color: $0), stroke: rim) }
        let indices = Self.denseIndices.map { $0 % 3 }
        let dots = try Self.paint(Self.dense, paints: paints, indices: indices, batched: true, oversampling: 4)
        let paths = try Self.paint(Self.dense, paints: paints, indices: indices, batched: false, oversampling: 4)
        let comparison = ImageComparison(expected: paths, actual: dots)
        #expect((comparison.rms ?? 99) < 0.5 && (comparison.maxDifference ?? 99) <= 32, "\(comparison.summary)")
        // The check has teeth: rims half a point wider show.
        let wide = [Color.tab10Blue, .tab10Orange, .black].map {
            MarkerPaint(fill: FillStyle(color: $0), stroke: StrokeStyle(color: .white, width: 0.98))
        }
        let wider = try Self.paint(Self.dense, paints: wide, indices: indices, batched: true, oversampling: 4)
        let misdrawn = ImageComparison(expected: paths, actual: wider)
        #expect((misdrawn.rms ?? 0) > 10 * (comparison.rms ?? 99), "\(misdrawn.summary) against \(comparison.summary)")
    }

    @Test func circlesInPDFAreDots() throws {
        let grid = (0..<400).map { Point(5 + Double($0 % 20) * 9.5, 5 + Double($0 / 20) * 5.5) }
        let page = TestPage(width: 200, height: 120, [.markers(CairoMarkerTests.disc, grid, FillStyle(color: .tab10Blue),
                                                                StrokeStyle(color: .white, width: 0.48))])
        let content = try PDFContent.pageStreams(page.pdfData())
        let operators = content.split(whereSeparator: \.isWhitespace)
        // Two discs a marker, each a zero-length line: no Bézier curve left to write.
        #expect(operators.filter { $0 == "l" }.count == 2 * grid.count)
        #expect(!operators.contains("c"))
        #expect(operators.contains("J") && content.contains("1 J"), "round caps")
    }

    @Test func pdfWithBatchedMarkersIsDeterministicAndSmaller() throws {
        // 400 markers on a grid, clear of each other: one path in the batched PDF.
        let grid = (0..<400).map { Point(5 + Double($0 % 20) * 9.5, 5 + Double($0 / 20) * 5.5) }
        let fill = FillStyle(color: .tab10Blue), rim = StrokeStyle(color: .white, width: 0.48)
        let batched = TestPage(width: 200, height: 120, [.markers(CairoMarkerTests.disc, grid, fill, rim)])
        let separate = TestPage(width: 200, height: 120, grid.flatMap { p -> [DrawOp] in
            [.fill(CairoMarkerTests.disc.offsetBy(p), fill), .stroke(CairoMarkerTests.disc.offsetBy(p), rim)]
        })
        let pdf = try batched.pdfData()
        #expect(try Data(batched.pdfData()) == Data(pdf))
        #expect(pdf.count < (try separate.pdfData()).count)
    }
}
