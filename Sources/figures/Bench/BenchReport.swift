import Foundation

/// The results of a benchmark run, printable as a table for people and as JSON for
/// `Scripts/bench-peer.py` and other tools.
struct BenchReport: Sendable {
    let repeats: Int
    let measurements: [WorkloadMeasurement]
    /// The highest peak resident memory of any workload (the run's overall peak).
    let processPeakBytes: Int
    let machineAtStart: MachineDescription
    let machineAtEnd: MachineDescription

    // MARK: - Table

    /// A fixed-width table: best wall time, every run, the best run's CPU time, peak memory,
    /// and the Python time issue 7 reports, then the check values.
    func table() -> String {
        var lines: [String] = []
        let header = ["workload", "best s", "runs s", "CPU s", "peak MB", "Python s (issue 7)", "speed-up"]
        var rows: [[String]] = []
        for m in measurements {
            let best = m.bestLap
            rows.append([
                m.workload.name,
                String(format: "%.4f", best.wallSeconds),
                m.laps.map { String(format: "%.3f", $0.wallSeconds) }.joined(separator: " "),
                String(format: "%.3f", best.cpuSeconds),
                m.peakBytes.map { Self.megabytes($0) } ?? "?",
                String(format: "%.2f", m.workload.issueReferenceSeconds),
                String(format: "%.1fx", m.workload.issueReferenceSeconds / best.wallSeconds),
            ])
        }
        let widths = header.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        let format = { (cells: [String]) -> String in
            cells.enumerated().map { c, cell in
                c == 0 ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[c] - cell.count) + cell
            }.joined(separator: "  ")
        }
        lines.append(format(header))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += rows.map(format)
        lines.append("")
        lines.append("best of \(repeats) runs; CPU s is the best run's user + system time on all cores")
        lines.append("peak resident memory: \(Self.megabytes(processPeakBytes)) MB (highest of the workloads)")
        lines.append("machine: \(machineAtStart.summary) at start; load \(machineAtEnd.loadAverage.map { String(format: "%.1f", $0) }.joined(separator: " ")) at end")
        lines.append("")
        lines.append("checks (compare with scikit-learn: Scripts/bench-peer.py):")
        for m in measurements {
            let values = m.check.entries.map { "\($0.name)=\($0.value.text)" }.joined(separator: " ")
            lines.append("  \(m.workload.name): \(values)")
        }
        return lines.joined(separator: "\n")
    }

    /// Bytes as megabytes (10⁶) with one decimal.
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1e6)
    }

    // MARK: - JSON

    /// `{"workloads": {"kmeans_1e6x2_k8": seconds, ...}, ...}`: best wall seconds a workload,
    /// then CPU seconds, every run, peak bytes, check values and the machine.
    func json() throws(BenchError) -> String {
        let document = Document(
            workloads: Dictionary(uniqueKeysWithValues: measurements.map { ($0.workload.name, $0.bestWallSeconds) }),
            cpuSeconds: Dictionary(uniqueKeysWithValues: measurements.map { ($0.workload.name, $0.bestLap.cpuSeconds) }),
            runs: Dictionary(uniqueKeysWithValues: measurements.map { ($0.workload.name, $0.laps.map(\.wallSeconds)) }),
            peakMemoryBytes: Dictionary(uniqueKeysWithValues: measurements.map { ($0.workload.name, $0.peakBytes ?? -1) }),
            processPeakMemoryBytes: processPeakBytes,
            checks: Dictionary(uniqueKeysWithValues: measurements.map { ($0.workload.name, $0.check) }),
            repeats: repeats,
            machine: machineAtStart,
            loadAverageAtEnd: machineAtEnd.loadAverage)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        } catch {
            throw .workloadFailed(workload: "report", stage: "encoding JSON", reason: String(describing: error))
        }
    }

    private struct Document: Encodable {
        let workloads: [String: Double]
        let cpuSeconds: [String: Double]
        let runs: [String: [Double]]
        let peakMemoryBytes: [String: Int]
        let processPeakMemoryBytes: Int
        let checks: [String: WorkloadCheck]
        let repeats: Int
        let machine: MachineDescription
        let loadAverageAtEnd: [Double]

        enum CodingKeys: String, CodingKey {
            case workloads, runs, checks, repeats, machine
            case cpuSeconds = "cpu_seconds"
            case peakMemoryBytes = "peak_memory_bytes"
            case processPeakMemoryBytes = "process_peak_memory_bytes"
            case loadAverageAtEnd = "load_average_at_end"
        }
    }
}

extension WorkloadCheck: Encodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// An object of the named values.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for entry in entries {
            try container.encode(entry.value, forKey: Key(stringValue: entry.name))
        }
    }
}
