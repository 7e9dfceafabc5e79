extension Axes {
    /// Decision regions of a classifier evaluated on a grid: filled class regions and black
    /// borders (the lab's `contourf(Z, cmap="Pastel2")` plus `contour(Z, colors='k', linewidths=1)`).
    ///
    /// - Parameters:
    ///   - labels: the predicted class of each grid node, row-major (`y.count` rows of `x.count`).
    ///   - colors: one colour a class; default the colours the lab's call gives with Pastel2.
    @discardableResult
    public func decisionRegions(x: [Double], y: [Double], labels: [Int], classCount: Int? = nil, colors: [Color]? = nil,
                                boundary: StrokeStyle? = StrokeStyle(color: .black, width: 1),
                                zOrder: Double = 1) throws(PlotKindError) -> DecisionRegionsMark {
        let top = labels.max() ?? -1
        guard top < CategoricalRegions.maximumClasses else {
            throw .contour(.labelOutOfRange(label: top, classCount: CategoricalRegions.maximumClasses))
        }
        let count = Swift.min(Swift.max(classCount ?? (top + 1), 0), CategoricalRegions.maximumClasses)
        let palette = colors ?? DecisionRegionsMark.matplotlibContourColors(classCount: count, colormap: .pastel2)
        let mark = try DecisionRegionsMark(x: x, y: y, labels: labels, classCount: count, colors: palette,
                                           boundary: boundary, zOrder: zOrder)
        add(mark)
        return mark
    }

    /// Only the borders between classes of a categorical grid, e.g. the lab's red dashed
    /// `contour(xx, yy, predict(...), linewidths=2, colors='r', linestyles='dashed')`.
    @discardableResult
    public func decisionBoundaries(x: [Double], y: [Double], labels: [Int], color: Color = .black, width: Double = 1.5,
                                   pattern: LinePattern = .solid, zOrder: Double = 2,
                                   label: String? = nil) throws(PlotKindError) -> ContourLineMark {
        let grid: CategoricalRegions
        do throws(ContourError) {
            grid = try CategoricalRegions(x: x, y: y, labels: labels)
        } catch {
            throw .contour(error)
        }
        guard width >= 0 && width.isFinite else {
            throw .invalidValue(what: "boundary width", value: "\(width)", expected: "a finite width in points >= 0")
        }
        let style = StrokeStyle(color: color, width: width, dash: pattern.dashes(width: width), cap: .butt, join: .round)
        let xr = Swift.min(x[0], x[x.count - 1])...Swift.max(x[0], x[x.count - 1])
        let yr = Swift.min(y[0], y[y.count - 1])...Swift.max(y[0], y[y.count - 1])
        let mark = ContourLineMark(boundaries: grid.boundaries(), style: style, xRange: xr, yRange: yr,
                                   zOrder: zOrder, label: label)
        add(mark)
        return mark
    }
}
