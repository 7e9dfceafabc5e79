/// Where an axis puts its ticks.
public enum TickLocator: Sendable, Hashable {
    /// The scale's default: `MaxNLocator.auto` (matplotlib's `AutoLocator`) on a
    /// linear axis, `LogLocator.major` on a log axis (for minor ticks: none on a
    /// linear axis, `LogLocator.minor` on a log axis).
    case automatic
    /// Nice evenly spaced ticks with a cap on their number.
    case maxN(MaxNLocator)
    /// Decade-based ticks.
    case log(LogLocator)
    /// Exactly these values (matplotlib's `FixedLocator`, as `set_xticks` makes).
    case fixed([Double])
    /// No ticks.
    case none

    /// The tick values for a view, including any the locator places beyond its ends.
    func values(scale: Scale, view: AxisLimits, tickSpace: Int?, minPositive: Double?, minor: Bool) -> [Double] {
        switch self {
        case .automatic:
            switch (scale, minor) {
            case (.linear, false): return MaxNLocator.auto.ticks(view.lower, view.upper, tickSpace: tickSpace)
            case (.linear, true): return []
            case (.log, false): return LogLocator.major.ticks(view.lower, view.upper, tickSpace: tickSpace, minPositive: minPositive)
            case (.log, true): return LogLocator.minor.ticks(view.lower, view.upper, tickSpace: tickSpace, minPositive: minPositive)
            }
        case .maxN(let locator):
            return locator.ticks(view.lower, view.upper, tickSpace: tickSpace)
        case .log(let locator):
            return locator.ticks(view.lower, view.upper, tickSpace: tickSpace, minPositive: minPositive)
        case .fixed(let values):
            return values
        case .none:
            return []
        }
    }
}
