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
