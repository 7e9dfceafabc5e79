import Foundation

/// Why a plot kind (contours, regions, heatmap, histogram, KDE, pair plot, bars, silhouette,
/// ellipses, colour bar) could not be built from what it was given.
///
/// It wraps the lower layers' errors, so one `throws(PlotKindError)` covers a whole call
/// while keeping each cause's own wording.
public enum PlotKindError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// A grid, level or categorical label problem.
    case contour(ContourError)
    /// A histogram, density or summary problem.
    case statistics(StatisticsError)
    /// A problem reported by the figure model (lengths, sizes, formats).
    case plot(PlotError)
    /// A colour, colour map or norm problem.
    case color(ColorError)
    /// A value out of its range: what, the value, and what was expected.
    case invalidValue(what: String, value: String, expected: String)
    /// Two inputs that pair up have different lengths.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// A named column is not in the table given.
    case unknownColumn(String, available: [String])

    public var description: String {
        switch self {
        case .contour(let e): return e.description
        case .statistics(let e): return e.description
        case .plot(let e): return e.description
        case .color(let e): return e.description
        case let .invalidValue(what, value, expected): return "\(what) is \(value); expected \(expected)"
        case let .lengthMismatch(what, expected, actual):
            return "\(what) has \(actual) values; expected \(expected)"
        case let .unknownColumn(name, available):
            return "column '\(name)' not found; columns are: \(available.joined(separator: ", "))"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
