import Foundation
import Testing

/// Loads the JSON fixtures written by `Scripts/make-estimator-fixtures.py`.
enum CoreFixtures {
    /// Decodes `Fixtures/<name>.json` from the test bundle.
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
            "fixture \(name).json is missing; run Scripts/make-estimator-fixtures.py")
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// The largest relative difference `|a - b| / max(|b|, tiny)` over paired arrays (∞ when lengths differ).
func maxRelativeError(_ actual: [Double], _ expected: [Double]) -> Double {
    guard actual.count == expected.count else { return .infinity }
    var worst = 0.0
    for (a, b) in zip(actual, expected) {
        let error = abs(a - b) / max(abs(b), Double.leastNormalMagnitude)
        worst = max(worst, error.isNaN ? .infinity : error)
    }
    return worst
}

/// The largest absolute difference over paired arrays (∞ when lengths differ).
func maxAbsoluteError(_ actual: [Double], _ expected: [Double]) -> Double {
    guard actual.count == expected.count else { return .infinity }
    var worst = 0.0
    for (a, b) in zip(actual, expected) {
        let error = abs(a - b)
        worst = max(worst, error.isNaN ? .infinity : error)
    }
    return worst
}
