import Foundation
import Testing

/// What every failed run must look like, whatever failed.
enum Expect {
    /// Bad input: exit status 1, no crash, exactly one line on standard error, "Error: "
    /// then the message, which holds every fragment given (file, line, column, expectation).
    static func failure(_ run: FiguresExecutable.Run, mentions fragments: [String],
                        sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!run.crashed, "the process crashed: \(run)", sourceLocation: sourceLocation)
        #expect(run.status == 1, "expected exit status 1: \(run)", sourceLocation: sourceLocation)
        #expect(run.errorLines.count == 1, "expected one line on stderr: \(run)", sourceLocation: sourceLocation)
        let line = run.errorLines.first ?? ""
        #expect(line.hasPrefix("Error: "), "\(line)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(line.contains(fragment), "'\(fragment)' missing from: \(line)", sourceLocation: sourceLocation)
        }
    }

    /// A usage error: exit status 2, no crash, the message (holding every fragment) and the usage hint on stderr.
    static func usageError(_ run: FiguresExecutable.Run, mentions fragments: [String],
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!run.crashed, "the process crashed: \(run)", sourceLocation: sourceLocation)
        #expect(run.status == 2, "expected exit status 2: \(run)", sourceLocation: sourceLocation)
        let lines = run.errorLines
        let message = lines.first ?? ""
        #expect(message.hasPrefix("Error: "), "\(message)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(message.contains(fragment), "'\(fragment)' missing from: \(message)", sourceLocation: sourceLocation)
        }
        #expect(lines.contains { $0.hasPrefix("Usage: figures") }, "no usage line: \(run)", sourceLocation: sourceLocation)
        #expect(lines.contains { $0.contains("--help") }, "no help hint: \(run)", sourceLocation: sourceLocation)
        #expect(run.standardOutput.isEmpty, "usage errors print nothing on stdout: \(run)", sourceLocation: sourceLocation)
    }

    /// Success: exit status 0 and nothing on standard error.
    static func success(_ run: FiguresExecutable.Run, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!run.crashed && run.status == 0, "expected success: \(run)", sourceLocation: sourceLocation)
        #expect(run.standardError.isEmpty, "stderr: \(run.standardError)", sourceLocation: sourceLocation)
    }
}
