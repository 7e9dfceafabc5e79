/// seaborn's `heatmap` on an axes and, with its colour bar, on a figure.
extension Axes {
    /// Draws `matrix` as a heatmap and sets the axes up as seaborn does: limits on the cells,
    /// row 0 at the top, ticks at cell centres labelled with `rowLabels` and `columnLabels`
    /// (default the indices), y tick labels vertical, no spines, square cells on request.
    @discardableResult
    public func heatmap(_ matrix: [[Double]], rowLabels: [String]? = nil, columnLabels: [String]? = nil,
                        normalization: HeatmapMark.Normalization = .none, colormap: Colormap = .rocket,
                        norm: Normalize? = nil, annotate: HeatmapMark.AnnotationFormat? = nil,
                        fontSize: Double = 10, lineWidth: Double = 0, lineColor: Color = .white,
                        square: Bool = false, xLabel: String? = nil, yLabel: String? = nil) throws(PlotKindError) -> HeatmapMark {
        let mark = try HeatmapMark(matrix, normalization: normalization, colormap: colormap, norm: norm,
                                   annotate: annotate, fontSize: fontSize, lineWidth: lineWidth, lineColor: lineColor)
        for (what, labels, count) in [("row labels", rowLabels, mark.rows), ("column labels", columnLabels, mark.columns)] {
            if let labels, labels.count != count { throw .lengthMismatch(what: what, expected: count, actual: labels.count) }
        }
        add(mark)
        x.limits = AxisLimits(0, Double(mark.columns))
        y.limits = AxisLimits(Double(mark.rows), 0)
        x.setTicks((0..<mark.columns).map { Double($0) + 0.5 }, labels: columnLabels ?? (0..<mark.columns).map(String.init))
        y.setTicks((0..<mark.rows).map { Double($0) + 0.5 }, labels: rowLabels ?? (0..<mark.rows).map(String.init))
        x.minorLocator = .none
        y.minorLocator = .none
        y.tickLabelRotation = 90
        y.tickLabelVerticalAlignment = .center
        style.visibleSpines = []
        if square { aspect = .equal }
        if let xLabel { x.label = xLabel }
        if let yLabel { y.label = yLabel }
        return mark
    }
}

extension Figure {
    /// seaborn's `heatmap(..., cbar=True)`: the heatmap on `axes` and its colour bar beside it
    /// (no outline, as seaborn draws it).
    @discardableResult
    public func heatmap(_ matrix: [[Double]], on axes: Axes, rowLabels: [String]? = nil, columnLabels: [String]? = nil,
                        normalization: HeatmapMark.Normalization = .none, colormap: Colormap = .rocket,
                        norm: Normalize? = nil, annotate: HeatmapMark.AnnotationFormat? = nil,
                        fontSize: Double = 10, lineWidth: Double = 0, lineColor: Color = .white, square: Bool = false,
                        xLabel: String? = nil, yLabel: String? = nil,
                        colorbarLabel: String? = nil) throws(PlotKindError) -> HeatmapMark {
        let mark = try axes.heatmap(matrix, rowLabels: rowLabels, columnLabels: columnLabels, normalization: normalization,
                                    colormap: colormap, norm: norm, annotate: annotate, fontSize: fontSize,
                                    lineWidth: lineWidth, lineColor: lineColor, square: square,
                                    xLabel: xLabel, yLabel: yLabel)
        try colorbar(mark.colorBarSource, for: axes, label: colorbarLabel, outline: false)
        return mark
    }
}
