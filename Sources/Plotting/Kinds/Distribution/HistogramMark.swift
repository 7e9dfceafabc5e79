/// A histogram drawn as bars, with seaborn's `histplot` look: filled bars at alpha 0.75 with
/// outlines whose width follows the bar width (a tenth of the narrowest bar, at most 1 pt).
public struct HistogramMark: Mark {
    /// What the bar heights count.
    public enum Statistic: Sendable, Hashable {
        /// Values in each bin.
        case count
        /// Counts over (total × bin width): the bars' area is 1.
        case density
        /// Counts over the total.
        case probability
        /// Counts over the total, in percent.
        case percent
    }

    /// Bin edges, increasing.
    public let edges: [Double]
    /// Bar heights, one a bin.
    public let heights: [Double]
    public var color: Color
    /// Fill opacity (seaborn's 0.75).
    public var alpha: Double
    /// Outline colour (matplotlib's `patch.edgecolor`, black), or nil for no outline.
    public var edgeColor: Color?
    /// Outline width in points, or nil for seaborn's rule.
    public var edgeWidth: Double?
    public var zOrder: Double
    public var label: String?

    /// Bins `data` (NaN dropped) with numpy's rules and counts it.
    public init(_ data: [Double], bins: BinRule = .auto, range: ClosedRange<Double>? = nil, statistic: Statistic = .count,
                color: Color, alpha: Double = 0.75, edgeColor: Color? = .black, edgeWidth: Double? = nil,
                zOrder: Double = 1, label: String? = nil) throws(PlotKindError) {
        let edges: [Double]
        do throws(StatisticsError) {
            edges = try HistogramBins.edges(data, rule: bins, range: range)
        } catch {
            throw .statistics(error)
        }
        let counts = HistogramBins.counts(data, edges: edges)
        let total = Double(counts.reduce(0, +))
        let heights: [Double] = counts.indices.map { i in
            let c = Double(counts[i])
            switch statistic {
            case .count: return c
            case .density: return total > 0 ? c / (total * (edges[i + 1] - edges[i])) : 0
            case .probability: return total > 0 ? c / total : 0
            case .percent: return total > 0 ? 100 * c / total : 0
            }
        }
        guard alpha >= 0 && alpha <= 1 else { throw .invalidValue(what: "alpha", value: "\(alpha)", expected: "a value in 0...1") }
        self.edges = edges
        self.heights = heights
        self.color = color
        self.alpha = alpha
        self.edgeColor = edgeColor
        self.edgeWidth = edgeWidth
        self.zOrder = zOrder
        self.label = label
    }

    var bars: BarMark? {
        try? BarMark(orientation: .vertical, positions: Array(edges.dropLast()), lengths: heights,
                     thicknesses: zip(edges.dropFirst(), edges).map { $0 - $1 }, alignment: .edge,
                     colors: [color.withAlpha(color.alpha * alpha)], edge: nil, zOrder: zOrder, label: label)
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        bars?.dataExtent(xScale: xScale, yScale: yScale) ?? .empty
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_") else { return [] }
        return [LegendEntry(label: label, handle: .patch(fill: color.withAlpha(color.alpha * alpha),
                                                         edge: edgeColor.map { StrokeStyle(color: $0, width: 1) }))]
    }

    /// seaborn's outline width: a tenth of the narrowest bar in points, at most 1 pt (`patch.linewidth`).
    func outlineWidth(_ t: DataTransform) -> Double {
        if let edgeWidth { return edgeWidth }
        var narrowest = Double.infinity
        for i in 0..<heights.count {
            let w = abs(t.canvasX(edges[i + 1]) - t.canvasX(edges[i]))
            if w.isFinite { narrowest = Swift.min(narrowest, w) }
        }
        return narrowest.isFinite ? Swift.min(0.1 * narrowest, 1) : 1
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        guard var bars else { return }
        if let edgeColor { bars.edge = StrokeStyle(color: edgeColor, width: outlineWidth(context.transform), join: .miter) }
        bars.draw(in: context, on: &canvas)
    }
}
