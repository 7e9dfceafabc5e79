import CairoBackend
import Foundation
import Plotting
import Testing

/// A page that measures text on whatever canvas renders it and keeps the results.
final class MeasuringPage: Renderable {
    let pageSize = Size(width: 200, height: 50)
    let dpi: Double
    let background = Color.white
    let requests: [(String, Font)]
    private(set) var results: [TextMetrics] = []

    init(dpi: Double, _ requests: [(String, Font)]) {
        self.dpi = dpi
        self.requests = requests
    }

    func render(on canvas: inout some Canvas) {
        results = requests.map { canvas.measure($0.0, $0.1) }
    }
}

/// One row of `Goldens/text-metrics.json` (from Scripts/fixtures/text_metrics.py).
struct ExpectedTextMetrics: Decodable, Sendable, CustomTestStringConvertible {
    var text: String
    var face: String
    var size: Double
    var width: Double
    var ascent: Double
    var descent: Double
    var matplotlibWidth: Double?

    var font: Font {
        let faces: [String: Font.Face] = ["regular": .regular, "oblique": .oblique, "bold": .bold, "boldOblique": .boldOblique]
        return Font(size: size, face: faces[face] ?? .regular)
    }

    var testDescription: String { "\(face) \(size) pt '\(text)'" }

    static func load() throws -> [ExpectedTextMetrics] {
        try JSONDecoder().decode([ExpectedTextMetrics].self, from: Goldens.fixture("text-metrics.json"))
    }
}

@Suite struct CairoTextTests {
    static let expected = (try? ExpectedTextMetrics.load()) ?? []

    @Test func fixtureIsPresent() {
        #expect(Self.expected.count == 28)
    }

    /// Widths include the font's pair kerning; ascent and descent are the ink extents. The
    /// fixture is computed from the font tables alone; 1e-3 pt is a thousandth of a point.
    @Test(arguments: Self.expected)
    func measureMatchesTheFontTables(_ row: ExpectedTextMetrics) throws {
        let page = MeasuringPage(dpi: 100, [(row.text, row.font)])
        _ = try page.pngData()
        let m = try #require(page.results.first)
        #expect(abs(m.width - row.width) <= 1e-3, "width \(m.width), expected \(row.width)")
        #expect(abs(m.ascent - row.ascent) <= 1e-3, "ascent \(m.ascent), expected \(row.ascent)")
        #expect(abs(m.descent - row.descent) <= 1e-3, "descent \(m.descent), expected \(row.descent)")
        if let mpl = row.matplotlibWidth {
            // matplotlib's own (unhinted, kerned) measurement agrees to a hundredth of a point.
            #expect(abs(m.width - mpl) <= 0.01, "matplotlib measures \(mpl)")
        }
    }

    @Test func measurementDoesNotDependOnDpiOrFormat() throws {
        let requests: [(String, Font)] = Font.Face.allCases.flatMap { face in
            [("Tick 0.25", Font(size: 10, face: face)), ("K-means AVWay", Font(size: 12, face: face)), ("x\u{2081}", Font(size: 7, face: face))]
        }
        let reference = MeasuringPage(dpi: 100, requests)
        _ = try reference.pngData()
        for dpi in [72.0, 150, 300, 37.5] {
            let page = MeasuringPage(dpi: dpi, requests)
            _ = try page.pngData()
            #expect(page.results == reference.results, "PNG at \(dpi) dpi")
        }
        let pdf = MeasuringPage(dpi: 100, requests)
        _ = try pdf.pdfData()
        #expect(pdf.results == reference.results, "PDF")
        let svg = MeasuringPage(dpi: 100, requests)
        _ = try svg.svgData()
        #expect(svg.results == reference.results, "SVG")
    }

    @Test func kerningTightensPairs() throws {
        let page = MeasuringPage(dpi: 100, [("AV", Font(size: 10)), ("A", Font(size: 10)), ("V", Font(size: 10))])
        _ = try page.pngData()
        #expect(page.results[0].width < page.results[1].width + page.results[2].width - 0.1)
    }

    @Test func blankTextHasWidthButNoInk() throws {
        let page = MeasuringPage(dpi: 100, [("  ", Font(size: 10)), ("", Font(size: 10))])
        _ = try page.pngData()
        #expect(page.results[0].width > 5 && page.results[0].ascent == 0 && page.results[0].descent == 0)
        #expect(page.results[1] == TextMetrics(width: 0, ascent: 0, descent: 0))
    }

    /// The bounding box of the dark pixels, in pixels: (minX, minY, maxX, maxY).
    func inkBox(_ b: Bitmap) -> (Int, Int, Int, Int)? {
        var box: (Int, Int, Int, Int)?
        for y in 0..<b.height {
            for x in 0..<b.width where b.pixel(x: x, y: y).red < 128 {
                box = box.map { (min($0.0, x), min($0.1, y), max($0.2, x), max($0.3, y)) } ?? (x, y, x, y)
            }
        }
        return box
    }

    @Test func textIsDrawnWhereItIsMeasured() throws {
        // At 300 dpi (1 pt = 4.17 px) the ink must sit inside the measured box, give or take a pixel.
        let font = Font(size: 10)
        let origin = Point(20, 30)
        let measuring = MeasuringPage(dpi: 300, [("Hygiene", font)])
        _ = try measuring.pngData()
        let m = try #require(measuring.results.first)
        let page = TestPage(width: 120, height: 45, dpi: 300, [.text("Hygiene", origin, TextStyle(font: font))])
        let (x0, y0, x1, y1) = try #require(inkBox(try page.rasterize()))
        let s = 300.0 / 72
        #expect(Double(x0) >= origin.x * s - 1 && Double(x1) <= (origin.x + m.width) * s + 1)
        #expect(abs(Double(y0) - (origin.y - m.ascent) * s) <= 1.5, "top of 'H' and 'h' at the measured ascent")
        #expect(abs(Double(y1) - (origin.y + m.descent) * s) <= 1.5, "bottom of 'y' and 'g' at the measured descent")
    }

    @Test func rotationIsCounterClockwiseAboutTheOrigin() throws {
        // A y-axis label: rotated 90 degrees, it runs upwards from its origin.
        let font = Font(size: 10)
        let measuring = MeasuringPage(dpi: 100, [("Energy", font)])
        _ = try measuring.pngData()
        let m = try #require(measuring.results.first)
        let origin = Point(30, 80)
        let page = TestPage(width: 60, height: 100, [.text("Energy", origin, TextStyle(font: font, rotation: 90))])
        let (x0, y0, x1, y1) = try #require(inkBox(try page.rasterize()))
        let s = 100.0 / 72
        #expect(Double(y1) <= origin.y * s + 1.5 && Double(y1) >= origin.y * s - 3, "the run starts at the origin")
        #expect(abs(Double(y0) - (origin.y - m.width) * s) <= 3, "and ends one width above it")
        #expect(Double(x1) <= (origin.x + m.descent) * s + 1.5, "glyph tops point left")
        #expect(Double(x0) >= (origin.x - m.ascent) * s - 1.5)
    }

    @Test func fourFacesDrawDifferently() throws {
        let bitmaps = try Font.Face.allCases.map { face in
            try TestPage(width: 80, height: 20, [.text("Aa", Point(5, 15), TextStyle(font: Font(size: 10, face: face)))]).rasterize()
        }
        for i in bitmaps.indices {
            for j in bitmaps.indices where j > i {
                #expect(bitmaps[i] != bitmaps[j], "faces \(i) and \(j) render differently")
            }
        }
    }
}
