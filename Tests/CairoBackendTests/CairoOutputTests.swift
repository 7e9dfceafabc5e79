import CairoBackend
import Foundation
import Plotting
import Testing

/// What each output format promises: sizes, metadata, fonts, determinism.
@Suite struct CairoOutputTests {
    static let textPage = GoldenPage.text.page

    // MARK: - PNG

    @Test(arguments: [(72.0, 288.0, 108.0), (100, 288, 108), (150, 100.5, 50.2), (300, 460.8, 345.6), (96, 1, 1)])
    func pngIsPageSizeTimesDpiOver72(dpi: Double, width: Double, height: Double) throws {
        let page = TestPage(width: width, height: height, dpi: dpi, [
            .fill(Path(circleCenter: Point(width / 2, height / 2), radius: 0.4), FillStyle(color: .tab10Blue)),
        ])
        let png = try #require(PNGInspection(try page.pngData()))
        #expect(png.width == Int((width * dpi / 72).rounded()))
        #expect(png.height == Int((height * dpi / 72).rounded()))
        #expect(png.bitDepth == 8)
        #expect(png.colorType == 2, "an opaque page is written as RGB, without alpha")
        #expect(png.chunks.allSatisfy { $0.crcIsValid })
        // pHYs comes right after IHDR: pixels per metre on both axes, unit 1 (metre).
        #expect(png.chunks.map(\.type).prefix(2) == ["IHDR", "pHYs"])
        let phys = png.chunks[1].data
        let perMetre = UInt32((dpi / 0.0254).rounded())
        #expect(phys.count == 9)
        #expect(PNGInspection.uint32(phys, 0) == perMetre)
        #expect(PNGInspection.uint32(phys, 4) == perMetre)
        #expect(phys[8] == 1)
        #expect(png.chunks.filter { $0.type == "pHYs" }.count == 1)
    }

    @Test func transparentBackgroundIsRGBA() throws {
        let png = try #require(PNGInspection(try GoldenPage.transparent.page.pngData()))
        #expect(png.colorType == 6)
        let bitmap = try GoldenPage.transparent.page.rasterize()
        #expect(bitmap.pixel(x: 0, y: 0).alpha == 0, "the corner is left transparent")
        #expect(bitmap.pixel(x: 150, y: 30).alpha == 255, "the orange rectangle is opaque")
    }

    @Test func rasterizeGivesThePixelsThePNGHolds() throws {
        let page = Self.textPage
        #expect(try page.rasterize() == Bitmap(png: try page.pngData()))
    }

    @Test func pngBytesAreDeterministic() throws {
        let page = GoldenPage.markers.page
        #expect(try Data(page.pngData()) == Data(page.pngData()))
    }

    @Test func crcMatchesTheStandardCheckValue() {
        // The CRC-32 check value of "123456789" (ISO 3309).
        #expect(PNGInspection.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    // MARK: - PDF

    @Test func pdfIsByteIdenticalBetweenRuns() throws {
        for page in [GoldenPage.text, .images, .markers, .clipping] {
            let first = try page.page.pdfData(title: page.rawValue)
            _ = try GoldenPage.paths.page.pdfData()  // other work in between changes no global state
            let second = try page.page.pdfData(title: page.rawValue)
            #expect(Data(first) == Data(second), "\(page.rawValue) PDF differs between runs")
        }
    }

    @Test func pdfEmbedsTrueTypeSubsetsNeverType3() throws {
        let pdf = try Self.textPage.pdfData()
        #expect(!pdf.containsASCII("/Type3"), "no Type 3 fonts")
        #expect(pdf.occurrences(of: "/FontFile2") >= 4, "each face is embedded as a TrueType font program")
        for face in ["DejaVuSans", "DejaVuSans-Oblique", "DejaVuSans-Bold", "DejaVuSans-BoldOblique"] {
            // Subset fonts are named TAG+Name with a six-letter tag.
            let pattern = try Regex("/BaseFont /[A-Z]{6}\\+\(face)[ /\\n]")
            #expect(pdf.ascii.contains(pattern), "\(face) is embedded as a subset")
        }
    }

    @Test func pdfMediaBoxIsThePageInPoints() throws {
        for (w, h) in [(288.0, 108.0), (460.8, 345.6), (612, 792)] {
            let pdf = try TestPage(width: w, height: h, []).pdfData().ascii
            let match = try #require(pdf.firstMatch(of: try Regex("/MediaBox \\[ *([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+) *\\]")))
            let numbers = (1...4).compactMap { match.output[$0].substring.flatMap { Double($0) } }
            #expect(numbers == [0, 0, w, h])
        }
    }

    @Test func pdfCarriesFixedDatesCreatorAndTitle() throws {
        let pdf = try Self.textPage.pdfData(title: "08-gmm-density").ascii
        #expect(pdf.contains("/CreationDate (20000101000000Z)"))
        #expect(pdf.contains("/ModDate (20000101000000Z)"))
        #expect(pdf.contains("/Creator (lab-figures)"))
        #expect(pdf.contains("/Title (08-gmm-density)"))
    }

    @Test(arguments: [(RasterImage.Interpolation.nearest, "false"), (.smooth, "true")])
    func pdfImageInterpolationFlag(interpolation: RasterImage.Interpolation, flag: String) throws {
        let image = RasterImage(width: 2, height: 2, pixels: [0xFF1F_77B4, 0xFFFF_7F0E, 0xFF2C_A02C, 0xFFD6_2728])
        let pdf = try TestPage(width: 100, height: 100, [.image(image, Rect(x: 10, y: 10, width: 80, height: 80), interpolation)])
            .pdfData()
        let other = flag == "true" ? "false" : "true"
        #expect(pdf.occurrences(of: "/Interpolate \(flag)") == 1)
        #expect(pdf.occurrences(of: "/Interpolate \(other)") == 0)
    }

    // MARK: - SVG

    @Test func svgIsSizedInPointsAndDeterministic() throws {
        let page = GoldenPage.images.page
        let first = try page.svgData()
        _ = try GoldenPage.text.page.svgData()  // advances cairo's process-wide surface counters
        let second = try page.svgData()
        #expect(Data(first) == Data(second))
        let svg = first.ascii
        #expect(svg.contains("width=\"288pt\" height=\"108pt\" viewBox=\"0 0 288 108\""))
        #expect(svg.contains("<g id=\"surface1\">"), "identifiers are renumbered from 1")
    }

    @Test func svgReferencesPointAtDefinitions() throws {
        let svg = try GoldenPage.images.page.svgData().ascii
        let ids = Set(svg.matches(of: try Regex("id=\"([a-z]+[0-9]+)\"")).compactMap { $0.output[1].substring.map(String.init) })
        let references = svg.matches(of: try Regex("href=\"#([a-z]+[0-9-]+)\"")).compactMap { $0.output[1].substring.map(String.init) }
        #expect(!references.isEmpty)
        for reference in references where reference.hasPrefix("image") || reference.hasPrefix("surface") {
            #expect(ids.contains(reference), "#\(reference) has a definition")
        }
    }

    // MARK: - Formats

    @Test func outputFormatFromExtension() {
        #expect(OutputFormat(pathExtension: "PNG") == .png)
        #expect(OutputFormat(pathExtension: "pdf") == .pdf)
        #expect(OutputFormat(pathExtension: "svg") == .svg)
        #expect(OutputFormat(pathExtension: "jpg") == nil)
    }
}
