/// Maps data values to colours of a colour map: the part of matplotlib's `Normalize`
/// family that colouring needs.
///
/// Continuous norms (`Normalize`, `LogNorm`) turn a value into a position in 0...1 and
/// look it up with `Colormap.color(at:)`; `BoundaryNorm` picks a row by bin. Masked
/// values (NaN, and values <= 0 under a log norm) take the map's bad colour.
public protocol ColorNorm: Sendable {
    /// The colour of `value` in `colormap`.
    func color(of value: Double, in colormap: Colormap) -> Color

    /// The value that stands for a filled-contour band between two levels: matplotlib
    /// colours a band by its midpoint, the geometric one under a log norm.
    func bandValue(lower: Double, upper: Double) -> Double
}

// MARK: - Default implementations

extension ColorNorm {
    public func bandValue(lower: Double, upper: Double) -> Double { 0.5 * (lower + upper) }

    /// The colours of many values, in order.
    public func colors(of values: [Double], in colormap: Colormap) -> [Color] {
        values.map { color(of: $0, in: colormap) }
    }
}
