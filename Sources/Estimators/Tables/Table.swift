import Foundation

/// A table of named, equally long columns: what `pandas.read_csv` gives, for estimators.
///
/// Read one from a CSV file (``init(contentsOf:maximumRecordBytes:)``) or build
/// one in memory (``init(source:columns:)``). Columns are chosen by name, in any
/// order; columns nobody asks for are never parsed. A column read from CSV stays
/// text (the file's bytes and each cell's position) until it is used, and is then
/// parsed as asked, on all cores:
///
/// - ``doubles(_:)``: finite numbers, ready for estimators (NaN, infinity, empty
///   cells and magnitudes above ``TableError/largestMagnitude`` are errors that
///   name the line and column);
/// - ``integers(_:)``: exact 64-bit integers (Gaia `source_id` values such as
///   6917218012011855616 are not rounded through `Double`);
/// - ``strings(_:)``: the text (APOGEE names such as `2M03253760+2050536`);
/// - ``matrix(_:)``: several numeric columns as a row-major ``Matrix``.
///
/// Derived columns: ``adding(_:from:_:_:)`` (e.g. the lab's `sqrt(vx² + vz²)`),
/// ``adding(_:from:_:)``, ``adding(_:_:)``; ``describe()`` summarises like pandas;
/// ``csvText(formats:)`` and ``write(to:formats:)`` write CSV that reads back exactly.
///
/// Parsing a column does not cache it: keep the array you get.
public struct Table: Sendable {
    /// The longest CSV record (one line, or several for quoted line breaks) read by default: 1 MiB.
    ///
    /// A longer record means a quote left open or a file that is not CSV; the
    /// reader stops scanning at the limit and reports it rather than holding
    /// gigabytes of one "line" in memory.
    public static let defaultMaximumRecordBytes = 1 << 20

    /// The largest CSV file read by default: 1 GiB.
    ///
    /// The reader holds the whole file and two offsets a cell, so memory grows with the
    /// file; a larger file is refused from its size before anything is read, and a
    /// stream that never ends (`/dev/zero`, a pipe left open) is refused once this many
    /// bytes have arrived, instead of filling memory for ever.
    public static let defaultMaximumFileBytes = 1 << 30

    /// The file path the table was read from, or a name for tables from memory; used in error messages.
    public let source: String
    /// The column names, in order.
    public private(set) var columnNames: [String]
    /// The number of data rows.
    public let rowCount: Int

    /// One storage a column, parallel to `columnNames`.
    var storage: [ColumnStorage]
    /// For each column, its 1-based field position in the source file (nil for columns added later).
    var fieldNumbers: [Int?]
    /// The line of the source file on which each row starts; nil for tables built in memory.
    var rowLines: [Int]?
    /// Column positions by name.
    var indexByName: [String: Int]

    /// A table from its parts (the readers' and transformations' common initialiser).
    init(source: String, names: [String], storage: [ColumnStorage], fieldNumbers: [Int?], rowCount: Int,
         rowLines: [Int]?) {
        self.source = source
        self.columnNames = names
        self.storage = storage
        self.fieldNumbers = fieldNumbers
        self.rowCount = rowCount
        self.rowLines = rowLines
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() { index[name] = position }
        self.indexByName = index
    }

    /// A table built in memory from named columns, in the order given.
    ///
    /// - Throws: ``TableError/duplicateColumn(_:firstField:)`` when a name repeats,
    ///   ``TableError/lengthMismatch(column:count:expected:)`` when the columns differ in length.
    public init(source: String = "<table>", columns: KeyValuePairs<String, TableColumn>) throws(TableError) {
        var names: [String] = []
        var storage: [ColumnStorage] = []
        var seen: [String: Int] = [:]
        let rowCount = columns.first?.value.count ?? 0
        for (position, (name, column)) in columns.enumerated() {
            if let earlier = seen[name] {
                throw .duplicateColumn(TableLocation(source: source, column: name, field: position + 1),
                                       firstField: earlier + 1)
            }
            guard column.count == rowCount else {
                throw .lengthMismatch(column: name, count: column.count, expected: rowCount)
            }
            seen[name] = position
            names.append(name)
            storage.append(.typed(column))
        }
        self.init(source: source, names: names, storage: storage, fieldNumbers: names.map { _ in nil },
                  rowCount: rowCount, rowLines: nil)
    }

