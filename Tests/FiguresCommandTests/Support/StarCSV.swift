import Foundation
import Testing

/// The package's mock star table as CSV text, and ways to spoil it one cell or one line at a time.
struct StarCSV {
    /// The header and data lines of the bundled mock (526 stars, with `flag`).
    var lines: [String]

    /// The bundled mock, read from the package's sources (the executable ships the same file).
    static func mock(sourceLocation: SourceLocation = #_sourceLocation) throws -> StarCSV {
        let url = FiguresExecutable.packageRoot.appendingPathComponent("Sources/LabFigures/Resources/gaia_apogee_mock.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return StarCSV(lines: text.split(separator: "\n").map(String.init))
    }

    var header: [String] { lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init) }

    /// The text with LF line ends.
    var text: String { lines.joined(separator: "\n") + "\n" }

    /// The 1-based field of a column.
    func field(_ column: String) -> Int { (header.firstIndex(of: column) ?? -1) + 1 }

    /// A copy with the cell of `column` on file line `line` (1 is the header) replaced.
    func replacing(line: Int, column: String, with value: String) -> StarCSV {
        var copy = self
        var cells = lines[line - 1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[field(column) - 1] = value
        copy.lines[line - 1] = cells.joined(separator: ",")
        return copy
    }

    /// A copy without the named columns.
    func removing(columns: Set<String>) -> StarCSV {
        let keep = header.indices.filter { !columns.contains(header[$0]) }
        var copy = self
        copy.lines = lines.map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return keep.map { String(cells[$0]) }.joined(separator: ",")
        }
        return copy
    }
}
