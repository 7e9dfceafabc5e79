import Foundation

/// What is wrong with a plotting request, worded so the caller can fix it.
public enum PlotError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Two sequences that pair up element by element have different lengths.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// A matplotlib format string such as `"r--"` or `"k."` could not be read.
    case invalidFormatString(String, reason: String)
    /// A size, count or other value is out of its allowed range.
    case invalidValue(what: String, value: String, expected: String)
    /// A subplot position outside its grid.
    case subplotOutOfRange(row: Int, column: Int, rows: Int, columns: Int)

    public var description: String {
        switch self {
        case let .lengthMismatch(what, expected, actual):
            return "\(what) has \(actual) values but \(expected) were expected (one per point)"
        case let .invalidFormatString(s, reason):
            return "format string '\(s)' is not valid: \(reason); use a colour letter (bgrcmykw), a marker (o . x + s ^ v D) and a line style (- -- : -.), e.g. 'k.' or 'r--'"
        case let .invalidValue(what, value, expected):
            return "\(what) is \(value); expected \(expected)"
        case let .subplotOutOfRange(row, column, rows, columns):
            return "subplot (row \(row), column \(column)) is outside a \(rows)x\(columns) grid; rows are 0..<\(rows), columns 0..<\(columns)"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
