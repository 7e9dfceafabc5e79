@testable import CairoBackend
import Foundation
import Plotting
import Testing

/// The golden-image machinery shared by the test suites and `figures check`.
@Suite struct CairoGoldenImageTests {
    // MARK: - ImageComparison

    @Test func rmsAndDiffMatchMatplotlib() throws {
        let expected = try Bitmap(png: [UInt8](Goldens.fixture("compare-expected.png")))
        let actual = try Bitmap(png: [UInt8](Goldens.fixture("compare-actual.png")))
        struct Reference: Decodable { var rms: Double }
        let reference = try JSONDecoder().decode(Reference.self, from: Goldens.fixture("compare.json"))
        let comparison = ImageComparison(expected: expected, actual: actual)
        let rms = try #require(comparison.rms)
        #expect(abs(rms - reference.rms) <= 1e-9, "matplotlib's compare_images reports \(reference.rms)")
        let matplotlibDiff = try Bitmap(png: [UInt8](Goldens.fixture("compare-diff-matplotlib.png")))
        #expect(comparison.diff == matplotlibDiff, "the x10 difference image is matplotlib's, pixel for pixel")
        #expect(comparison.maxDifference == 255)
    }

    @Test func rmsOfAHandMadePair() {
        // Two opaque 2 x 1 images: channel differences 3, 4, 0 and 0, 0, 12.
        let a = Bitmap(width: 2, height: 1, rgba: [10, 20, 30, 255, 0, 0, 0, 255])
        let b = Bitmap(width: 2, height: 1, rgba: [13, 24, 30, 255, 0, 0, 12, 255])
        let c = ImageComparison(expected: a, actual: b)
        let expectedRMS: Double = (169.0 / 6).squareRoot()  // (9 + 16 + 144) / 6 channels
        #expect(c.rms == expectedRMS, "RGB only: alpha is dropped when both are opaque")
        #expect(c.maxDifference == 12)
        #expect(c.differingPixels == 2)
        #expect(c.diff?.rgba == [30, 40, 0, 255, 0, 0, 120, 255])
        #expect(c.passes(tolerance: 6) && !c.passes(tolerance: 5))
    }

    @Test func translucentImagesCompareAllFourChannels() {
        let a = Bitmap(width: 1, height: 1, rgba: [0, 0, 0, 100])
        let b = Bitmap(width: 1, height: 1, rgba: [0, 0, 0, 108])
        #expect(ImageComparison(expected: a, actual: b).rms == 4)
    }

    @Test func sizeMismatchFailsAndSaysBothSizes() {
        let c = ImageComparison(expected: Bitmap(width: 40, height: 20, rgba: [UInt8](repeating: 0, count: 3200)),
                                actual: Bitmap(width: 20, height: 40, rgba: [UInt8](repeating: 0, count: 3200)))
        #expect(c.rms == nil && c.diff == nil)
        #expect(!c.passes(tolerance: 1000))
        #expect(c.summary == "size differs: expected 40x20 pixels, got 20x40")
    }

    @Test func defaultToleranceCatchesOneChangedGlyph() throws {
        // A 640 x 480 figure whose only change is one digit of one tick label.
        func figure(_ label: String) -> TestPage {
            TestPage(width: 460.8, height: 345.6, [
                .stroke(Path(rect: Rect(x: 57.6, y: 41.5, width: 357.1, height: 266.1)), StrokeStyle(color: .black, width: 0.8, snap: true)),
                .text(label, Point(50, 320), TextStyle(font: Font(size: 10))),
            ])
        }
        let c = ImageComparison(expected: try figure("0.25").rasterize(), actual: try figure("0.26").rasterize())
        #expect(!c.passes(tolerance: GoldenImage.defaultTolerance), "\(c.summary)")
        #expect(try figure("0.25").rasterize() == figure("0.25").rasterize())
    }

    // MARK: - Bitmap decoding

    @Test func bitmapRoundTripsThroughPNG() throws {
        var rgba: [UInt8] = []
        for i in 0..<(7 * 5) { rgba += [UInt8(i * 7 % 256), UInt8(i * 13 % 256), UInt8(i * 29 % 256), 255] }
        let opaque = Bitmap(width: 7, height: 5, rgba: rgba)
        #expect(try Bitmap(png: opaque.pngData()) == opaque)
        let png = try #require(PNGInspection(try opaque.pngData()))
        #expect(png.colorType == 2)
    }

