import Foundation
import Testing

/// The built `figures` executable, run as a user runs it: a separate process with its own
/// arguments, working folder, standard output and standard error.
///
/// The test target depends on the executable, so SwiftPM builds it into the same products
/// folder as the test bundle; it is looked up there (and, failing that, in the package's
/// `.build/debug`).
enum FiguresExecutable {
    /// What one run came to.
    struct Run: CustomStringConvertible {
        /// The exit status, or the signal number when `crashed`.
        let status: Int32
        /// Whether the process ended on a signal (a Swift runtime trap is SIGILL or SIGTRAP).
        let crashed: Bool
        let standardOutput: String
        let standardError: String

        /// The non-empty lines of standard error.
        var errorLines: [String] {
            standardError.split(whereSeparator: \.isNewline).map(String.init)
        }

        var description: String {
            "status \(status)\(crashed ? " (signal)" : ""); stderr: \(standardError); stdout: \(standardOutput)"
        }
    }

    /// The package's root folder (two levels above this file's folder).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Where the executable is; nil when it has not been built.
    static let url: URL? = {
        var folders: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("figures") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `figures` with `arguments` in `folder`, standard input closed, and waits for it.
    ///
    /// Output goes through files rather than pipes, so a chatty run cannot block on a full pipe.
    /// `standardOutputPath` sends standard output elsewhere instead (`/dev/full`, say); the
    /// run's `standardOutput` is then empty.
    static func run(_ arguments: [String], in folder: URL, standardOutputPath: String? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
        let executable = try #require(url, "the figures executable was not found next to the tests; run `swift build --product figures`",
                                      sourceLocation: sourceLocation)
        let capture = FileManager.default.temporaryDirectory
            .appendingPathComponent("figures-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: capture) }
        let outURL = capture.appendingPathComponent("stdout"), errURL = capture.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        if let standardOutputPath {
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: standardOutputPath))
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   crashed: process.terminationReason == .uncaughtSignal,
                   standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
