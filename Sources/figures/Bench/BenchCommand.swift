import ArgumentParser
import Foundation

/// `figures bench`: times issue 7's six workloads (best of 3) and prints a table, or JSON
/// for `Scripts/bench-peer.py`, with each workload's peak resident memory and the values
/// it computed (to compare with scikit-learn's).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the estimator and rendering workloads against which the Python stack is measured.",
        discussion: """
            Workloads: \(BenchWorkload.allCases.map(\.name).joined(separator: ", ")).
            Each is prepared untimed, then run --repeats times; the best wall time counts. Build in \
            release mode first (swift build -c release); Scripts/bench-peer.py runs this and the \
            Python stack side by side.
            """)

    @Flag(name: .long, help: "Print JSON: {\"workloads\": {name: seconds, ...}, \"checks\": ..., ...}.")
    var json = false

    @Option(name: .long, help: "Run only these workloads (a name or a comma-separated list).")
    var only: String?

    @Option(name: .long, help: "Timed runs of each workload; the best counts.")
    var repeats = 3

    @Option(name: .long, help: "Keep the workloads' PNG files in this folder (default: a temporary folder, removed).")
    var output: String?

    func run() throws {
        let workloads = try BenchWorkload.selection(only)
        let folder: URL
        if let output {
            folder = URL(fileURLWithPath: output, isDirectory: true)
        } else {
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("figures-bench-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        }
        defer {
            if output == nil { try? FileManager.default.removeItem(at: folder) }
        }
        let runner = try BenchRunner(repeats: repeats, outputFolder: folder)
        let report = try runner.run(workloads) { line in
            // Progress goes to standard error so that --json output stays parseable.
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        print(json ? try report.json() : report.table())
    }
}
