import Foundation

/// The machine a benchmark ran on, as a reader of its numbers needs it: processor model,
/// core count and how busy the machine was (load averages over 1, 5 and 15 minutes).
struct MachineDescription: Sendable, Encodable {
    let cpu: String
    let cores: Int
    /// `/proc/loadavg`'s first three fields; empty where unreadable.
    let loadAverage: [Double]

    enum CodingKeys: String, CodingKey {
        case cpu, cores
        case loadAverage = "load_average"
    }

    static func current() -> MachineDescription {
        MachineDescription(cpu: cpuModel() ?? "unknown", cores: ProcessInfo.processInfo.activeProcessorCount,
                           loadAverage: loadAverage())
    }

    /// `model name` from `/proc/cpuinfo`.
    static func cpuModel() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static func loadAverage() -> [Double] {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return [] }
        return text.split(separator: " ").prefix(3).compactMap { Double($0) }
    }

    /// `AMD EPYC, 2 cores, load 13.9 12.0 11.1`.
    var summary: String {
        let load = loadAverage.map { String(format: "%.1f", $0) }.joined(separator: " ")
        return "\(cpu), \(cores) cores, load average \(load.isEmpty ? "unknown" : load)"
    }
}
