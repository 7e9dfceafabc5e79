/// A silhouette diagram, the "knife" plot of scikit-learn's silhouette example: each
/// cluster's per-sample silhouette values sorted and drawn as a filled profile against the
/// sample rank, clusters stacked bottom to top with gaps, each labelled at its middle, and
/// the mean silhouette as a dashed vertical line.
public struct SilhouetteDiagram: Mark {
    /// One cluster's sorted values and where they sit on the y axis.
    public struct Cluster: Sendable, Hashable {
        public let label: Int
        /// Silhouette values of the cluster's samples, increasing.
        public let values: [Double]
        /// y of the first sample (the profile spans `start ..< start + values.count`).
        public let start: Double
    }

    public let clusters: [Cluster]
    /// The mean over all samples (scikit-learn's `silhouette_score`).
    public let mean: Double
    /// y extent: 0 to the top of the last cluster plus one gap.
    public let height: Double
    public var colors: [Color]
    /// Fill opacity (0.7, as in the example).
    public var alpha: Double
    /// The mean line (red, dashed), or nil.
    public var meanLine: StrokeStyle?
    /// Cluster label size in points (10), or 0 for no labels.
    public var fontSize: Double
    public var zOrder: Double = 1

    /// Builds the diagram from per-sample values and cluster labels (negative labels are skipped).
    ///
    /// - Parameters:
    ///   - gap: samples' worth of space below each cluster (10 in the example).
    ///   - colors: one colour a cluster, cycling (default tab10).
    public init(values: [Double], labels: [Int], gap: Double = 10, colors: [Color] = ColorCycle.tab10, alpha: Double = 0.7,
                meanLine: StrokeStyle? = StrokeStyle(color: Color(red: 1, green: 0, blue: 0), width: 1.5,
                                                     dash: LinePattern.dashed.dashes(width: 1.5)),
                fontSize: Double = 10) throws(PlotKindError) {
        guard values.count == labels.count else {
            throw .lengthMismatch(what: "silhouette labels", expected: values.count, actual: labels.count)
        }
        for (i, v) in values.enumerated() where !(v >= -1 && v <= 1) {
            throw .invalidValue(what: "silhouette value \(i)", value: "\(v)", expected: "a value in -1...1")
        }
        guard !colors.isEmpty else { throw .invalidValue(what: "silhouette colours", value: "none", expected: "at least one colour") }
        guard gap >= 0 && gap.isFinite else { throw .invalidValue(what: "silhouette gap", value: "\(gap)", expected: "a finite gap ≥ 0") }
        let ids = Array(Set(labels.filter { $0 >= 0 })).sorted()
        guard !ids.isEmpty else { throw .statistics(.empty(what: "silhouette values")) }
        var clusters: [Cluster] = []
        var y = gap
        var sum = 0.0, count = 0
        for id in ids {
            let v = zip(values, labels).filter { $0.1 == id }.map(\.0).sorted()
            clusters.append(Cluster(label: id, values: v, start: y))
            y += Double(v.count) + gap
            sum += v.reduce(0, +)
            count += v.count
        }
        self.clusters = clusters
        mean = sum / Double(count)
        height = y
        self.colors = colors
        self.alpha = alpha
        self.meanLine = meanLine
        self.fontSize = fontSize
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        let lo = Swift.min(-0.1, clusters.flatMap(\.values).min() ?? 0)
        let hi = Swift.max(1, clusters.flatMap(\.values).max() ?? 0)
        return DataExtent(x: lo...hi, y: 0...height, stickyX: [lo, hi], stickyY: [0, height])
    }

    /// The filled profile of cluster `k` in canvas points: from the axis out along the sorted values and back.
    public func profile(_ k: Int, _ t: DataTransform) -> Path {
        let c = clusters[k]
        guard !c.values.isEmpty else { return Path() }
        var points = [t.apply(0, c.start)]
        for (i, v) in c.values.enumerated() { points.append(t.apply(v, c.start + Double(i))) }
        points.append(t.apply(0, c.start + Double(c.values.count - 1)))
        return Path(polyline: points, closed: true)
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        for (k, c) in clusters.enumerated() {
            let color = colors[k % colors.count]
            let path = profile(k, t)
            canvas.fill(path, FillStyle(color: color.withAlpha(color.alpha * alpha)))
            canvas.stroke(path, StrokeStyle(color: color.withAlpha(color.alpha * alpha), width: 1, join: .round))
            if fontSize > 0 {
                let layout = TextLayout(String(c.label), font: Font(size: fontSize), measuringWith: canvas)
                let anchor = t.apply(-0.05, c.start + 0.5 * Double(c.values.count))
                TextPlacement(horizontal: .left, vertical: .baseline).draw(layout, at: anchor, color: .black, on: &canvas)
            }
        }
        if let meanLine {
            let x = t.canvasX(mean)
            canvas.stroke(Path(polyline: [Point(x, context.plotArea.maxY), Point(x, context.plotArea.minY)]), meanLine)
        }
    }
}

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
