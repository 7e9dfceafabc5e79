import Foundation
import Testing

/// Loads the `table_*` and `metrics_*` fixtures written by Scripts/make-metrics-fixtures.py.
enum TableMetricFixtures {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "fixture \(name) is missing from the test bundle" }
    }

    /// The URL of a fixture file in the test bundle.
    static func url(_ name: String) throws -> URL {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures") else {
            throw Missing(name: name)
        }
        return url
    }

    /// A JSON fixture decoded as `T`.
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url(name)))
    }

    /// A float written by Python's `repr` (`nan`, `inf` and `-inf` included), read back exactly.
    static func double(_ text: String) -> Double {
        switch text {
        case "nan": return .nan
        case "inf": return .infinity
        case "-inf": return -.infinity
        default:
            guard let value = Double(text) else {
                Issue.record("fixture float '\(text)' does not parse")
                return .nan
            }
            return value
        }
    }

    /// Whether two doubles are the same value bit for bit (NaN equal to NaN, -0.0 different from 0.0).
    static func identical(_ a: Double, _ b: Double) -> Bool {
        a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    }
}

/// A label in a JSON fixture: an integer or a string.
enum FixtureLabel: Decodable, Hashable, Comparable, Sendable, CustomStringConvertible {
    case int(Int)
    case string(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    var int: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var description: String {
        switch self {
        case .int(let value): "\(value)"
        case .string(let value): value
        }
    }

    static func < (a: FixtureLabel, b: FixtureLabel) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): x < y
        case let (.string(x), .string(y)): x < y
        case (.int, .string): true
        case (.string, .int): false
        }
    }
}
