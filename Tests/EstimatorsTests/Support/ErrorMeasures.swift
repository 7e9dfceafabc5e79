/// Largest `|a − b| / max(|b|, floor)` over paired arrays (∞ when lengths differ or a
/// difference is NaN). The floor keeps values that are ~0 (off-diagonal covariances,
/// tiny weights) from demanding more than the absolute precision the computation has;
/// the default, the smallest normal double, makes it a plain relative error.
func relativeError(_ actual: [Double], _ expected: [Double], floor: Double = .leastNormalMagnitude) -> Double {
    guard actual.count == expected.count else { return .infinity }
    var worst = 0.0
    for (a, b) in zip(actual, expected) {
        let error = abs(a - b) / max(abs(b), floor)
        worst = max(worst, error.isNaN ? .infinity : error)
    }
    return worst
}

/// Relative difference of two scalars.
func relativeError(_ actual: Double, _ expected: Double) -> Double {
    relativeError([actual], [expected])
}

/// The largest absolute difference over paired arrays (∞ when lengths differ or a difference is NaN).
func maxAbsoluteError(_ actual: [Double], _ expected: [Double]) -> Double {
    guard actual.count == expected.count else { return .infinity }
    var worst = 0.0
    for (a, b) in zip(actual, expected) {
        let error = abs(a - b)
        worst = max(worst, error.isNaN ? .infinity : error)
    }
    return worst
}
