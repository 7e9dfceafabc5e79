import CairoBackend
import Foundation
import LabFigures
import Testing
@testable import figures

/// `figures check` compares fresh renders with golden PNGs, names what differs, leaves the
/// actual and difference images, and fails.
@Suite("figures check")
struct CheckCommandTests {
    static let names = ["01-blobs", "22-silhouette-diagram"]

    /// A folder holding copies of the committed goldens of `names`, the first with a black square painted in.
    func alteredGoldens() throws -> URL {
        let folder = try FiguresProcess.temporaryFolder("goldens")
        for name in Self.names {
            let source = FiguresProcess.packageRoot.appendingPathComponent("Figures/\(name).png")
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("\(name).png"))
        }
        let target = folder.appendingPathComponent("\(Self.names[0]).png")
        let golden = try Bitmap(png: [UInt8](Data(contentsOf: target)))
        var pixels = golden.rgba
        for y in 100..<140 {
            for x in 200..<260 { pixels.replaceSubrange(((y * golden.width + x) * 4)..<((y * golden.width + x) * 4 + 3), with: [0, 0, 0]) }
        }
        try Data(try Bitmap(width: golden.width, height: golden.height, rgba: pixels).pngData()).write(to: target)
        return folder
    }

    @Test func anAlteredGoldenFailsTheCheckWithADiffImage() throws {
        let goldens = try alteredGoldens()
        let artifacts = try FiguresProcess.temporaryFolder("artifacts")
        defer {
            try? FileManager.default.removeItem(at: goldens)
            try? FileManager.default.removeItem(at: artifacts)
        }
        let check = GoldenCheck(entries: try Self.names.map { try FigureCatalog.entry(named: $0) },
                                data: try FigureData.bundled(), goldens: goldens, artifacts: artifacts,
                                tolerance: GoldenImage.defaultTolerance)
        let results = check.run()
        #expect(results.map(\.name) == Self.names)
        let failure = try #require(results[0].failure)
        #expect(failure.hasPrefix("01-blobs: does not match golden"))
        #expect(failure.contains("01-blobs-diff.png"))
        #expect(results[1].passed && results[1].rms == 0)
        let diff = try Bitmap(png: [UInt8](Data(contentsOf: artifacts.appendingPathComponent("01-blobs-diff.png"))))
        #expect(diff.width == 640 && diff.height == 480)
        #expect(FileManager.default.fileExists(atPath: artifacts.appendingPathComponent("01-blobs-actual.png").path))
        #expect(!FileManager.default.fileExists(atPath: artifacts.appendingPathComponent("22-silhouette-diagram-diff.png").path))
    }

    @Test func theExecutableExitsWithOneAndNamesTheFigure() throws {
        let goldens = try alteredGoldens()
        let artifacts = try FiguresProcess.temporaryFolder("artifacts")
        defer {
            try? FileManager.default.removeItem(at: goldens)
            try? FileManager.default.removeItem(at: artifacts)
        }
        let result = try FiguresProcess.run(["check"] + Self.names + ["--goldens", goldens.path, "--artifacts", artifacts.path])
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("FAIL  01-blobs") && lines[0].contains("RMS"))
        #expect(lines[1].hasPrefix("ok    22-silhouette-diagram") && lines[1].hasSuffix("RMS 0.000"))
        #expect(result.standardError.contains("1 of 2 figures differ") && result.standardError.contains("01-blobs"))
        #expect(FileManager.default.fileExists(atPath: artifacts.appendingPathComponent("01-blobs-diff.png").path))

        // A missing golden fails too, and says how to make it.
        try FileManager.default.removeItem(at: goldens.appendingPathComponent("22-silhouette-diagram.png"))
        let missing = try FiguresProcess.run(["check", "22-silhouette-diagram", "--goldens", goldens.path,
                                              "--artifacts", artifacts.path])
        #expect(missing.status == 1)
        #expect(missing.standardOutput.contains("golden \(goldens.path)/22-silhouette-diagram.png is missing"))
    }

    @Test func theCommittedGoldensPass() throws {
        let artifacts = try FiguresProcess.temporaryFolder("artifacts")
        defer { try? FileManager.default.removeItem(at: artifacts) }
        let result = try FiguresProcess.run(["check"] + Self.names + [
            "--goldens", FiguresProcess.packageRoot.appendingPathComponent("Figures").path, "--artifacts", artifacts.path,
        ])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("all 2 figures match"))
    }
}
