import CairoBackend
import Foundation
import Plotting
import Testing

/// Where this suite's goldens live and how they are checked.
///
/// Goldens are read from the test bundle (`Bundle.module`, the committed
/// `Tests/CairoBackendTests/Goldens/`), recorded into that source folder, and failures
/// leave `NAME-actual.png` and `NAME-diff.png` in `artifacts/CairoBackendTests/` at the
/// package root (ignored by git). Record modes come from the environment: a missing golden
/// is recorded on the first run, `RECORD_GOLDENS=1` re-records all, and nothing is
/// recorded when `CI` is set.
enum Goldens {
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static var bundleDirectory: URL {
        Bundle.module.url(forResource: "Goldens", withExtension: nil) ?? sourceDirectory
    }

    static var checker: GoldenImage {
        GoldenImage(directory: bundleDirectory, recordDirectory: sourceDirectory,
                    artifactDirectory: packageRoot.appendingPathComponent("artifacts/CairoBackendTests"))
    }

    /// Renders `page` to PNG and compares it with `Goldens/NAME.png`. A recorded golden
    /// counts as a failure, so a run that compared nothing never passes.
    static func check(_ page: some Renderable, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let png = try page.pngData()
        switch checker.verify(png: png, name: name) {
        case .matched:
            break
        case .recorded(let url):
            Issue.record("recorded golden \(url.path); check it by eye, commit it and run again", sourceLocation: sourceLocation)
        case .failed(let message):
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// Bytes of a committed fixture in the Goldens folder.
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: bundleDirectory.appendingPathComponent(name))
    }
}

/// A fresh empty folder under the system's temporary directory, for tests that write files.
func makeTemporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("cairo-tests-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

extension Color {
    static let tab10Blue = Color(hex: 0x1f77b4)
    static let tab10Orange = Color(hex: 0xff7f0e)
    static let tab10Green = Color(hex: 0x2ca02c)
    static let tab10Red = Color(hex: 0xd62728)
    static let tab10Purple = Color(hex: 0x9467bd)
}
