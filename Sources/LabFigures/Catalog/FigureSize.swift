/// A figure's page size as the catalogue states it.
public enum FigureSize: Sendable, Hashable, CustomStringConvertible {
    /// A fixed page, in inches (matplotlib's `figsize`).
    case inches(width: Double, height: Double)
    /// A seaborn pair-plot grid: `panels` × `panels` squares of `panelInches`, the page
    /// widened for a legend when there is one (and heightened for a title or footnote).
    case pairGrid(panels: Int, panelInches: Double)

    public var description: String {
        switch self {
        case let .inches(width, height):
            "\(Self.format(width)) × \(Self.format(height)) in"
        case let .pairGrid(panels, panelInches):
            "\(panels) × \(panels) panels of \(Self.format(panelInches)) in"
        }
    }

    /// 6.4 → "6.4", 8 → "8".
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
