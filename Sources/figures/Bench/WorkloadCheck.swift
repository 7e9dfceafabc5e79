/// What a workload computed, reduced to a few values that the Python side computes too
/// (inertia, BIC, iteration counts, label digests, image sizes), so that `bench-peer.py`
/// can show that both sides got the same answer before it compares their speed.
struct WorkloadCheck: Sendable, Equatable {
    /// One checked value.
    enum Value: Sendable, Equatable, Encodable {
        case integer(Int)
        case number(Double)
        case text(String)
        case flag(Bool)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .integer(let v): try container.encode(v)
            case .number(let v): try container.encode(v)
            case .text(let v): try container.encode(v)
            case .flag(let v): try container.encode(v)
            }
        }

        /// The value as a table cell: numbers with all 17 significant digits.
        var text: String {
            switch self {
            case .integer(let v): String(v)
            case .number(let v): String(v)
            case .text(let v): v
            case .flag(let v): String(v)
            }
        }
    }

    /// Named values in the order they were added.
    private(set) var entries: [(name: String, value: Value)] = []

    static func == (a: WorkloadCheck, b: WorkloadCheck) -> Bool {
        a.entries.map(\.name) == b.entries.map(\.name) && a.entries.map(\.value) == b.entries.map(\.value)
    }

    mutating func add(_ name: String, _ value: Value) {
        entries.append((name, value))
    }

    mutating func add(_ name: String, _ value: Double) { add(name, .number(value)) }
    mutating func add(_ name: String, _ value: Int) { add(name, .integer(value)) }
    mutating func add(_ name: String, _ value: String) { add(name, .text(value)) }
    mutating func add(_ name: String, _ value: Bool) { add(name, .flag(value)) }

    /// The value named `name`, if present.
    subscript(name: String) -> Value? {
        entries.first { $0.name == name }?.value
    }
}
