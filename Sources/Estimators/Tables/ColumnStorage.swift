/// How a column is stored inside a ``Table``.
enum ColumnStorage: Sendable {
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
