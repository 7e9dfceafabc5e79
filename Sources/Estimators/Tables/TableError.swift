import Foundation

/// Why a CSV file could not be read as a table, or a column could not be used as asked.
///
/// Every case says where (file, line, column) and what was expected, so that the
/// message alone lets a person fix the file. `description` is that message.
public enum TableError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The path does not name an existing file.
    case fileNotFound(path: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The file exists but could not be opened or read; `reason` is the system's explanation.
    case unreadable(path: String, reason: String)
    /// The file (or stream) is longer than the reader's limit (``Table/defaultMaximumFileBytes`` by default).
    case fileTooLarge(path: String, limit: Int)
    /// The file holds no header line (it is empty, or holds only blank lines or a byte-order mark).
    case empty(source: String)
    /// The file has a header but no data rows.
    case noRows(source: String, columns: [String])
    /// A record has a different number of fields from the header.
    case raggedRow(TableLocation, fields: Int, expected: Int)
    /// A cell of a column used as numbers is not a number.
    case invalidNumber(TableLocation, text: String)
    /// A cell of a column used as numbers (or integers) is empty or a missing-value marker such as `NA`.
    case missingValue(TableLocation, text: String)
    /// A cell of a column used as numbers is NaN or infinite.
    case nonFiniteValue(TableLocation, text: String)
    /// A cell's magnitude is so large that its square overflows (estimators square their inputs).
    case valueTooLarge(TableLocation, text: String)
    /// A cell of a column used as integers is not an integer.
    case invalidInteger(TableLocation, text: String)
    /// A cell of a column used as integers does not fit in 64 bits.
    case integerOutOfRange(TableLocation, text: String)
    /// A column asked for by name does not exist.
    case missingColumn(source: String, column: String, available: [String])
    /// Two columns share a name; `firstField` is the 1-based position of the earlier one.
    case duplicateColumn(TableLocation, firstField: Int)
    /// The bytes at this place are not valid UTF-8 (binary data, or another text encoding).
    case invalidUTF8(TableLocation, byteInLine: Int)
    /// The file contains a NUL byte, which CSV text never does.
    case nulByte(TableLocation, byteInLine: Int)
    /// A quoted field opens at this place and is never closed.
    case unterminatedQuote(TableLocation)
    /// Something other than a comma or a line end follows a quoted field's closing quote.
    case textAfterClosingQuote(TableLocation, character: String)
    /// A record is longer than the reader's limit (``Table/defaultMaximumRecordBytes`` by default).
    case recordTooLong(TableLocation, limit: Int)
    /// A column given to a table has a different number of values from the table's rows.
    case lengthMismatch(column: String, count: Int, expected: Int)
    /// The table could not be written to this path; `reason` is the system's explanation.
    case unwritable(path: String, reason: String)

    /// The largest magnitude a numeric cell may have: `sqrt(Double.greatestFiniteMagnitude)`.
    ///
    /// Estimators square their inputs (distances, variances); anything larger would
    /// overflow to infinity silently, so the reader rejects it where it is found.
    public static let largestMagnitude = Double.greatestFiniteMagnitude.squareRoot()

    /// Where the problem is, when it is inside a file or table.
    public var location: TableLocation? {
        switch self {
        case .raggedRow(let l, _, _), .invalidNumber(let l, _), .missingValue(let l, _),
             .nonFiniteValue(let l, _), .valueTooLarge(let l, _), .invalidInteger(let l, _),
             .integerOutOfRange(let l, _), .duplicateColumn(let l, _), .invalidUTF8(let l, _),
             .nulByte(let l, _), .unterminatedQuote(let l), .textAfterClosingQuote(let l, _),
             .recordTooLong(let l, _):
            return l
        case .fileNotFound, .isDirectory, .unreadable, .fileTooLarge, .empty, .noRows, .missingColumn, .lengthMismatch,
             .unwritable:
            return nil
        }
    }

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "cannot read table: '\(path)' does not exist; check the path"
        case .isDirectory(let path):
            return "cannot read table: '\(path)' is a directory; expected a CSV file"
        case .unreadable(let path, let reason):
            return "cannot read table '\(path)': \(reason); check that the file is readable"
        case .fileTooLarge(let path, let limit):
            return "cannot read table '\(path)': it is larger than \(limit) bytes, the limit for one table; "
                + "is this the CSV file you meant?"
        case .empty(let source):
            return "\(source) is empty; expected a header line naming the columns, then data rows"
        case .noRows(let source, let columns):
            return "\(source) has a header (\(Self.list(columns))) but no data rows; expected at least one row"
        case .raggedRow(let location, let fields, let expected):
            return "\(location): the record has \(fields) field\(fields == 1 ? "" : "s"), "
                + "but the header has \(expected); expected \(expected) comma-separated fields "
                + "(quote fields that contain commas)"
        case .invalidNumber(let location, let text):
            return "\(location): expected a number, found '\(Self.excerpt(text))'"
        case .missingValue(let location, let text):
            return text.trimmingCharacters(in: .whitespaces).isEmpty
                ? "\(location): the cell is empty; expected a value"
                : "\(location): found the missing-value marker '\(Self.excerpt(text))'; expected a value"
        case .nonFiniteValue(let location, let text):
            return "\(location): found '\(Self.excerpt(text))'; expected a finite number (NaN and infinity are not allowed)"
        case .valueTooLarge(let location, let text):
            return "\(location): \(Self.excerpt(text)) is too large; estimators square their inputs, "
                + "so magnitudes must be at most \(Self.largestMagnitude)"
        case .invalidInteger(let location, let text):
            return "\(location): expected an integer, found '\(Self.excerpt(text))'"
        case .integerOutOfRange(let location, let text):
            return "\(location): \(Self.excerpt(text)) does not fit in a 64-bit integer; "
                + "expected a value in \(Int64.min)...\(Int64.max)"
        case .missingColumn(let source, let column, let available):
            return "\(source) has no column '\(column)'; columns are: \(Self.list(available))"
        case .duplicateColumn(let location, let firstField):
            let name = location.column ?? ""
            let place = location.line.map { "\(location.source), line \($0)" } ?? location.source
            return "\(place): the column name '\(name)' appears twice "
                + "(fields \(firstField) and \(location.field ?? 0)); column names must be unique"
        case .invalidUTF8(let location, let byte):
            return "\(location): invalid UTF-8 at byte \(byte) of the line; "
                + "the file looks binary or uses another text encoding; expected UTF-8 CSV text"
        case .nulByte(let location, let byte):
            return "\(location): NUL byte at byte \(byte) of the line; "
                + "the file looks binary; expected UTF-8 CSV text"
        case .unterminatedQuote(let location):
            return "\(location): the quoted field that opens here is never closed; "
                + "expected a closing '\"' (write \"\" for a quote inside a quoted field)"
        case .textAfterClosingQuote(let location, let character):
            return "\(location): unexpected '\(character)' after the closing quote; "
                + "expected a comma or the end of the line (write \"\" for a quote inside a quoted field)"
        case .recordTooLong(let location, let limit):
            return "\(location): the record starting here is longer than \(limit) bytes, the limit for one record; "
                + "is a quote left open, or is this not a CSV file?"
        case .lengthMismatch(let column, let count, let expected):
            return "column '\(column)' has \(count) value\(count == 1 ? "" : "s") but the table has \(expected) row\(expected == 1 ? "" : "s"); "
                + "expected one value a row"
        case .unwritable(let path, let reason):
            return "cannot write table to '\(path)': \(reason); check that the directory exists and is writable"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }

    /// The cell text as quoted in messages: at most 40 characters, with an ellipsis when cut.
    static func excerpt(_ text: String) -> String {
        let limit = 40
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// Column names as listed in messages: quoted, comma-separated, the first 30 and a count of the rest.
    static func list(_ names: [String]) -> String {
        let shown = names.prefix(30).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > 30 ? shown + ", … (\(names.count) in all)" : shown
    }
}
