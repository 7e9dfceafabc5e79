import Foundation

/// Why a Gaussian mixture could not be configured, fitted or evaluated.
///
/// Every message names the offending value, where it is, and what was
/// expected, so the caller can fix the call or the data.
public enum MixtureError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A configuration value is outside its domain.
    case invalidParameter(name: String, value: String, expected: String)
    /// The data has no features, or fewer samples than required (2 to fit, 1 to evaluate).
    case tooLittleData(samples: Int, features: Int, requiredSamples: Int)
    /// There are fewer samples than components.
    case fewerSamplesThanComponents(samples: Int, components: Int)
    /// The data contains NaN or an infinity.
    case nonFiniteValue(row: Int, column: Int, value: Double)
    /// Data passed to a fitted model has a different number of features than it was fitted on.
    case featureCountMismatch(expected: Int, got: Int)
    /// A component's covariance is not positive definite, so its precision cannot be computed.
    case illDefinedCovariance(component: Int?)
    /// `sample(_:)` was asked for fewer than one sample.
    case invalidSampleCount(Int)
    /// The initialisation could not produce starting responsibilities.
    case initializationFailed(reason: String)
    /// The random generator refused the fitted parameters while sampling.
    case samplingFailed(reason: String)

    public var description: String {
        switch self {
        case let .invalidParameter(name, value, expected):
            "invalid \(name) \(value): expected \(expected)"
        case let .tooLittleData(samples, features, required):
            "the data has \(samples) sample(s) and \(features) feature(s): expected at least \(required) "
                + "sample(s) and 1 feature"
        case let .fewerSamplesThanComponents(samples, components):
            "expected at least as many samples as components, but got \(components) components and "
                + "\(samples) samples"
        case let .nonFiniteValue(row, column, value):
            "the data contains \(value) at row \(row), column \(column): every value must be finite"
        case let .featureCountMismatch(expected, got):
            "the model was fitted on \(expected) feature(s) but the data has \(got)"
        case let .illDefinedCovariance(component):
            (component.map { "component \($0): " } ?? "")
                + "Fitting the mixture model failed because some components have ill-defined empirical "
                + "covariance (for instance caused by singleton or collapsed samples). Try to decrease the "
                + "number of components, increase reg_covar, or scale the input data."
        case let .invalidSampleCount(count):
            "invalid number of samples \(count): sampling needs at least one sample"
        case let .initializationFailed(reason):
            "initialising the mixture failed: \(reason)"
        case let .samplingFailed(reason):
            "sampling from the mixture failed: \(reason)"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
