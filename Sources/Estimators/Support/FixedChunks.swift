/// Row ranges of a fixed size, processed on all cores with results that do not
/// depend on thread timing.
///
/// Work is split into chunks of `rowsPerChunk` rows whatever the machine, each
/// chunk writes only its own slots, and callers combine per-chunk partial
/// results in chunk order afterwards. The same input therefore gives the same
/// bits on one core or many. A single chunk runs on the calling thread.
///
/// Every row-chunked loop in the estimators cuts its rows here, so chunk
/// bounds are computed in one place.
struct FixedChunks: Sendable {
    /// Rows per chunk; fixed so that reductions never depend on the core count.
    let rowsPerChunk: Int
    /// Total number of rows.
    let rows: Int

    /// Chunks of `rowsPerChunk` rows over `rows` rows.
    init(rows: Int, rowsPerChunk: Int = 2048) {
        precondition(rowsPerChunk > 0 && rows >= 0, "chunks need a positive size")
        self.rows = rows
        self.rowsPerChunk = rowsPerChunk
    }

    /// Number of chunks (0 for no rows).
    var count: Int { (rows + rowsPerChunk - 1) / rowsPerChunk }

    /// The rows of chunk `index`.
    func range(_ index: Int) -> Range<Int> {
        let start = index * rowsPerChunk
        return start..<Swift.min(rows, start + rowsPerChunk)
    }

    /// Calls `body(chunk, rows)` once for every chunk, concurrently when there
    /// is more than one. `body` must write only to storage owned by its chunk.
    func forEach(_ body: (Int, Range<Int>) -> Void) {
        Parallel.forEach(count) { chunk in body(chunk, range(chunk)) }
    }
}
