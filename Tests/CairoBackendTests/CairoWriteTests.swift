@testable import CairoBackend
import Foundation
import Plotting
import Testing

/// Files are written atomically, folders are created, and bad requests fail before any work.
@Suite struct CairoWriteTests {
    static let page = GoldenPage.paths.page

    func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test(arguments: OutputFormat.allCases)
    func writeCreatesFoldersAndLeavesOnlyTheFile(format: OutputFormat) throws {
        let root = try makeTemporaryFolder("write")
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("a/b/figure.\(format.pathExtension)")
        try Self.page.write(to: url, format: format)
        let written = try [UInt8](Data(contentsOf: url))
        let expected = format == .pdf ? try Self.page.pdfData(title: "figure") : try Self.page.data(format: format)
        #expect(Data(written) == Data(expected))
        #expect(try contents(url.deletingLastPathComponent()) == ["figure.\(format.pathExtension)"])
    }

    @Test func failedRenderLeavesEarlierFileIntact() throws {
        let root = try makeTemporaryFolder("intact")
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("figure.png")
        try Self.page.write(to: url, format: .png)
        let before = try Data(contentsOf: url)

        let huge = TestPage(width: 14_400, height: 14_400, dpi: 100, [])
        #expect(throws: CairoError.pixelBudgetExceeded(width: 20_000, height: 20_000, budget: 100_000_000, maxSide: 32_767)) {
            try huge.write(to: url, format: .png)
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(try contents(root) == ["figure.png"], "no temporary file is left behind")
    }

