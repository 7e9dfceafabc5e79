/// A density curve (seaborn's `kdeplot`): the area under it filled at alpha 0.25 and its
/// outline in the full colour, or the curve alone.
public struct DensityMark: Mark {
    /// Evaluation points, increasing.
    public let support: [Double]
    /// Density at each point.
    public let density: [Double]
    public var color: Color
    /// Fill the area under the curve.
    public var fill: Bool
    /// Fill opacity (seaborn's 0.25 for layered fills).
    public var alpha: Double
    /// Curve width in points (matplotlib's 1 for a filled outline, 1.5 for a bare line).
    public var width: Double
    /// Draw along y instead of x (a density of the y variable).
    public var vertical: Bool
    public var zOrder: Double
    public var label: String?

    public init(support: [Double], density: [Double], color: Color, fill: Bool = true, alpha: Double = 0.25,
                width: Double? = nil, vertical: Bool = false, zOrder: Double = 1, label: String? = nil) throws(PlotKindError) {
        guard density.count == support.count else {
            throw .lengthMismatch(what: "density values", expected: support.count, actual: density.count)
        }
        guard alpha >= 0 && alpha <= 1 else { throw .invalidValue(what: "alpha", value: "\(alpha)", expected: "a value in 0...1") }
        self.support = support
        self.density = density
        self.color = color
        self.fill = fill
        self.alpha = alpha
        self.width = width ?? (fill ? 1 : 1.5)
        self.vertical = vertical
        self.zOrder = zOrder
        self.label = label
    }

    /// A Gaussian KDE of `data` on seaborn's grid (`gridSize` points, `cut` kernel widths past the data),
    /// scaled by `scale` (a hue level's share of all rows under seaborn's common normalisation).
    public init(kde data: [Double], bandwidth: GaussianKDE.Bandwidth = .scott, adjust: Double = 1, gridSize: Int = 200,
                cut: Double = 3, scale: Double = 1, color: Color, fill: Bool = true, alpha: Double = 0.25,
                vertical: Bool = false, zOrder: Double = 1, label: String? = nil) throws(PlotKindError) {
        let kde: GaussianKDE
        do throws(StatisticsError) {
            kde = try GaussianKDE(data, bandwidth: bandwidth, adjust: adjust)
        } catch {
            throw .statistics(error)
        }
        let support = kde.support(gridSize: gridSize, cut: cut)
        try self.init(support: support, density: kde.density(at: support).map { $0 * scale }, color: color, fill: fill,
                      alpha: alpha, vertical: vertical, zOrder: zOrder, label: label)
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        let along = DataExtent.along(x: support, scale: vertical ? yScale : xScale)
        let values = DataExtent.along(x: density + [0], scale: vertical ? xScale : yScale)
        if vertical {
            return DataExtent(x: values.x, y: along.x, minPositiveX: values.minPositiveX, minPositiveY: along.minPositiveX, stickyX: [0])
        }
        return DataExtent(x: along.x, y: values.x, minPositiveX: along.minPositiveX, minPositiveY: values.minPositiveX, stickyY: [0])
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_") else { return [] }
        if fill { return [LegendEntry(label: label, handle: .patch(fill: color.withAlpha(alpha), edge: StrokeStyle(color: color, width: width)))] }
        return [LegendEntry(label: label, handle: .line(StrokeStyle(color: color, width: width), marker: nil))]
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        func point(_ s: Double, _ d: Double) -> Point { vertical ? t.apply(d, s) : t.apply(s, d) }
        var curve: [Point] = []
        curve.reserveCapacity(support.count)
        for (s, d) in zip(support, density) {
            let p = point(s, d)
            if p.x.isFinite && p.y.isFinite { curve.append(p) }
        }
        guard curve.count >= 2, let first = support.first, let last = support.last else { return }
        if fill {
            // fill_between: the curve, then back along the baseline; its outline is stroked too.
            var polygon = curve
            let b1 = point(last, 0), b0 = point(first, 0)
            if b1.x.isFinite && b1.y.isFinite && b0.x.isFinite && b0.y.isFinite { polygon += [b1, b0] }
            let path = Path(polyline: polygon, closed: true)
            canvas.fill(path, FillStyle(color: color.withAlpha(color.alpha * alpha)))
            if width > 0 { canvas.stroke(path, StrokeStyle(color: color, width: width, join: .round)) }
        } else if width > 0 {
            canvas.stroke(Path(polyline: curve), StrokeStyle(color: color, width: width, cap: .square, join: .round))
        }
    }
}

extension Axes {
    /// A histogram with seaborn's look (`histplot`): numpy's automatic bins by default.
    @discardableResult
    public func hist(_ data: [Double], bins: BinRule = .auto, range: ClosedRange<Double>? = nil,
                     statistic: HistogramMark.Statistic = .count, color: Color? = nil, alpha: Double = 0.75,
                     edgeColor: Color? = .black, label: String? = nil) throws(PlotKindError) -> HistogramMark {
        let mark = try HistogramMark(data, bins: bins, range: range, statistic: statistic,
                                     color: color ?? nextPatchColor(), alpha: alpha, edgeColor: edgeColor, label: label)
        add(mark)
        return mark
    }

    /// A Gaussian kernel density curve (seaborn's `kdeplot`), filled by default.
    @discardableResult
    public func kde(_ data: [Double], adjust: Double = 1, gridSize: Int = 200, cut: Double = 3, color: Color? = nil,
                    fill: Bool = true, alpha: Double = 0.25, label: String? = nil) throws(PlotKindError) -> DensityMark {
        let mark = try DensityMark(kde: data, adjust: adjust, gridSize: gridSize, cut: cut,
                                   color: color ?? nextLineColor(), fill: fill, alpha: alpha, label: label)
        add(mark)
        return mark
    }
}
