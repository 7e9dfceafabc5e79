extension Axes {
    /// The `sigmas` ellipses (1, 2 and 3 by default) of each Gaussian component, outlined in its
    /// colour (tab10 by default) and, if `fillAlpha > 0`, filled more faintly the further out.
    ///
    /// - Parameters:
    ///   - means: one point a component.
    ///   - covariances: one row-major 2 × 2 covariance a component.
    @discardableResult
    public func confidenceEllipses(means: [Point], covariances: [[Double]], sigmas: [Double] = [1, 2, 3],
                                   colors: [Color] = ColorCycle.tab10, width: Double = 1.5, fillAlpha: Double = 0,
                                   zOrder: Double = 2) throws(PlotKindError) -> EllipseMark {
        guard covariances.count == means.count else {
            throw .lengthMismatch(what: "covariances (one a component)", expected: means.count, actual: covariances.count)
        }
        guard !colors.isEmpty else { throw .invalidValue(what: "ellipse colours", value: "none", expected: "at least one colour") }
        var ellipses: [ConfidenceEllipse] = [], edges: [StrokeStyle?] = [], fills: [Color?] = []
        for (k, mean) in means.enumerated() {
            let color = colors[k % colors.count]
            for (j, n) in sigmas.enumerated() {
                ellipses.append(try ConfidenceEllipse(mean: mean, covariance: covariances[k], sigmas: n))
                edges.append(width > 0 ? StrokeStyle(color: color, width: width) : nil)
                fills.append(fillAlpha > 0 ? color.withAlpha(fillAlpha / Double(j + 1)) : nil)
            }
        }
        let mark = try EllipseMark(ellipses: ellipses, edges: edges, fills: fills, zOrder: zOrder)
        add(mark)
        return mark
    }
}
