/// An optimal assignment of rows to columns: `scipy.optimize.linear_sum_assignment`'s result.
public struct LinearAssignment: Sendable, Hashable {
    /// The assigned rows, ascending (every row when there are no more rows than columns).
    public let rows: [Int]
    /// The column assigned to each row of ``rows``.
    public let columns: [Int]
    /// The sum of the original costs of the assigned cells (in numpy's summation order).
    public let totalCost: Double
}

/// Solves the linear sum assignment problem: `scipy.optimize.linear_sum_assignment`.
///
/// Assigns each row to a distinct column (each column to a distinct row when
/// there are fewer columns) so that the total cost is least, or greatest with
/// `maximize`. Rectangular matrices are allowed; infinite costs mark forbidden
/// cells. This is the shortest-augmenting-path algorithm of Crouse (2016), as
/// scipy implements it, including its tie-breaking: rows are augmented in order,
/// columns scanned from the last, and among equally short paths one ending in a
/// free column wins. So ties resolve exactly as scipy resolves them, and a
/// constant matrix gives the identity assignment.
///
/// D. F. Crouse, "On implementing 2D rectangular assignment algorithms",
/// IEEE Transactions on Aerospace and Electronic Systems 52(4), 2016.
///
/// - Throws: ``AssignmentError``.
public func linearSumAssignment(_ cost: Matrix, maximize: Bool = false) throws(AssignmentError) -> LinearAssignment {
    guard cost.rows > 0 && cost.columns > 0 else {
        return LinearAssignment(rows: [], columns: [], totalCost: 0)
    }
    // Work on a matrix with no more rows than columns, to be minimised.
    let transpose = cost.columns < cost.rows
    let working = transpose ? cost.transposed : cost
    let rowCount = working.rows
    let columnCount = working.columns
    var c = working.storage
    for k in c.indices {
        if maximize { c[k] = -c[k] }
        if c[k].isNaN || c[k] == -.infinity {
            let (i, j) = (k / columnCount, k % columnCount)
            let (row, column) = transpose ? (j, i) : (i, j)
            throw .invalidCost(row: row, column: column, value: cost[row, column])
        }
    }
    var solver = AugmentingPathSolver(cost: c, rows: rowCount, columns: columnCount)
    guard let columnForRow = solver.solve() else { throw .infeasible }

    var rows: [Int]
    var columns: [Int]
    if transpose {
        // Working rows are original columns: list the pairs by original row.
        let order = columnForRow.indices.sorted { columnForRow[$0] < columnForRow[$1] }
        rows = order.map { columnForRow[$0] }
        columns = order
    } else {
        rows = Array(0..<rowCount)
        columns = columnForRow
    }
    // Summed as numpy sums `cost[rows, columns]` (pairwise), so the total matches scipy users' to the bit.
    let total = NumpySum.sum(zip(rows, columns).map { cost[$0, $1] })
    return LinearAssignment(rows: rows, columns: columns, totalCost: total)
}

/// Crouse's shortest augmenting path method on a rows ≤ columns minimisation problem.
private struct AugmentingPathSolver {
    let cost: [Double]
    let rows: Int
    let columns: Int
    var u: [Double]
    var v: [Double]
    var shortestPathCosts: [Double]
    var path: [Int]
    var columnForRow: [Int]
    var rowForColumn: [Int]
    var scannedRows: [Bool]
    var scannedColumns: [Bool]
    var remaining: [Int]

    init(cost: [Double], rows: Int, columns: Int) {
        self.cost = cost
        self.rows = rows
        self.columns = columns
        u = [Double](repeating: 0, count: rows)
        v = [Double](repeating: 0, count: columns)
        shortestPathCosts = [Double](repeating: .infinity, count: columns)
        path = [Int](repeating: -1, count: columns)
        columnForRow = [Int](repeating: -1, count: rows)
        rowForColumn = [Int](repeating: -1, count: columns)
        scannedRows = [Bool](repeating: false, count: rows)
        scannedColumns = [Bool](repeating: false, count: columns)
        remaining = [Int](repeating: 0, count: columns)
    }

    /// The column of each row, or nil when the problem is infeasible.
    mutating func solve() -> [Int]? {
        for currentRow in 0..<rows {
            guard let (sink, minimum) = augmentingPath(from: currentRow) else { return nil }
            // Update the dual variables.
            u[currentRow] += minimum
            for i in 0..<rows where scannedRows[i] && i != currentRow {
                u[i] += minimum - shortestPathCosts[columnForRow[i]]
            }
            for j in 0..<columns where scannedColumns[j] {
                v[j] -= minimum - shortestPathCosts[j]
            }
            // Augment the previous solution along the path.
            var j = sink
            while true {
                let i = path[j]
                rowForColumn[j] = i
                swap(&columnForRow[i], &j)
                if i == currentRow { break }
            }
        }
        return columnForRow
    }

    /// The free column reached by the shortest augmenting path from `start`, and the path's length.
    private mutating func augmentingPath(from start: Int) -> (sink: Int, minimum: Double)? {
        var minimum = 0.0
        var remainingCount = columns
        // Filled in reverse so that a constant matrix gives the identity assignment (scipy #11602).
        for it in 0..<columns { remaining[it] = columns - it - 1 }
        for i in 0..<rows { scannedRows[i] = false }
        for j in 0..<columns {
            scannedColumns[j] = false
            shortestPathCosts[j] = .infinity
        }
        var i = start
        while true {
            var index = -1
            var lowest = Double.infinity
            scannedRows[i] = true
            for it in 0..<remainingCount {
                let j = remaining[it]
                let r = minimum + cost[i * columns + j] - u[i] - v[j]
                if r < shortestPathCosts[j] {
                    path[j] = i
                    shortestPathCosts[j] = r
                }
                // Among equal costs prefer a free column: it ends the path.
                if shortestPathCosts[j] < lowest || (shortestPathCosts[j] == lowest && rowForColumn[j] == -1) {
                    lowest = shortestPathCosts[j]
                    index = it
                }
            }
            minimum = lowest
            if minimum == .infinity || index < 0 { return nil }
            let j = remaining[index]
            scannedColumns[j] = true
            remainingCount -= 1
            remaining[index] = remaining[remainingCount]
            if rowForColumn[j] == -1 { return (j, minimum) }
            i = rowForColumn[j]
        }
    }
}
