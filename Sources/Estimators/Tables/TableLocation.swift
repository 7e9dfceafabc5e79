/// Where in a table something went wrong: the file, the line (or row) and the column.
///
/// Errors carry a location rather than a preformatted string so that callers (and
/// tests) can act on the parts, while `description` reads like
/// `stars.csv, line 17, column 'vx' (field 2)`.
public struct TableLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path, or a name such as `<CSV text>` for tables read from memory.
    public var source: String
    /// The 1-based line of the file, for tables read from CSV: where the record starts for
    /// problems with a cell's value or a record's shape, where the offending byte is for
    /// problems with the bytes themselves (NUL, invalid UTF-8, an open quote).
    public var line: Int?
    /// The 0-based data row, for tables built in memory (which have no lines).
    public var row: Int?
    /// The column name, when one applies.
    public var column: String?
    /// The 1-based position of the field in its record, when one applies.
    public var field: Int?

    public init(source: String, line: Int? = nil, row: Int? = nil, column: String? = nil, field: Int? = nil) {
        self.source = source
        self.line = line
        self.row = row
        self.column = column
        self.field = field
    }

    public var description: String {
        var parts = [source]
        if let line {
            parts.append("line \(line)")
        } else if let row {
            parts.append("row \(row)")
        }
        switch (column, field) {
        case let (column?, field?):
            parts.append(column.isEmpty ? "unnamed column (field \(field))" : "column '\(column)' (field \(field))")
        case let (column?, nil):
            parts.append(column.isEmpty ? "unnamed column" : "column '\(column)'")
        case let (nil, field?):
            parts.append("field \(field)")
        case (nil, nil):
            break
        }
        return parts.joined(separator: ", ")
    }
}