    @Test func folderThatIsAFileIsReported() throws {
        let root = try makeTemporaryFolder("file-folder")
        defer { try? FileManager.default.removeItem(at: root) }
        let blocker = root.appendingPathComponent("plots")
        try Data("not a folder".utf8).write(to: blocker)
        let error = #expect(throws: CairoError.self) {
            try Self.page.write(to: blocker.appendingPathComponent("figure.png"), format: .png)
        }
        #expect(error == .outputFolderUnusable(path: blocker.path, reason: "it is a file, not a folder"))
        #expect(error?.description.contains(blocker.path) == true)
    }

    @Test func folderBelowAFileNamesTheFile() throws {
        let root = try makeTemporaryFolder("file-parent")
        defer { try? FileManager.default.removeItem(at: root) }
        let blocker = root.appendingPathComponent("plots")
        try Data("not a folder".utf8).write(to: blocker)
        let folder = blocker.appendingPathComponent("talk/figures")
        let error = #expect(throws: CairoError.self) {
            try Self.page.write(to: folder.appendingPathComponent("figure.png"), format: .png)
        }
        #expect(error == .outputFolderUnusable(path: folder.path, reason: "\(blocker.path) is a file, not a folder"))
        #expect(try contents(root) == ["plots"], "nothing created beside the file")
    }

    @Test func folderThatCannotBeCreatedIsReported() throws {
        // /proc refuses new folders even to root, so this holds whoever runs the tests.
        let folder = URL(fileURLWithPath: "/proc/lab-figures-no-such-folder/sub")
        let error = #expect(throws: CairoError.self) {
            try Self.page.write(to: folder.appendingPathComponent("figure.pdf"), format: .pdf)
        }
        guard case let .outputFolderUnusable(path, reason) = error else {
            Issue.record("expected outputFolderUnusable, got \(String(describing: error))")
            return
        }
        #expect(path == folder.path)
        #expect(reason == "it cannot be created (creating /proc/lab-figures-no-such-folder failed: "
                + "No such file or directory)")
    }

    @Test func targetThatIsAFolderFailsWithoutLeftovers() throws {
        let root = try makeTemporaryFolder("target-folder")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("figure.png")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let error = #expect(throws: CairoError.self) { try Self.page.write(to: target, format: .png) }
        guard case let .writeFailed(path, reason) = error else {
            Issue.record("expected writeFailed, got \(String(describing: error))")
            return
        }
        #expect(path == target.path)
        #expect(reason.contains("replacing the file failed"))
        #expect(try contents(root) == ["figure.png"], "only the folder that was there remains")
    }

    // MARK: - Refused before any work

    @Test(arguments: [0.0, -72, .nan, .infinity, -.infinity])
    func unusableDpiIsRefused(dpi: Double) throws {
        let page = TestPage(width: 100, height: 100, dpi: dpi, [])
        for format in OutputFormat.allCases {
            let error = #expect(throws: CairoError.self) { try page.data(format: format) }
            if case let .invalidResolution(reported)? = error {
                #expect(reported.isNaN ? dpi.isNaN : reported == dpi)
            } else {
                Issue.record("\(format): expected invalidResolution, got \(String(describing: error))")
            }
        }
        #expect(throws: CairoError.self) { try page.rasterize() }
    }

    @Test(arguments: [(0.0, 100.0), (-5, 100), (100, .nan), (.infinity, 100), (14_401, 100)])
    func unusablePageSizeIsRefused(width: Double, height: Double) throws {
        let page = TestPage(width: width, height: height, [])
        for format in OutputFormat.allCases {
            let error = #expect(throws: CairoError.self) { try page.data(format: format) }
            guard case .invalidPageSize? = error else {
                Issue.record("\(format): expected invalidPageSize, got \(String(describing: error))")
                continue
            }
            #expect(error?.description.contains("14400 pt") == true)
        }
    }

    @Test func pixelBudgetIsCheckedBeforeAllocating() throws {
        // 40 000 px on a side: over cairo's 32 767 limit.
        let wide = TestPage(width: 14_400, height: 10, dpi: 200, [])
        #expect(throws: CairoError.pixelBudgetExceeded(width: 40_000, height: 28, budget: 100_000_000, maxSide: 32_767)) {
            try wide.pngData()
        }
        // Within the side limit but 144 megapixels: over the 100 MP budget.
        let big = TestPage(width: 8_640, height: 8_640, dpi: 100, [])
        let error = #expect(throws: CairoError.self) { try big.pngData() }
        #expect(error?.description.contains("12000 x 12000") == true)
        // Vector output has no pixels and is allowed.
        #expect(throws: Never.self) { try big.pdfData() }
    }

    // MARK: - Fonts

    @Test func missingFontNamesTheFileAndTheSetupScript() throws {
        let page = TestPage(width: 100, height: 40, [.text("label", Point(5, 20), TextStyle(font: Font(size: 10, face: .bold)))])
        let folder = try makeTemporaryFolder("no-fonts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: CairoError.self) { try PageRenderer.renderImage(page, fontDirectory: folder.path) }
        #expect(error == .fontMissing(path: folder.path + "/DejaVuSans-Bold.ttf"))
        #expect(error?.description.contains("Scripts/setup.sh") == true)
        #expect(throws: CairoError.fontMissing(path: folder.path + "/DejaVuSans-Bold.ttf")) {
            try PageRenderer.renderPDF(page, title: nil, fontDirectory: folder.path)
        }
    }

    @Test func damagedFontFileIsReported() throws {
        let folder = try makeTemporaryFolder("bad-font")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: 0x42, count: 64).write(to: folder.appendingPathComponent("DejaVuSans.ttf"))
        let page = TestPage(width: 100, height: 40, [.text("label", Point(5, 20), TextStyle(font: Font(size: 10)))])
        let error = #expect(throws: CairoError.self) { try PageRenderer.renderImage(page, fontDirectory: folder.path) }
        guard case let .fontUnreadable(path, _)? = error else {
            Issue.record("expected fontUnreadable, got \(String(describing: error))")
            return
        }
        #expect(path == folder.path + "/DejaVuSans.ttf")
    }

    // MARK: - Drawing errors

    @Test func unbalancedPopClipIsAnError() throws {
        let page = TestPage(width: 50, height: 50, [.pushClip(Path(rect: Rect(x: 0, y: 0, width: 10, height: 10))), .popClip, .popClip])
        #expect(throws: CairoError.unbalancedClip) { try page.pngData() }
        #expect(throws: CairoError.unbalancedClip) { try page.pdfData() }
        // A clip left open is closed at the end of the page, not an error.
        let open = TestPage(width: 50, height: 50, [.pushClip(Path(rect: Rect(x: 0, y: 0, width: 10, height: 10)))])
        #expect(throws: Never.self) { try open.pngData() }
    }

    @Test(arguments: [[-1.0, 2], [0, 0], [.nan, 1], [3, .infinity]])
    func unusableDashIsAnError(dash: [Double]) throws {
        let page = TestPage(width: 50, height: 50, [
            .stroke(Path(polyline: [Point(0, 10), Point(50, 10)]), StrokeStyle(color: .black, dash: dash)),
        ])
        let error = #expect(throws: CairoError.self) { try page.pngData() }
        guard case .invalidDash? = error else {
            Issue.record("expected invalidDash, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("dash pattern") == true)
    }

    @Test(arguments: [0.0, -3, .nan, .infinity, 1e6])
    func unusableFontSizeIsAnError(size: Double) throws {
        let page = TestPage(width: 50, height: 50, [.text("x", Point(10, 30), TextStyle(font: Font(size: size)))])
        let error = #expect(throws: CairoError.self) { try page.pngData() }
        guard case let .invalidFontSize(reported)? = error else {
            Issue.record("expected invalidFontSize, got \(String(describing: error))")
            return
        }
        #expect(reported.isNaN ? size.isNaN : reported == size)
        #expect(throws: CairoError.self) { try page.pdfData() }
    }

    @Test func nonFiniteGeometryIsSkippedNotFatal() throws {
        let nan = Double.nan
        let page = TestPage(width: 100, height: 50, [
            .stroke(Path(polyline: [Point(10, 10), Point(40, 10), Point(nan, 10), Point(60, 10), Point(90, 10)]),
                    StrokeStyle(color: .black, width: 2)),
            .fill(Path(circleCenter: Point(nan, 20), radius: 5), FillStyle(color: .tab10Blue)),
            .text("x", Point(.infinity, 30), TextStyle(font: Font(size: 10))),
            .markers(Path(circleCenter: .zero, radius: 2), [Point(nan, 40), Point(20, .infinity), Point(1e300, 40), Point(50, 40)],
                     FillStyle(color: .tab10Red), nil),
            .image(RasterImage(width: 1, height: 1, fill: .black), Rect(x: nan, y: 0, width: 10, height: 10), .nearest),
        ])
        let bitmap = try page.rasterize()
        // 100 x 50 pt at 100 dpi is 139 x 69 px (rounded). The line breaks at the NaN:
        // ink from x = 10 to 40 pt and from 60 to 90 pt, none in between.
        func ink(_ xPoint: Double, _ yPoint: Double) -> UInt8 {
            bitmap.pixel(x: Int(xPoint * 100 / 72), y: Int(yPoint * 100 / 72)).red
        }
        #expect(ink(25, 10) < 40)
        #expect(ink(50, 10) == 255, "no segment is drawn to or from the NaN point")
        #expect(ink(75, 10) < 40)
        #expect(bitmap.pixel(x: Int(50 * 100 / 72.0), y: Int(40 * 100 / 72.0)).green < 100, "the finite marker is drawn")
        #expect(throws: Never.self) { try page.pdfData() }
        #expect(throws: Never.self) { try page.svgData() }
    }
}
