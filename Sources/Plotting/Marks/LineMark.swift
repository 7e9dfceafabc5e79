/// A polyline through data points with optional markers: matplotlib's `plot`.
///
/// NaN or infinite coordinates (or non-positive ones on a log axis) break the line,
/// as matplotlib does. Solid lines get projecting (square) caps and dashed lines
/// butt caps, joins are round; dash lengths scale with the width.
public struct LineMark: Mark {
    public var x: [Double]
    public var y: [Double]
    public var color: Color
    /// Line width in points (1.5).
    public var width: Double
    /// The dash pattern, or nil for markers only.
    public var pattern: LinePattern?
    /// A marker at every point, or nil.
    public var marker: MarkerStyle?
    public var zOrder: Double
    /// The legend label, or nil for no legend entry.
    public var label: String?

    /// - Throws: `PlotError.lengthMismatch` when `x` and `y` differ in length,
    ///   `PlotError.invalidValue` for a negative or non-finite width.
    public init(x: [Double], y: [Double], color: Color, width: Double = 1.5,
                pattern: LinePattern? = .solid, marker: MarkerStyle? = nil,
                zOrder: Double = 2, label: String? = nil) throws(PlotError) {
        guard y.count == x.count else { throw .lengthMismatch(what: "y", expected: x.count, actual: y.count) }
        guard width >= 0 && width.isFinite else {
            throw .invalidValue(what: "line width", value: "\(width)", expected: "a finite width in points >= 0")
        }
        self.x = x
        self.y = y
        self.color = color
        self.width = width
        self.pattern = pattern
        self.marker = marker
        self.zOrder = zOrder
        self.label = label
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(xs: x, ys: y, xScale: xScale, yScale: yScale)
    }

    public var omittedData: OmittedData? {
        OmittedData.counting("the line", label: label, unit: "point", total: x.count) { !x[$0].isFinite || !y[$0].isFinite }
    }

    /// The stroke for the line part.
    public var strokeStyle: StrokeStyle? {
        guard let pattern, width > 0 else { return nil }
        // snap: matplotlib snaps lines made only of horizontal and vertical segments
        // to the pixel grid (the backend checks that the path is rectilinear).
        return StrokeStyle(color: color, width: width, dash: pattern.dashes(width: width),
                           cap: pattern.cap, join: .round, snap: x.count <= 1024)
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_") else { return [] }
        if let stroke = strokeStyle {
            return [LegendEntry(label: label, handle: .line(stroke, marker: marker))]
        }
        if let marker { return [LegendEntry(label: label, handle: .marker(marker))] }
        return []
    }

    /// A line counts once if it crosses the legend box (markers-only lines too: matplotlib
    /// scores a `Line2D` by its path whatever its style).
    public func legendObstacles(_ transform: DataTransform) -> LegendObstacles {
        var runs: [[Point]] = [[]]
        for i in x.indices {
            let p = transform.apply(x[i], y[i])
            if p.x.isFinite && p.y.isFinite { runs[runs.count - 1].append(p) } else if !(runs.last?.isEmpty ?? true) { runs.append([]) }
        }
        runs.removeAll { $0.isEmpty }
        return LegendObstacles(polylines: runs)
    }

    /// The canvas polyline, broken at points the scales cannot place.
    public func path(_ t: DataTransform) -> Path {
        var path = Path()
        path.reserveCapacity(x.count)
        var penDown = false
        for i in x.indices {
            let p = t.apply(x[i], y[i])
            guard p.x.isFinite && p.y.isFinite else { penDown = false; continue }
            if penDown { path.line(to: p) } else { path.move(to: p) }
            penDown = true
        }
        return path
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        if let stroke = strokeStyle {
            let p = path(t)
            if !p.isEmpty { canvas.stroke(p, stroke) }
        }
        if let marker {
            var positions: [Point] = []
            positions.reserveCapacity(x.count)
            for i in x.indices {
                let p = t.apply(x[i], y[i])
                if p.x.isFinite && p.y.isFinite { positions.append(p) }
            }
            let (f, s) = marker.paint
            canvas.drawMarkers(marker.shape.path(size: marker.size), at: positions, fill: f, stroke: s)
        }
    }
}
