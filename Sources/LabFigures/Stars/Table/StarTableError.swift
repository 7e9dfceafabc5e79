import Estimators

/// Why a star table could not be read or used, said so that a person can fix the file.
public enum StarTableError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read as a CSV table, or a cell of a column the star table
    /// needs is not what it must be; the table error says which file, line and column.
    case unreadable(TableError)
    /// Columns every Gaia × APOGEE star table has are absent.
    case missingColumns([String], source: String, found: [String])
    /// The table has no `flag` column but something needs it; `purpose` says what.
    case missingFlag(source: String, purpose: String, found: [String])
    /// A `flag` value is not 0, 1 or 2 (1-based data row, the value found).
    case invalidFlag(source: String, row: Int, value: Int64)
    /// The package's bundled mock table is absent (a packaging error).
    case bundledTableMissing

    public var description: String {
        switch self {
        case .unreadable(let error):
            return error.description
        case .missingColumns(let columns, let source, let found):
            let quoted = columns.map { "'\($0)'" }.joined(separator: ", ")
            return "\(source) has no column\(columns.count == 1 ? "" : "s") \(quoted); a Gaia × APOGEE star table "
                + "needs \(StarTable.requiredColumns.joined(separator: ", ")) (flag optional), "
                + "in any order; columns found: \(found.joined(separator: ", "))"
        case .missingFlag(let source, let purpose, let found):
            return "\(source) has no 'flag' column, which \(purpose) needs (0 disk, 1 halo, 2 Gaia-Enceladus); "
                + "use the lab's gaia_apogee_match_flag.csv rather than ..._noflag.csv, or the bundled mock; "
                + "columns found: \(found.joined(separator: ", "))"
        case .invalidFlag(let source, let row, let value):
            return "\(source), data row \(row): flag is \(value); expected 0 (disk), 1 (halo) or 2 (Gaia-Enceladus)"
        case .bundledTableMissing:
            return "the bundled gaia_apogee_mock.csv is missing from the LabFigures resources; rebuild the package"
        }
    }
}
