import Foundation

/// Why a grid, a set of levels or a contour request was rejected.
///
/// Every case says what was wrong, where, and what was expected, so that a user
/// can fix the call without reading the contouring code.
public enum ContourError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// A coordinate vector is too short to form a single grid cell.
    case tooFewCoordinates(axis: String, count: Int)
    /// `z` does not hold `ny * nx` values.
    case shapeMismatch(expected: Int, nx: Int, ny: Int, actual: Int)
    /// A coordinate is NaN or infinite.
    case nonFiniteCoordinate(axis: String, index: Int)
    /// A coordinate vector neither strictly increases nor strictly decreases.
    case nonMonotonicCoordinates(axis: String, index: Int)
    /// The grid is too large for the contour keys (more than a billion nodes).
    case gridTooLarge(nodes: Int)
    /// No levels were given where at least `minimum` are needed.
    case tooFewLevels(count: Int, minimum: Int)
    /// More levels than one trace supports.
    case tooManyLevels(count: Int, maximum: Int)
    /// A level is NaN or infinite.
    case nonFiniteLevel(index: Int)
    /// Levels are not strictly increasing.
    case levelsNotIncreasing(index: Int, previous: Double, value: Double)
    /// A level is zero or negative under a logarithmic norm.
    case nonPositiveLevelUnderLogNorm(index: Int, value: Double)
    /// Automatic levels were asked for but the grid has no valid values.
    case noValidValues
    /// A categorical label at or beyond the number of classes.
    case labelOutOfRange(label: Int, classCount: Int)
    /// An automatic level count below 1.
    case invalidLevelCount(Int)

    public var description: String {
        switch self {
        case let .tooFewCoordinates(axis, count):
            return "contour grid: \(axis) has \(count) coordinate(s); at least 2 are needed to form a cell"
        case let .shapeMismatch(expected, nx, ny, actual):
            return "contour grid: z has \(actual) values; expected ny x nx = \(ny) x \(nx) = \(expected), row-major (one row per y)"
        case let .nonFiniteCoordinate(axis, index):
            return "contour grid: \(axis)[\(index)] is not finite; coordinates must be finite numbers"
        case let .nonMonotonicCoordinates(axis, index):
            return "contour grid: \(axis) is not strictly monotonic at index \(index); coordinates must strictly increase or strictly decrease"
        case let .gridTooLarge(nodes):
            return "contour grid: \(nodes) nodes is more than the 1,000,000,000 the contour tracer supports; subsample the grid"
        case let .tooFewLevels(count, minimum):
            return "contour levels: \(count) given; at least \(minimum) needed"
        case let .tooManyLevels(count, maximum):
            return "contour levels: \(count) given; at most \(maximum) are supported in one contour"
        case let .nonFiniteLevel(index):
            return "contour levels: level \(index) is not finite; levels must be finite numbers"
        case let .levelsNotIncreasing(index, previous, value):
            return "contour levels: level \(index) (\(value)) is not greater than level \(index - 1) (\(previous)); levels must strictly increase"
        case let .nonPositiveLevelUnderLogNorm(index, value):
            return "contour levels: level \(index) is \(value); a logarithmic norm needs levels > 0"
        case .noValidValues:
            return "contour levels: the grid has no finite values (none > 0 under a log norm) to choose automatic levels from"
        case let .labelOutOfRange(label, classCount):
            return "categorical grid: label \(label) is not below the class count \(classCount); labels must be 0..<classCount (negative for no class)"
        case let .invalidLevelCount(n):
            return "contour levels: asked for \(n) automatic levels; the count must be 1 to \(MarchingSquares.maximumLevels)"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
