import Foundation

/// Why `KMeans.fit` or a `KMeansModel` method refused its input.
public enum KMeansError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// `clusters` must be at least 1.
    case invalidClusterCount(Int)
    /// There are fewer samples than clusters.
    case tooFewSamples(samples: Int, clusters: Int)
    /// The data has no features (columns).
    case noFeatures
    /// `tolerance` must be finite and non-negative.
    case invalidTolerance(Double)
    /// `maxIterations` must be at least 1.
    case invalidMaxIterations(Int)
    /// An explicit number of initialisations must be at least 1.
    case invalidInitializationCount(Int)
    /// A data value is infinite or NaN.
    case nonFiniteValue(row: Int, column: Int, value: Double)
    /// Explicit initial centres whose shape does not match `clusters x features`.
    case initialCentersShape(rows: Int, columns: Int, expectedRows: Int, expectedColumns: Int)
    /// An explicit initial centre coordinate is infinite or NaN.
    case nonFiniteInitialCenter(row: Int, column: Int, value: Double)
    /// Data given to a fitted model has a different number of features than it was fitted on.
    case featureCountMismatch(expected: Int, got: Int)

    public var description: String {
        switch self {
        case .invalidClusterCount(let k):
            return "KMeans needs at least 1 cluster, got \(k)"
        case .tooFewSamples(let samples, let clusters):
            return "KMeans with \(clusters) clusters needs at least \(clusters) samples, got \(samples)"
        case .noFeatures:
            return "KMeans needs data with at least one feature (column)"
        case .invalidTolerance(let tolerance):
            return "KMeans tolerance must be finite and >= 0, got \(tolerance)"
        case .invalidMaxIterations(let n):
            return "KMeans maxIterations must be at least 1, got \(n)"
        case .invalidInitializationCount(let n):
            return "KMeans needs at least 1 initialisation, got \(n)"
        case .nonFiniteValue(let row, let column, let value):
            return "data value at row \(row), column \(column) is \(value); KMeans needs finite values"
        case .initialCentersShape(let rows, let columns, let expectedRows, let expectedColumns):
            return "initial centres are \(rows) x \(columns) but must be \(expectedRows) x \(expectedColumns) (clusters x features)"
        case .nonFiniteInitialCenter(let row, let column, let value):
            return "initial centre \(row) has a non-finite coordinate \(value) in column \(column)"
        case .featureCountMismatch(let expected, let got):
            return "data has \(got) features but the model was fitted on \(expected)"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
