import Foundation
import Testing

/// The test bundle's `Fixtures/` files, each written by a script in `Scripts/`
/// from the Python reference stack.
enum Fixtures {
    /// A fixture file the test bundle lacks, with the script that writes it.
    struct Missing: Error, CustomStringConvertible {
        let file: String
        var description: String {
            "fixture \(file) is missing from the test bundle; run \(Fixtures.script(writing: file))"
        }
    }

    /// The URL of `Fixtures/<file>` (`file` with its extension).
    static func url(_ file: String) throws -> URL {
        let name = (file as NSString).deletingPathExtension
        let ext = (file as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures") else {
            throw Missing(file: file)
        }
        return url
    }

    /// `Fixtures/<name>.json` decoded as `T`.
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url("\(name).json")))
    }

    /// The script that writes a fixture, told by its name's prefix.
    static func script(writing file: String) -> String {
        if file.hasPrefix("gmm_") || file.hasPrefix("bgmm_") { return "Scripts/make-mixture-fixtures.py" }
        if file.hasPrefix("table_") || file.hasPrefix("metrics_") { return "Scripts/make-metrics-fixtures.py" }
        return "Scripts/make-estimator-fixtures.py"
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
