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