    // MARK: - Columns by name

    /// Whether the table has a column of this name.
    public func hasColumn(_ name: String) -> Bool {
        indexByName[name] != nil
    }

    /// The position of the named column.
    ///
    /// - Throws: ``TableError/missingColumn(source:column:available:)``, which lists the columns there are.
    public func columnIndex(_ name: String) throws(TableError) -> Int {
        guard let index = indexByName[name] else {
            throw .missingColumn(source: source, column: name, available: columnNames)
        }
        return index
    }

    /// The named column as finite numbers, ready for estimators.
    ///
    /// CSV cells are parsed to the nearest `Double` (as Python's `float()` and
    /// pandas read them); a typed integer column converts to the nearest doubles
    /// (exact up to 2^53).
    ///
    /// - Throws: a ``TableError`` naming the line and column of the first cell that
    ///   is not a number, is empty or a missing-value marker, is NaN or infinite, or
    ///   exceeds ``TableError/largestMagnitude`` in magnitude; or
    ///   ``TableError/missingColumn(source:column:available:)``.
    public func doubles(_ name: String) throws(TableError) -> [Double] {
        try doubles(at: columnIndex(name))
    }

    /// The named column as exact 64-bit integers.
    ///
    /// - Throws: a ``TableError`` naming the line and column of the first cell that
    ///   is not an integer literal (`1.5`, `1e3` and text are not), is empty, or
    ///   does not fit in 64 bits; or ``TableError/missingColumn(source:column:available:)``.
    public func integers(_ name: String) throws(TableError) -> [Int64] {
        try integers(at: columnIndex(name))
    }

    /// The named column as text: CSV cells as written (unquoted), typed values formatted.
    ///
    /// - Throws: ``TableError/missingColumn(source:column:available:)``.
    public func strings(_ name: String) throws(TableError) -> [String] {
        let index = try columnIndex(name)
        switch storage[index] {
        case .text(let cells):
            return (0..<cells.count).map { cells.string($0) }
        case .typed(.strings(let values)):
            return values
        case .typed(.integers(let values)):
            return values.map { String($0) }
        case .typed(.doubles(let values)):
            return values.map { $0.description }
        }
    }

    /// The named numeric columns as a matrix with one row a table row, in the order named.
    ///
    /// The columns are validated as ``doubles(_:)`` validates one; the error names the
    /// first bad cell in file order (row by row, and in the order named within a row).
    public func matrix(_ names: [String]) throws(TableError) -> Matrix {
        let indices = try names.map { name throws(TableError) in try columnIndex(name) }
        let width = indices.count
        var storage = [Double](repeating: 0, count: rowCount * width)
        // Text columns are parsed straight into place, row by row on every core; typed ones are copied.
        var textColumns: [(cells: TextCells, position: Int)] = []
        for (position, index) in indices.enumerated() {
            if case .text(let cells) = self.storage[index] { textColumns.append((cells, position)) }
        }
        let failure = storage.withUnsafeMutableBufferPointer { out in
            Self.parseRows(textColumns, as: EstimatorReal.self, into: out, width: width)
        }
        if let (row, column) = failure {
            let cells = textColumns[column].cells
            throw Self.realError(parsedFrom: cells.string(row), location(row: row, column: indices[textColumns[column].position]))
        }
        for (position, index) in indices.enumerated() {
            if case .typed = self.storage[index] {
                let values = try doubles(at: index)
                for row in 0..<rowCount { storage[row * width + position] = values[row] }
            }
        }
        return Matrix(rows: rowCount, columns: width, storage: storage)
    }

    /// The named column with its type inferred as `pandas.read_csv` infers it.
    ///
    /// A CSV column whose cells are all integer literals becomes ``TableColumn/integers(_:)``;
    /// one whose cells are all numbers, NaN/infinity spellings or missing-value markers
    /// becomes ``TableColumn/doubles(_:)`` with NaN for the missing cells; anything
    /// else stays ``TableColumn/strings(_:)``. Typed columns are returned as they are.
    public func column(_ name: String) throws(TableError) -> TableColumn {
        let index = try columnIndex(name)
        switch storage[index] {
        case .typed(let column):
            return column
        case .text(let cells):
            switch Self.inferNumbers(cells) {
            case .integers(let values): return .integers(values)
            case .reals(let values): return .doubles(values)
            case .text: return .strings((0..<cells.count).map { cells.string($0) })
            }
        }
    }

