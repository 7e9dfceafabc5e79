import Foundation
import Testing
@testable import figures

/// The report's JSON (what `Scripts/bench-peer.py` parses) and its table.
@Suite struct BenchReportTests {
    static let machine = MachineDescription(cpu: "Test CPU", cores: 2, loadAverage: [1.5, 1.25, 1])

    static func report() -> BenchReport {
        var kmeans = WorkloadCheck()
        kmeans.add("inertia", 1798999.879525775)
        kmeans.add("n_iter", 6)
        kmeans.add("labels_fnv1a", "17a2b92941298361")
        var gmm = WorkloadCheck()
        gmm.add("converged", true)
        gmm.add("bic", 0.1 + 0.2)
        let laps = [Stopwatch.Lap(wallSeconds: 0.30, cpuSeconds: 0.5),
                    Stopwatch.Lap(wallSeconds: 0.25, cpuSeconds: 0.45),
                    Stopwatch.Lap(wallSeconds: 0.28, cpuSeconds: 0.4)]
        return BenchReport(
            repeats: 3,
            measurements: [
                WorkloadMeasurement(workload: .kmeans, laps: laps, peakBytes: 145_000_000, peakIsPerWorkload: true,
                                    check: kmeans),
                WorkloadMeasurement(workload: .gaussianMixture, laps: [Stopwatch.Lap(wallSeconds: 0.09, cpuSeconds: 0.1)],
                                    peakBytes: nil, peakIsPerWorkload: false, check: gmm),
            ],
            processPeakBytes: 145_000_000, machineAtStart: machine, machineAtEnd: machine)
    }

    func parsed() throws -> [String: Any] {
        let text = try Self.report().json()
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func workloadsMapNamesToTheBestWallSeconds() throws {
        let json = try parsed()
        let workloads = try #require(json["workloads"] as? [String: Double])
        #expect(workloads == ["kmeans_1e6x2_k8": 0.25, "gmm_1e5x7_k3": 0.09])
        // CPU seconds are the best run's, not the least CPU of any run.
        let cpu = try #require(json["cpu_seconds"] as? [String: Double])
        #expect(cpu["kmeans_1e6x2_k8"] == 0.45)
        let runs = try #require(json["runs"] as? [String: [Double]])
        #expect(runs["kmeans_1e6x2_k8"] == [0.30, 0.25, 0.28])
    }

    /// A check value as JSON holds it (decoded with JSONDecoder, which reads doubles exactly;
    /// Foundation's JSONSerialization on Linux does not).
    enum Decoded: Decodable, Equatable {
        case flag(Bool), integer(Int), number(Double), text(String)

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let v = try? c.decode(Bool.self) { self = .flag(v) }
            else if let v = try? c.decode(Int.self) { self = .integer(v) }
            else if let v = try? c.decode(Double.self) { self = .number(v) }
            else { self = .text(try c.decode(String.self)) }
        }
    }

    struct ChecksDocument: Decodable {
        let checks: [String: [String: Decoded]]
    }

    @Test func checksKeepEveryDigitAndType() throws {
        let document = try JSONDecoder().decode(ChecksDocument.self, from: Data(try Self.report().json().utf8))
        #expect(document.checks["kmeans_1e6x2_k8"] == [
            "inertia": .number(1798999.879525775), "n_iter": .integer(6), "labels_fnv1a": .text("17a2b92941298361"),
        ])
        #expect(document.checks["gmm_1e5x7_k3"] == ["converged": .flag(true), "bic": .number(0.1 + 0.2)])
    }

    @Test func memoryAndMachineAreReported() throws {
        let json = try parsed()
        #expect(json["process_peak_memory_bytes"] as? Int == 145_000_000)
        let peaks = try #require(json["peak_memory_bytes"] as? [String: Int])
        #expect(peaks == ["kmeans_1e6x2_k8": 145_000_000, "gmm_1e5x7_k3": -1])
        let machine = try #require(json["machine"] as? [String: Any])
        #expect(machine["cpu"] as? String == "Test CPU")
        #expect(machine["cores"] as? Int == 2)
        #expect(machine["load_average"] as? [Double] == [1.5, 1.25, 1])
        #expect(json["repeats"] as? Int == 3)
    }

    @Test func tableShowsBestRunsAndTheIssueReference() {
        let lines = Self.report().table().split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("workload "))
        let kmeans = lines.first { $0.hasPrefix("kmeans_1e6x2_k8") } ?? ""
        #expect(kmeans.contains("0.2500"))
        #expect(kmeans.contains("0.300 0.250 0.280"))
        #expect(kmeans.contains("145.0"))
        #expect(kmeans.contains("1.3x"))  // 0.33 s in issue 7 / 0.25 s
        let gmm = lines.first { $0.hasPrefix("gmm_1e5x7_k3") } ?? ""
        #expect(gmm.contains(" ? "))  // no peak reading
        #expect(lines.contains("  kmeans_1e6x2_k8: inertia=1798999.879525775 n_iter=6 labels_fnv1a=17a2b92941298361"))
        #expect(lines.contains { $0.hasPrefix("machine: Test CPU, 2 cores, load average 1.5 1.2 1.0") })
    }
}
