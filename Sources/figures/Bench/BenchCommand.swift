import ArgumentParser
import Foundation

extension Figures {
    /// `figures bench`: times issue 7's six workloads (best of 3) and prints a table, or JSON
    /// for `Scripts/bench-peer.py`, with each workload's peak resident memory and the values
    /// it computed (to compare with scikit-learn's).
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the estimator and rendering workloads that the Python stack is measured on.",
            discussion: """
                Workloads: \(BenchWorkload.allCases.map(\.name).joined(separator: ", ")).
                Each is prepared untimed, then run --repeats times; the best wall time counts. Build in \
                release mode (swift build -c release) for meaningful numbers; Scripts/bench-peer.py runs \
                this and the Python stack side by side and checks that both compute the same results.

                Examples:
                  figures bench
                  figures bench --json --only kmeans_1e6x2_k8,gmm_1e5x7_k3
                  figures bench --only scatter_png_1e6 --output /tmp/bench   # keep the PNGs
                """)

        @Flag(name: .long, help: "Print JSON: {\"workloads\": {name: seconds, ...}, \"checks\": {...}, ...}.")
        var json = false

        @Option(name: .long, help: ArgumentHelp("Run only these workloads (comma-separated).", valueName: "names"))
        var only: String?

        @Option(name: .long, help: ArgumentHelp("Timed runs of each workload; the best counts.", valueName: "n"))
        var repeats = 3

        @Option(name: .long, help: ArgumentHelp(
            "Keep the workloads' PNG files in this folder (default: a temporary folder, removed).", valueName: "dir"))
        var output: String?

        func validate() throws {
            guard (1...100).contains(repeats) else { throw ValidationError(BenchError.invalidRepeats(repeats).description) }
            do {
                _ = try BenchWorkload.selection(only)
            } catch {
                throw ValidationError(error.description)
            }
        }

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
            // Progress goes to standard error so that --json output stays parseable.
            let report = try runner.run(workloads) { line in Console.error(line) }
            Console.line(json ? try report.json() : report.table())
        }
    }
}
