extension Axes {
    /// scikit-learn's silhouette diagram on this axes, with the example's axes set-up: x from
    /// -0.1 to 1 with ticks at -0.1, 0, 0.2 ... 1, no y ticks, and its labels.
    @discardableResult
    public func silhouetteDiagram(values: [Double], labels: [Int], colors: [Color] = ColorCycle.tab10,
                                  gap: Double = 10) throws(PlotKindError) -> SilhouetteDiagram {
        let mark = try SilhouetteDiagram(values: values, labels: labels, gap: gap, colors: colors)
        add(mark)
        let lo = Swift.min(-0.1, mark.clusters.flatMap(\.values).min() ?? 0)
        x.limits = AxisLimits(lo, 1)
        x.setTicks(lo < -0.1 ? [] : [-0.1, 0, 0.2, 0.4, 0.6, 0.8, 1])
        if lo < -0.1 { x.locator = .automatic }
        y.limits = AxisLimits(0, mark.height)
        y.locator = .none
        x.label = x.label ?? "The silhouette coefficient values"
        y.label = y.label ?? "Cluster label"
        return mark
    }
}
