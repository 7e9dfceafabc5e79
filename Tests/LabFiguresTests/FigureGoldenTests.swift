import CairoBackend
import Foundation
import LabFigures
import Testing

/// Every catalogue figure rendered in memory against its committed render in `Figures/`,
/// which are the goldens: the files `swift run -c release figures` writes.
///
/// Pixels are compared (`GoldenImage`, RMS on 0-255 within 0.25), never bytes. Failures leave
/// `NAME-actual.png` and `NAME-diff.png` in `.build/golden-artifacts/`. A missing golden is
/// recorded (and the test fails, so a run that compared nothing never passes);
/// `RECORD_GOLDENS=1` re-records all (prefer `Scripts/update-goldens.sh`, which renders them
/// with the release build as users will); nothing is ever recorded when `CI` is set.
@Suite("Figure goldens")
struct FigureGoldenTests {
    static let goldens = FigureSupport.packageRoot.appendingPathComponent("Figures")
    static let artifacts = FigureSupport.packageRoot.appendingPathComponent(".build/golden-artifacts")

    @Test("each figure matches Figures/NAME.png, nothing cut off at its edges", arguments: FigureCatalog.names)
    func matchesGolden(_ name: String) throws {
        let png = try FigureSupport.figure(name).pngData()
        // Nothing runs off the page: the outermost two rows and columns are bare page (a label,
        // footnote or table cut at the edge would leave ink there).
        let bitmap = try Bitmap(png: png)
        var inked: [String] = []
        for y in 0..<bitmap.height {
            for x in 0..<bitmap.width where x < 2 || y < 2 || x >= bitmap.width - 2 || y >= bitmap.height - 2 {
                let p = bitmap.pixel(x: x, y: y)
                if p.red != 255 || p.green != 255 || p.blue != 255 { inked.append("(\(x), \(y))") }
            }
        }
        #expect(inked.isEmpty, "\(name): ink at the page edge at \(inked.prefix(5).joined(separator: ", "))")
        let checker = GoldenImage(directory: Self.goldens, artifactDirectory: Self.artifacts)
        switch checker.verify(png: png, name: name) {
        case .matched(let rms):
            #expect(rms <= GoldenImage.defaultTolerance)
        case .recorded(let url):
            Issue.record("recorded golden \(url.path); look at it, commit it and run again")
        case .failed(let message):
            Issue.record(Comment(rawValue: message))
        }
    }

    @Test("rendering is deterministic: the same PNG and PDF bytes twice")
    func deterministic() throws {
        for name in ["06-silhouette-curve", "19-confusion-gmm-aligned"] {
            let first = try FigureSupport.figure(name), second = try FigureSupport.figure(name)
            #expect(try first.pngData() == second.pngData(), "\(name) PNG")
            #expect(try first.pdfData(title: name) == second.pdfData(title: name), "\(name) PDF")
        }
    }
}
