import Foundation

/// Why a `RandomState` draw was refused: bad distribution parameters, caught
/// before anything is drawn so the stream is left untouched.
public enum RandomStateError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// An integer seed outside numpy's range 0...4294967295.
    case seedOutOfRange(Int)
    /// `high - low` overflowed to infinity or is NaN.
    case nonFiniteRange(low: Double, high: Double)
    /// `randint` needs `low < high`.
    case emptyIntegerRange(low: Int, high: Int)
    /// `randint`'s `low` or `high - 1` does not fit the dtype asked for (numpy's "low is out of bounds for int8").
    case integerOutOfBounds(name: String, value: Int, dtype: IntegerDType)
    /// A scale / standard deviation that is negative or NaN.
    case invalidScale(Double)
    /// Two inputs whose lengths or shapes must agree do not; the text names them.
    case shapeMismatch(String)
    /// A probability vector that is not valid; the text says how.
    case invalidProbabilities(String)
    /// A probability outside [0, 1] or NaN (binomial's `p`).
    case probabilityOutOfRange(Double)
    /// A count (trials, population, sample size) that is not allowed; the text says which.
    case invalidCount(String)
    /// A covariance matrix that is not symmetric positive semi-definite within the tolerance.
    case covarianceNotPositiveSemidefinite(tolerance: Double)
    /// A mean or covariance entry that is infinite or NaN.
    case nonFiniteParameter(String)
    /// The SVD of the covariance did not converge (numpy's `LinAlgError: SVD did not converge`).
    case svdDidNotConverge

    public var description: String {
        switch self {
        case .seedOutOfRange(let seed):
            return "seed \(seed) is out of range; numpy's RandomState accepts 0...4294967295"
        case .nonFiniteRange(let low, let high):
            return "uniform range high - low = \(high) - \(low) is not finite; use finite bounds whose difference fits in a Double"
        case .emptyIntegerRange(let low, let high):
            return "randint needs low < high, got low = \(low), high = \(high)"
        case .integerOutOfBounds(let name, let value, let dtype):
            return "\(name) = \(value) is out of bounds for \(dtype.rawValue), which holds "
                + "\(dtype.bounds.lowerBound)...\(dtype.bounds.upperBound)"
        case .invalidScale(let scale):
            return "scale (standard deviation) must be >= 0, got \(scale)"
        case .shapeMismatch(let text):
            return "shape mismatch: \(text)"
        case .invalidProbabilities(let text):
            return "invalid probabilities: \(text)"
        case .probabilityOutOfRange(let p):
            return "probability p = \(p) is outside [0, 1]"
        case .invalidCount(let text):
            return "invalid count: \(text)"
        case .covarianceNotPositiveSemidefinite(let tolerance):
            return "covariance is not symmetric positive semi-definite (reconstruction from its SVD differs by more than \(tolerance)); pass a symmetric matrix with non-negative eigenvalues"
        case .nonFiniteParameter(let text):
            return "non-finite parameter: \(text)"
        case .svdDidNotConverge:
            return "the SVD of the covariance did not converge; check the covariance for extreme or degenerate values"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