    @Test func garbageIsNotAPNG() {
        #expect(throws: CairoError.notAPNG(reason: "it does not start with the PNG signature")) {
            try Bitmap(png: Array("hello".utf8))
        }
    }

    @Test func truncatedPNGIsRejected() throws {
        let png = try GoldenPage.paths.page.pngData()
        let error = #expect(throws: CairoError.self) { try Bitmap(png: Array(png.prefix(png.count / 2))) }
        guard case .notAPNG? = error else {
            Issue.record("expected notAPNG, got \(String(describing: error))")
            return
        }
    }

    @Test func hugePNGHeaderIsRefusedBeforeDecoding() throws {
        // A valid header claiming 30 000 x 30 000 pixels (900 MP), and nothing else.
        var header: [UInt8] = [0, 0, 0, 13] + Array("IHDR".utf8)
        header += [0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 2, 0, 0, 0]
        let crc = PNGInspection.crc32(Array(header[4...]))
        let png = PNGFile.signature + header + [UInt8(crc >> 24), UInt8((crc >> 16) & 0xff), UInt8((crc >> 8) & 0xff), UInt8(crc & 0xff)]
        #expect(throws: CairoError.pixelBudgetExceeded(width: 30_000, height: 30_000, budget: 100_000_000, maxSide: 32_767)) {
            try Bitmap(png: png)
        }
    }

    // MARK: - Record modes

    @Test(arguments: [
        ([:], GoldenImage.RecordMode.missing),
        (["RECORD_GOLDENS": "1"], .all),
        (["RECORD_GOLDENS": "0"], .missing),
        (["CI": "true"], .never),
        (["CI": "1", "RECORD_GOLDENS": "1"], .never),
        (["CI": ""], .missing),
    ])
    func recordModeFromEnvironment(environment: [String: String], mode: GoldenImage.RecordMode) {
        #expect(GoldenImage.RecordMode.fromEnvironment(environment) == mode)
    }

    func checker(_ root: URL, _ mode: GoldenImage.RecordMode) -> GoldenImage {
        GoldenImage(directory: root.appendingPathComponent("goldens"), artifactDirectory: root.appendingPathComponent("artifacts"),
                    recordMode: mode)
    }

    @Test func missingGoldenIsRecordedThenMatched() throws {
        let root = try makeTemporaryFolder("record")
        defer { try? FileManager.default.removeItem(at: root) }
        let png = try GoldenPage.paths.page.pngData()
        let golden = root.appendingPathComponent("goldens/paths.png")
        #expect(checker(root, .missing).verify(png: png, name: "paths") == .recorded(golden))
        #expect(try Data(contentsOf: golden) == Data(png))
        #expect(checker(root, .missing).verify(png: png, name: "paths") == .matched(rms: 0))
        #expect(checker(root, .never).verify(png: png, name: "paths") == .matched(rms: 0))
    }

    @Test func neverModeDoesNotRecord() throws {
        let root = try makeTemporaryFolder("never")
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = checker(root, .never).verify(png: try GoldenPage.paths.page.pngData(), name: "paths")
        guard case let .failed(message) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(message.contains("missing") && message.contains("CI is set") && message.contains("goldens/paths.png"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("goldens/paths.png").path))
    }

    @Test func allModeOverwrites() throws {
        let root = try makeTemporaryFolder("all")
        defer { try? FileManager.default.removeItem(at: root) }
        let old = try GoldenPage.paths.page.pngData(), new = try GoldenPage.strokes.page.pngData()
        _ = checker(root, .missing).verify(png: old, name: "page")
        let golden = root.appendingPathComponent("goldens/page.png")
        #expect(checker(root, .all).verify(png: new, name: "page") == .recorded(golden))
        #expect(try Data(contentsOf: golden) == Data(new))
    }

    @Test func mismatchWritesActualAndDiffAndNamesThem() throws {
        let root = try makeTemporaryFolder("mismatch")
        defer { try? FileManager.default.removeItem(at: root) }
        let expected = try GoldenPage.paths.page.pngData()
        let moved = TestPage(width: 288, height: 108, GoldenPage.pathsPage.ops + [
            .fill(Path(rect: Rect(x: 100, y: 0, width: 20, height: 20)), FillStyle(color: .black)),
        ])
        let actual = try moved.pngData()
        _ = checker(root, .missing).verify(png: expected, name: "paths")
        let outcome = checker(root, .never).verify(png: actual, name: "paths")
        guard case let .failed(message) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        let actualURL = root.appendingPathComponent("artifacts/paths-actual.png")
        let diffURL = root.appendingPathComponent("artifacts/paths-diff.png")
        #expect(message.contains(actualURL.path) && message.contains(diffURL.path))
        let rms = try #require(ImageComparison(expected: try Bitmap(png: expected), actual: try Bitmap(png: actual)).rms)
        #expect(message.contains("RMS \((rms * 1000).rounded() / 1000)"))
        #expect(try Data(contentsOf: actualURL) == Data(actual))
        let diff = try Bitmap(png: [UInt8](Data(contentsOf: diffURL)))
        #expect(diff.isOpaque)
        // Inside the added black square the page was white: |255 - 0| x 10 clips to 255.
        #expect(diff.pixel(x: 150, y: 10) == (255, 255, 255, 255))
        #expect(diff.pixel(x: 5, y: 100) == (0, 0, 0, 255), "unchanged pixels are black")
        // The golden is untouched.
        #expect(try Data(contentsOf: root.appendingPathComponent("goldens/paths.png")) == Data(expected))
    }

    @Test func sizeMismatchWritesActualOnly() throws {
        let root = try makeTemporaryFolder("size")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = checker(root, .missing).verify(png: try GoldenPage.paths.page.pngData(), name: "p")
        let outcome = checker(root, .never).verify(png: try GoldenPage.transparent.page.pngData(), name: "p")
        guard case let .failed(message) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(message.contains("expected 400x150 pixels, got 200x100"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("artifacts/p-actual.png").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("artifacts/p-diff.png").path))
    }

    @Test(arguments: ["", "a/b", ".hidden"])
    func unusableNamesAreRejected(name: String) throws {
        let root = try makeTemporaryFolder("names")
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .failed = checker(root, .all).verify(png: try GoldenPage.paths.page.pngData(), name: name) else {
            Issue.record("'\(name)' was accepted")
            return
        }
    }

    @Test func corruptGoldenIsReported() throws {
        let root = try makeTemporaryFolder("corrupt")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("goldens"), withIntermediateDirectories: true)
        try Data("not a png".utf8).write(to: root.appendingPathComponent("goldens/x.png"))
        guard case let .failed(message) = checker(root, .never).verify(png: try GoldenPage.paths.page.pngData(), name: "x") else {
            Issue.record("a corrupt golden passed")
            return
        }
        #expect(message.contains("cannot read golden"))
    }
}
