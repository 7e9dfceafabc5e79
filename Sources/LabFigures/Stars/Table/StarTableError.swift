import Foundation
import Estimators

/// Why a star table could not be read or used, said so that a person can fix the file.
public enum StarTableError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The file could not be read as a CSV table, or a cell of a column the star table
    /// needs is not what it must be; the table error says which file, line and column.
    case unreadable(TableError)
    /// Columns every Gaia × APOGEE star table has are absent.
    case missingColumns([String], source: String, found: [String])
    /// The table has no `flag` column but something needs it; `purpose` says what.
    case missingFlag(source: String, purpose: String, found: [String])
    /// A `flag` value is not 0, 1 or 2: where it is (file, line, column) and the value found.
    case invalidFlag(TableLocation, value: Int64)
    /// A star's vx and vz are finite but vx² + vz² overflows, so the tuned feature
    /// vx_vz = √(vx² + vz²) would be infinite; the location names the row's line.
    case speedOverflow(TableLocation, vx: Double, vz: Double)
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
        case .invalidFlag(let location, let value):
            return "\(location): flag is \(value); expected 0 (disk), 1 (halo) or 2 (Gaia-Enceladus)"
        case .speedOverflow(let location, let vx, let vz):
            return "\(location): vx = \(vx) and vz = \(vz) are so large that vx_vz = √(vx² + vz²) overflows; "
                + "expected velocities in km/s whose squares sum below 1.8e308"
        case .bundledTableMissing:
            return "the bundled gaia_apogee_mock.csv is missing from the LabFigures resources; rebuild the package"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
