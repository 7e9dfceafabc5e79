import Foundation

/// Why a histogram, density estimate or summary could not be computed from the data given.
public enum StatisticsError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The data has no values (after dropping NaN).
    case empty(what: String)
    /// A value is infinite where only finite values make sense.
    case nonFinite(what: String, index: Int)
    /// Too few values for the statistic.
    case tooFewValues(what: String, count: Int, minimum: Int)
    /// All values are equal, so a spread-based estimate is undefined.
    case zeroVariance(what: String)
    /// A parameter is out of its range.
    case invalidParameter(name: String, value: Double, expected: String)
    /// Bin edges are not increasing.
    case edgesNotIncreasing(index: Int)
    /// Two sequences that must pair up have different lengths.
    case lengthMismatch(what: String, expected: Int, actual: Int)

    public var description: String {
        switch self {
        case let .empty(what):
            return "\(what): no values to work with (NaN values are dropped)"
        case let .nonFinite(what, index):
            return "\(what): value \(index) is infinite; only finite values (or NaN, which is dropped) are accepted"
        case let .tooFewValues(what, count, minimum):
            return "\(what): \(count) value(s); at least \(minimum) needed"
        case let .zeroVariance(what):
            return "\(what): all values are equal, so the spread is zero and the estimate is undefined"
        case let .invalidParameter(name, value, expected):
            return "\(name) is \(value); expected \(expected)"
        case let .edgesNotIncreasing(index):
            return "histogram edges: edge \(index) is below edge \(index - 1); edges must not decrease"
        case let .lengthMismatch(what, expected, actual):
            return "\(what): \(actual) values where \(expected) were expected"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
