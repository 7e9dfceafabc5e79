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
    /// Minor ticks dividing each major interval in 5 (steps of 1, 2.5, 5 x 10^n) or 4
    /// (others), matplotlib's `AutoMinorLocator` (for `minorLocator` only).
    case autoMinor
    /// No ticks.
    case none

    /// The tick values for a view, including any the locator places beyond its ends.
    func values(scale: Scale, view: AxisLimits, tickSpace: Int?, minPositive: Double?, minor: Bool,
                majors: [Double] = []) -> [Double] {
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
        case .autoMinor:
            return Self.autoMinor(majors: majors, view: view)
        case .none:
            return []
        }
    }

    /// matplotlib's `AutoMinorLocator.__call__` with `ndivs='auto'`.
    static func autoMinor(majors: [Double], view: AxisLimits) -> [Double] {
        guard majors.count >= 2 else { return [] }
        let majorStep = majors[1] - majors[0]
        guard majorStep > 0, majorStep.isFinite else { return [] }
        let l = Foundation.log10(majorStep)
        let mantissa = Foundation.pow(10, l - (l / 1).rounded(.down))
        let isClose = [1, 2.5, 5, 10].contains { Swift.abs(mantissa - $0) <= 1e-8 + 1e-5 * $0 }
        let minorStep = majorStep / (isClose ? 5 : 4)
        let t0 = majors[0]
        let tmin = ((view.lower - t0) / minorStep).rounded(.toNearestOrEven)
        let tmax = ((view.upper - t0) / minorStep).rounded(.toNearestOrEven) + 1
        guard tmin.isFinite, tmax.isFinite, tmax - tmin < 10_000 else { return [] }
        var locs: [Double] = []
        var k = tmin
        while k < tmax {
            locs.append(k * minorStep + t0)
            k += 1
        }
        return locs
    }
}

import Foundation
