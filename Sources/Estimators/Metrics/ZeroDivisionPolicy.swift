/// What a precision, recall or F1 score is when its denominator is zero (scikit-learn's `zero_division`).
public enum ZeroDivisionPolicy: Sendable, Hashable {
    /// 0, and the report lists scikit-learn's `UndefinedMetricWarning` messages (scikit-learn's default).
    case warn
    /// 0, silently.
    case zero
    /// 1, silently.
    case one
    /// NaN, silently; averages then skip the NaN scores.
    case nan

    var value: Double {
        switch self {
        case .warn, .zero: 0
        case .one: 1
        case .nan: .nan
        }
    }
}
