/// Which coordinate system a position is given in (matplotlib's `xycoords`).
public enum Coordinates: Sendable, Hashable {
    /// Data coordinates of the axes.
    case data
    /// Fractions of the axes box: (0, 0) bottom-left, (1, 1) top-right.
    case axes
    /// Fractions of the figure: (0, 0) bottom-left, (1, 1) top-right.
    case figure
    /// Points offset from the annotated point (for annotation text only; `textcoords='offset points'`).
    case offsetPoints

    /// The canvas point of `p` in these coordinates (`origin` is the annotated point for offsets).
    func resolve(_ p: Point, in context: AxesContext, origin: Point? = nil) -> Point {
        switch self {
        case .data: return context.transform.apply(p)
        case .axes: return context.transform.fromAxesFraction(p.x, p.y)
        case .figure: return context.fromFigureFraction(p.x, p.y)
        case .offsetPoints:
            let o = origin ?? context.transform.fromAxesFraction(0, 0)
            return Point(o.x + p.x, o.y - p.y)
        }
    }
}