    // MARK: - Deriving tables

    /// A table with the named columns only, in the order named.
    public func selecting(_ names: [String]) throws(TableError) -> Table {
        var seen: [String: Int] = [:]
        var indices: [Int] = []
        for (position, name) in names.enumerated() {
            if let earlier = seen[name] {
                throw .duplicateColumn(TableLocation(source: source, column: name, field: position + 1),
                                       firstField: earlier + 1)
            }
            seen[name] = position
            indices.append(try columnIndex(name))
        }
        return Table(source: source, names: names, storage: indices.map { storage[$0] },
                     fieldNumbers: indices.map { fieldNumbers[$0] }, rowCount: rowCount, rowLines: rowLines)
    }

    /// This table with one more column at the end.
    ///
    /// - Throws: ``TableError/duplicateColumn(_:firstField:)`` if the name is taken,
    ///   ``TableError/lengthMismatch(column:count:expected:)`` if the column's length is not ``rowCount``.
    public func adding(_ name: String, _ column: TableColumn) throws(TableError) -> Table {
        if let earlier = indexByName[name] {
            throw .duplicateColumn(TableLocation(source: source, column: name, field: columnNames.count + 1),
                                   firstField: earlier + 1)
        }
        guard column.count == rowCount else {
            throw .lengthMismatch(column: name, count: column.count, expected: rowCount)
        }
        return Table(source: source, names: columnNames + [name], storage: storage + [.typed(column)],
                     fieldNumbers: fieldNumbers + [nil], rowCount: rowCount, rowLines: rowLines)
    }

    /// This table with a column computed from another, value by value (e.g. a logarithm).
    public func adding(_ name: String, from source: String,
                       _ transform: (Double) -> Double) throws(TableError) -> Table {
        let values = try doubles(source)
        return try adding(name, .doubles(values.map(transform)))
    }

    /// This table with a column computed from two others, row by row (e.g. `sqrt(vx² + vz²)`).
    public func adding(_ name: String, from first: String, _ second: String,
                       _ combine: (Double, Double) -> Double) throws(TableError) -> Table {
        let a = try doubles(first)
        let b = try doubles(second)
        var values = [Double](repeating: 0, count: rowCount)
        for i in 0..<rowCount {
            values[i] = combine(a[i], b[i])
        }
        return try adding(name, .doubles(values))
    }

    /// This table with the named column's values replaced (or the column added at the end if absent).
    public func replacing(_ name: String, with column: TableColumn) throws(TableError) -> Table {
        guard let index = indexByName[name] else { return try adding(name, column) }
        guard column.count == rowCount else {
            throw .lengthMismatch(column: name, count: column.count, expected: rowCount)
        }
        var copy = self
        copy.storage[index] = .typed(column)
        copy.fieldNumbers[index] = nil
        return copy
    }

    // MARK: - Locations for messages

    /// Where a cell is: the file and line (or the row, for tables built in memory), the
    /// column's name and field.
    ///
    /// For callers that reject a value the table read well but they cannot use (a code
    /// outside its range, a derived value that overflows), so that their messages point at
    /// the cell as the table's own do.
    ///
    /// - Parameter row: a data row in `0..<rowCount`.
    /// - Throws: ``TableError/missingColumn(source:column:available:)`` for an unknown column.
    public func location(row: Int, column name: String) throws(TableError) -> TableLocation {
        precondition((0..<rowCount).contains(row), "row \(row) is outside 0..<\(rowCount)")
        return location(row: row, column: try columnIndex(name))
    }

    /// Where row `row` of column `column` is, for an error message.
    func location(row: Int, column: Int) -> TableLocation {
        TableLocation(source: source, line: rowLines?[row], row: rowLines == nil ? row : nil,
                      column: columnNames[column], field: fieldNumbers[column])
    }
}
