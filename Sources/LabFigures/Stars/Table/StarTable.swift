import Estimators
import Foundation

/// The lab's Gaia × APOGEE star table (`gaia_apogee_match_flag.csv` or `..._noflag.csv`), column by column.
///
/// Reads the lab's real files and the bundled mock alike: the columns
/// `source_id_1, vx, vy, vz, En, Lz, apogee, feh, alpha` in any order, with or
/// without `flag`, extra columns ignored (pandas' index column, the lab's added
/// `cluster_labels`, …). `source_id_1` stays an exact 64-bit integer and
/// `apogee` stays text. Parsing is `Table`'s: CRLF or LF line ends, a UTF-8
/// byte-order mark, quoted fields; a bad cell is reported with its line and column.
///
/// ```swift
/// let stars = try StarTable(contentsOf: URL(fileURLWithPath: "gaia_apogee_match_flag.csv"))
/// let x = try stars.matrix(StarTable.labFeatures)          // vx vy vz En Lz feh alpha
/// let flags = try stars.flags(for: "the confusion matrix")  // throws if the file has no flag
/// ```
public struct StarTable: Sendable {
    /// The columns every star table has, in the lab's order.
    public static let requiredColumns = ["source_id_1", "vx", "vy", "vz", "En", "Lz", "apogee", "feh", "alpha"]
    /// The optional column of Helmi et al. (2018)'s classification.
    public static let flagColumn = "flag"
    /// The seven features the lab clusters on first (In 30).
    public static let labFeatures = ["vx", "vy", "vz", "En", "Lz", "feh", "alpha"]
    /// The lab's tuned features (In 36–37): vx_vz = √(vx² + vz²), vy, feh, alpha.
    public static let tunedFeatures = ["vx_vz", "vy", "feh", "alpha"]

    /// Where the table came from (a path, or a name), for messages.
    public let source: String
    /// Gaia source ids (`source_id_1`), exact.
    public let sourceIDs: [Int64]
    /// Velocity towards the Galactic centre (km/s).
    public let vx: [Double]
    /// Velocity along the Galactic rotation (km/s).
    public let vy: [Double]
    /// Velocity towards the North Galactic Pole (km/s).
    public let vz: [Double]
    /// Total energy `En` (km²/s²).
    public let energy: [Double]
    /// z-angular momentum `Lz` (kpc km/s).
    public let angularMomentum: [Double]
    /// APOGEE names (`apogee`).
    public let apogeeIDs: [String]
    /// [Fe/H] (`feh`).
    public let metallicity: [Double]
    /// [α/Fe] (`alpha`).
    public let alpha: [Double]
    /// Helmi et al.'s classification (`flag`), or nil when the file has no such column.
    public let flags: [StarFlag]?
    /// The columns the file had, in its order (for messages).
    public let columnNames: [String]

    /// The number of stars.
    public var count: Int { sourceIDs.count }

    /// The star table in a parsed CSV table.
    ///
    /// - Throws: `StarTableError.missingColumns` listing every required column that
    ///   is absent and the columns found; `.unreadable` when a needed cell is not a
    ///   finite number (or `source_id_1` not a 64-bit integer); `.invalidFlag` for a
    ///   flag other than 0, 1, 2.
    public init(table: Table) throws(StarTableError) {
        let missing = Self.requiredColumns.filter { !table.hasColumn($0) }
        guard missing.isEmpty else {
            throw .missingColumns(missing, source: table.source, found: table.columnNames)
        }
        source = table.source
        columnNames = table.columnNames
        let flagValues: [Int64]?
        do throws(TableError) {
            sourceIDs = try table.integers("source_id_1")
            vx = try table.doubles("vx")
            vy = try table.doubles("vy")
            vz = try table.doubles("vz")
            energy = try table.doubles("En")
            angularMomentum = try table.doubles("Lz")
            apogeeIDs = try table.strings("apogee")
            metallicity = try table.doubles("feh")
            alpha = try table.doubles("alpha")
            flagValues = table.hasColumn(Self.flagColumn) ? try table.integers(Self.flagColumn) : nil
        } catch {
            throw .unreadable(error)
        }
        if let flagValues {
            var parsed: [StarFlag] = []
            parsed.reserveCapacity(flagValues.count)
            for (row, value) in flagValues.enumerated() {
                guard let flag = Int(exactly: value).flatMap(StarFlag.init(rawValue:)) else {
                    throw .invalidFlag(source: table.source, row: row + 1, value: value)
                }
                parsed.append(flag)
            }
            flags = parsed
        } else {
            flags = nil
        }
    }

    /// Reads a star table from a CSV file.
    ///
    /// - Throws: `StarTableError.unreadable` when the file is missing or not a CSV
    ///   table, and the errors of `init(table:)`.
    public init(contentsOf url: URL) throws(StarTableError) {
        let table: Table
        do {
            table = try Table(contentsOf: url)
        } catch {
            throw .unreadable(error)
        }
        try self.init(table: table)
    }

    /// Reads a star table from CSV text; `source` names it in messages.
    public init(csv text: String, source: String = "<CSV text>") throws(StarTableError) {
        let table: Table
        do {
            table = try Table(csv: text, source: source)
        } catch {
            throw .unreadable(error)
        }
        try self.init(table: table)
    }

    /// The package's mock table (`gaia_apogee_mock.csv`: `MockStarCatalog()`'s stars, with flags).
    ///
    /// - Throws: `StarTableError.bundledTableMissing` if the resource is absent.
    public static func bundledMock() throws(StarTableError) -> StarTable {
        guard let url = MockStarCatalog.bundledTableURL else { throw .bundledTableMissing }
        return try StarTable(contentsOf: url)
    }

    /// The flags, for something that cannot do without them.
    ///
    /// - Parameter purpose: what needs them, for the message ("the confusion matrix figure").
    /// - Throws: `StarTableError.missingFlag` when the file has no `flag` column.
    public func flags(for purpose: String) throws(StarTableError) -> [StarFlag] {
        guard let flags else { throw .missingFlag(source: source, purpose: purpose, found: columnNames) }
        return flags
    }

    /// A numeric column by its lab name: vx, vy, vz, En, Lz, feh, alpha, or the derived vx_vz.
    ///
    /// - Throws: `StarTableError.missingColumns` for any other name.
    public func column(_ name: String) throws(StarTableError) -> [Double] {
        switch name {
        case "vx": return vx
        case "vy": return vy
        case "vz": return vz
        case "En": return energy
        case "Lz": return angularMomentum
        case "feh": return metallicity
        case "alpha": return alpha
        case "vx_vz": return zip(vx, vz).map { ($0 * $0 + $1 * $1).squareRoot() }
        default:
            throw .missingColumns([name], source: source, found: columnNames + ["vx_vz"])
        }
    }

    /// Numeric columns as a matrix with one row a star, in the order named (e.g. `labFeatures`).
    ///
    /// - Throws: `StarTableError.missingColumns` for a name `column(_:)` does not know.
    public func matrix(_ names: [String]) throws(StarTableError) -> Matrix {
        let columns = try names.map { name throws(StarTableError) in try column(name) }
        var storage = [Double](repeating: 0, count: count * names.count)
        for (j, values) in columns.enumerated() {
            for i in 0..<count {
                storage[i * names.count + j] = values[i]
            }
        }
        return Matrix(rows: count, columns: names.count, storage: storage)
    }
}
