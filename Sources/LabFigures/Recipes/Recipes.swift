import Estimators
import Plotting

/// The lab's figures, one small function each, reading like the notebook cell it reproduces:
/// data → estimator → `Figure`.
///
/// Names and sizes are the catalogue's (`FigureCatalog`); the lab's own variable names
/// (`X`, `clusterer`, `gmm`, `kRange`) are kept where they help a reader hold the two side
/// by side. Where the lab's code has a mistake, the recipe draws what the lab meant and its
/// documentation says so.
enum Recipes {
    /// matplotlib's named colours the lab uses ('red', 'blue', 'green', 'orange').
    enum Named {
        static let red = Color(hex: 0xff0000)
        static let blue = Color(hex: 0x0000ff)
        static let green = Color(hex: 0x008000)
        static let orange = Color(hex: 0xffa500)
    }

    /// Colour of the notes recipes add to mark a chosen value (tab10 red).
    static let highlight = ColorCycle.tab10[3]

    /// `Array(range)` as plot coordinates.
    static func values(_ range: ClosedRange<Int>) -> [Double] {
        range.map(Double.init)
    }

    /// Marks one point of a curve as the chosen one: a ring around it and a note with an
    /// arrow, `offset` points away (right and up by default; mirrored to the left, text
    /// right-aligned, when `leftward` is set so that a note on the last point stays inside).
    static func markChoice(_ text: String, at point: Point, on ax: Axes, offset: Point = Point(40, 50),
                           leftward: Bool = false) throws(PlotError) {
        try ax.plot([point.x], [point.y], "o", color: highlight, markerSize: 13, markerFaceColor: .clear,
                    markerEdgeWidth: 1.5, zOrder: 3)
        ax.annotate(text, point: point, textPosition: leftward ? Point(-offset.x, offset.y) : offset,
                    textCoordinates: .offsetPoints, arrow: .open, fontSize: 11, color: highlight,
                    horizontal: leftward ? .right : .left)
    }

    /// Marks the highest score of a curve over `range` with `markChoice`, the note from
    /// `label(score, x)`, mirrored on the range's last point so that it stays inside the axes.
    static func markBest(_ scores: [Double], over range: ClosedRange<Int>, on ax: Axes,
                         label: (Double, Int) -> String) throws(PlotError) {
        guard let i = scores.indices.max(by: { scores[$0] < scores[$1] }) else { return }
        let x = range.lowerBound + i
        try markChoice(label(scores[i], x), at: Point(Double(x), scores[i]), on: ax, offset: Point(45, -4),
                       leftward: x == range.upperBound)
    }
}
