/// Turns a data value into a colour: a colour map behind a normaliser.
///
/// Scatter plots and other marks colour values through this protocol, so colour
/// maps (viridis, Blues, ...) and normalisers (linear, log) plug in without the
/// marks knowing them.
public protocol ColorMapping: Sendable {
    /// The colour for `value` (maps decide what out-of-range and NaN values get).
    func color(for value: Double) -> Color
}

/// The colours of a scatter's points.
public enum PointColors: Sendable {
    /// One colour for all points.
    case uniform(Color)
    /// One colour per point.
    case perPoint([Color])
    /// Values turned into colours by a colour map and normaliser.
    case mapped([Double], ColorMapping)
    /// Integer categories looked up in a palette (cycling when there are more
    /// categories than colours); negative categories are drawn in grey.
    case categories([Int], palette: [Color])

    /// The colour of point `i` of `count` (clear when the colours are too few).
    func color(at i: Int) -> Color {
        switch self {
        case .uniform(let c): return c
        case .perPoint(let cs): return i < cs.count ? cs[i] : .clear
        case .mapped(let vs, let map): return i < vs.count ? map.color(for: vs[i]) : .clear
        case .categories(let ks, let palette):
            guard i < ks.count, !palette.isEmpty else { return .clear }
            let k = ks[i]
            return k >= 0 ? palette[k % palette.count] : Color(hex: 0x808080)
        }
    }

    /// The single colour when all points share one.
    var uniformColor: Color? {
        if case .uniform(let c) = self { return c }
        return nil
    }

    /// How many values the colours describe (nil for a uniform colour).
    var count: Int? {
        switch self {
        case .uniform: nil
        case .perPoint(let cs): cs.count
        case .mapped(let vs, _): vs.count
        case .categories(let ks, _): ks.count
        }
    }
}
