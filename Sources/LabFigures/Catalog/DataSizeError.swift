/// A star table too large for a figure's computation, refused before the work starts so that
/// an unattended run ends with a message instead of running for hours.
struct DataSizeError: Error, Sendable, Hashable, CustomStringConvertible {
    let rows: Int
    let limit: Int
    /// What grows too fast with the rows, in a few words.
    let work: String

    var description: String {
        "the star table has \(rows) rows, more than the \(limit) this figure takes: \(work); "
            + "pass a table of at most \(limit) rows with --data (the lab's has 526)"
    }
}
