import Foundation
import Testing

/// A fresh temporary folder for one test: the working folder of the runs, the place for
/// input files, and the output folder whose contents the tests check afterwards.
struct Workspace: ~Copyable {
    let root: URL

    init(_ name: String = #function) throws {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("figures-test-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// A path inside the workspace.
    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Writes `bytes` to `relative` and returns its path.
    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let url = url(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to `relative` and returns its path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, Array(text.utf8))
    }

    /// Every entry of a folder, hidden ones (temporary files) included, sorted; empty when it does not exist.
    func contents(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(relative).path)) ?? []).sorted()
    }

    /// Runs `figures` here (standard output to a file of the run, or to `standardOutputPath`).
    func run(_ arguments: [String], standardOutputPath: String? = nil,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> FiguresExecutable.Run {
        try FiguresExecutable.run(arguments, in: root, standardOutputPath: standardOutputPath,
                                  sourceLocation: sourceLocation)
    }
}
