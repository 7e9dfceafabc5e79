import Foundation

/// The test bundle's `Fixtures/` files, each written from matplotlib, seaborn and
/// friends by a script in `Scripts/`.
enum Fixtures {
    /// A fixture file the test bundle lacks, with the script that writes it.
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String {
            "Fixtures/\(name).json is missing from the test bundle; run \(Fixtures.script(writing: name))"
        }
    }

    /// `Fixtures/<name>.json` decoded as `T`.
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw Missing(name: name)
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// `Fixtures/<name>.json` for a `static let` that parameterised tests take their
    /// arguments from, which cannot throw: a missing or unreadable file stops the run
    /// with what to do, rather than leaving those tests without cases.
    static func required<T: Decodable>(_ name: String, as type: T.Type = T.self) -> T {
        do {
            return try load(name, as: T.self)
        } catch {
            preconditionFailure("Fixtures/\(name).json is missing or unreadable (run \(script(writing: name))): \(error)")
        }
    }

    /// The script that writes a fixture.
    static func script(writing name: String) -> String {
        switch name {
        case "ticks": "Scripts/make-tick-fixtures.py"
        case "plotkinds": "Scripts/make-plotkind-fixtures.py"
        case "colors": "Scripts/make-colormaps.py"
        case "mathtext": "Scripts/make-text-fixtures.py"
        default: "the Scripts/make-*.py script that writes it"
        }
    }
}
