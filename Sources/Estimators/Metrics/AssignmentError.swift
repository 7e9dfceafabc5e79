import Foundation

/// Why a cost matrix has no assignment.
public enum AssignmentError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// A cost is NaN, or is the infinity that would be preferred (−∞ when minimising, +∞ when maximising).
    case invalidCost(row: Int, column: Int, value: Double)
    /// Forbidden (infinite) cells leave no complete assignment.
    case infeasible

    public var description: String {
        switch self {
        case .invalidCost(let row, let column, let value):
            return "the cost at row \(row), column \(column) is \(value); expected a number "
                + "(+infinity may mark a forbidden cell when minimising, -infinity when maximising)"
        case .infeasible:
            return "the cost matrix is infeasible: the forbidden (infinite) cells leave no way to assign "
                + "every row (or every column, if there are fewer columns)"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
