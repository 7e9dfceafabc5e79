/// How the inside of a path is painted.
public struct FillStyle: Sendable, Hashable {
    /// Which points count as inside when sub-paths overlap.
    public enum Rule: Sendable, Hashable {
        case nonZero
        case evenOdd
    }

    public var color: Color
    public var rule: Rule
    /// Antialias edges. Off for adjacent tiles (heatmap cells) where on would show seams.
    public var antialias: Bool

    public init(color: Color, rule: Rule = .nonZero, antialias: Bool = true) {
        self.color = color
        self.rule = rule
        self.antialias = antialias
    }
}
