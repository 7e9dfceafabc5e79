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

/// The cells of one column exactly as read from a CSV file: unescaped UTF-8 text, back to back.
///
/// One contiguous byte buffer and one array of end offsets, so reading a million
/// rows costs two growing arrays a column rather than a `String` a cell.
struct TextCells: Sendable, Hashable {
    /// The cells' bytes, concatenated; quotes around quoted fields removed and doubled quotes collapsed.
    var bytes: [UInt8] = []
    /// `ends[i]` is the offset in `bytes` just past cell `i`; cell `i` starts where cell `i - 1` ends.
    var ends: [Int] = []

    var count: Int { ends.count }

    /// The byte range of cell `i` in `bytes`.
    @inline(__always)
    func range(_ i: Int) -> Range<Int> {
        (i == 0 ? 0 : ends[i - 1])..<ends[i]
    }

    /// Cell `i` as a string (the bytes were validated as UTF-8 when read).
    func string(_ i: Int) -> String {
        let r = range(i)
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[r]), as: UTF8.self)
        }
    }

    /// Appends one cell.
    @inline(__always)
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: cell)
        ends.append(bytes.count)
    }

    /// Marks the end of a cell whose bytes were already appended piece by piece.
    @inline(__always)
    mutating func closeCell() {
        ends.append(bytes.count)
    }
}

/// How a column is stored inside a ``Table``.
enum ColumnStorage: Sendable, Hashable {
    /// Untyped text from a CSV file, parsed when the column is used.
    case text(TextCells)
    /// A typed column.
    case typed(TableColumn)

    var count: Int {
        switch self {
        case .text(let cells): cells.count
        case .typed(let column): column.count
        }
    }
}
