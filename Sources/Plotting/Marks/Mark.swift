/// Something drawn in data coordinates inside an axes: points, lines, contours, images.
///
/// The axes asks each mark for its data extent (to autoscale), its legend entries,
/// and finally to draw itself through the `AxesContext` (which holds the data
/// transform, the plot area and the raster scale). Marks are immutable values:
/// adding one to an axes copies it, so a figure is a plain description that can be
/// rendered any number of times with the same result.
///
/// Code outside this module adds new kinds of marks by conforming to `Mark` and
/// calling `axes.add(_:)`.
public protocol Mark: Sendable {
    /// Drawing order within the axes: lower first. matplotlib's defaults are images 0,
    /// patches and collections (scatter) 1, grid 1.5, lines 2, spines 2.5, text 3.
    var zOrder: Double { get }

    /// The data this mark covers on each axis, for autoscaling. Values the scales
    /// cannot show (non-positive on a log axis) are left out by the mark.
    func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent

    /// The rows this mark contributes to an automatic legend (none by default).
    var legendEntries: [LegendEntry] { get }

    /// Whether drawing is clipped to the plot area (true by default; annotations
    /// may draw outside).
    var clipsToPlotArea: Bool { get }

    /// What a legend at `.best` should avoid covering, in canvas points (nothing by default).
    func legendObstacles(_ transform: DataTransform) -> LegendObstacles

    /// The same, for marks whose extent depends on measured text (labels, annotations): by
    /// default `legendObstacles(_:)`.
    func legendObstacles(_ transform: DataTransform, measuringWith canvas: some Canvas) -> LegendObstacles

    /// The values this mark leaves out because they are NaN or infinite, or nil when it
    /// draws all of them (nil by default); ``Figure/dataWarnings`` reports them.
    var omittedData: OmittedData? { get }

    /// Draws the mark. The canvas is already clipped to the plot area when
    /// `clipsToPlotArea` is true.
    func draw(in context: AxesContext, on canvas: inout some Canvas)
}

// MARK: - Default implementations

extension Mark {
    public var legendEntries: [LegendEntry] { [] }
    public var clipsToPlotArea: Bool { true }
    public func legendObstacles(_ transform: DataTransform) -> LegendObstacles { .none }
    public func legendObstacles(_ transform: DataTransform, measuringWith canvas: some Canvas) -> LegendObstacles {
        legendObstacles(transform)
    }
    public var omittedData: OmittedData? { nil }
}
