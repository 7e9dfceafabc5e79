/// The values of one table column, typed.
///
/// Tables read from CSV keep each column as text until it is used, so that a
/// column is parsed as numbers, integers or strings only when (and as) the caller
/// asks; tables built in memory hold typed columns from the start.
public enum TableColumn: Sendable, Hashable {
    /// Real numbers.
    case doubles([Double])
    /// Exact 64-bit integers (identifiers such as Gaia's `source_id` need all 64 bits).
    case integers([Int64])
    /// Text.
    case strings([String])

    /// The number of values.
    public var count: Int {
        switch self {
        case .doubles(let values): values.count
        case .integers(let values): values.count
        case .strings(let values): values.count
        }
    }
}
