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
