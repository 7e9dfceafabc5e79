/// A line's dash pattern: matplotlib's `'-'`, `'--'`, `':'`, `'-.'`.
///
/// Patterns are given for a 1 pt line and scaled by the line width, as
/// matplotlib does with `lines.scale_dashes` (its default).
public enum LinePattern: String, Sendable, Hashable, CaseIterable {
    case solid = "-"
    case dashed = "--"
    case dotted = ":"
    case dashDot = "-."

    /// The shape for a matplotlib style code, or nil.
    public init?(code: String) {
        self.init(rawValue: code)
    }

    /// On/off lengths in points for a line of `width` points (empty when solid).
    public func dashes(width: Double) -> [Double] {
        let unit: [Double]
        switch self {
        case .solid: return []
        case .dashed: unit = [3.7, 1.6]
        case .dotted: unit = [1, 1.65]
        case .dashDot: unit = [6.4, 1.6, 1, 1.6]
        }
        return unit.map { $0 * width }
    }

    /// matplotlib's cap styles: `projecting` (square) for solid lines, `butt` for dashes.
    public var cap: StrokeStyle.LineCap {
        self == .solid ? .square : .butt
    }
}
