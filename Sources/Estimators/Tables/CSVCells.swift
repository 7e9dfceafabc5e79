/// The cells of a CSV file: the file's bytes and where each cell lies in them, row by row.
///
/// Reading a million rows costs one array of offsets, not a `String` (or even a
/// copy) a cell. Quoted cells point inside their quotes; doubled quotes in them
/// were collapsed in place when the file was read, so every cell's bytes are its text.
struct CSVCells: Sendable {
    /// The file's bytes.
    let bytes: [UInt8]
    /// Row-major start and end offsets: cell (row r, column c) is
    /// `bytes[bounds[2 * (r * columns + c)] ..< bounds[2 * (r * columns + c) + 1]]`.
    let bounds: [Int]
    /// The number of columns.
    let columns: Int
    /// The number of rows.
    let rows: Int
}

/// One column of a CSV file's cells, as read (validated UTF-8 text).
struct TextCells: Sendable {
    let cells: CSVCells
    let column: Int

    var count: Int { cells.rows }

    /// The byte range of cell `i` in `cells.bytes`.
    @inline(__always)
    func range(_ i: Int) -> Range<Int> {
        let k = 2 * (i * cells.columns + column)
        return cells.bounds[k]..<cells.bounds[k + 1]
    }

    /// Cell `i` as a string.
    func string(_ i: Int) -> String {
        let r = range(i)
        return cells.bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[r]), as: UTF8.self)
        }
    }
}
