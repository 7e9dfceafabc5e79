import Foundation

/// Contour lines (matplotlib's `contour`): one set of polylines a level, each level with its
/// own colour, width and dash pattern, optionally labelled in line (`clabel`).
public struct ContourLineMark: Mark {
    /// The levels traced, increasing.
    public let levels: [Double]
    /// The lines of each level, in data coordinates.
    public let lineSets: [ContourLineSet]
    /// How each level is stroked.
    public let styles: [StrokeStyle]
    /// The grid's extent: contour plots autoscale tightly to it.
    public let xRange: ClosedRange<Double>
    public let yRange: ClosedRange<Double>
    /// In-line level labels, or nil for none.
    public var labels: ContourLabels?
    public var zOrder: Double
    /// Legend label (a line sample in the first level's style), or nil.
    public var label: String?

    /// Traces `grid` at `levels` and strokes each level with `styles[k % styles.count]`.
    public init(grid: ContourGrid, levels: [Double], styles: [StrokeStyle], masking: ContourMasking = .nonFinite,
                labels: ContourLabels? = nil, zOrder: Double = 2, label: String? = nil) throws(PlotKindError) {
        let sets: [ContourLineSet]
        do throws(ContourError) {
            sets = try MarchingSquares(grid: grid, masking: masking).lines(at: levels)
        } catch {
            throw .contour(error)
        }
        try self.init(levels: levels, lineSets: sets, styles: styles, grid: grid, labels: labels, zOrder: zOrder, label: label)
    }

    /// A mark from lines already traced.
    init(levels: [Double], lineSets: [ContourLineSet], styles: [StrokeStyle], grid: ContourGrid,
         labels: ContourLabels?, zOrder: Double, label: String?) throws(PlotKindError) {
        guard !styles.isEmpty else { throw .invalidValue(what: "contour line styles", value: "none", expected: "at least one style") }
        for s in styles where !(s.width >= 0 && s.width.isFinite) {
            throw .invalidValue(what: "contour line width", value: "\(s.width)", expected: "a finite width in points >= 0")
        }
        self.levels = levels
        self.lineSets = lineSets
        self.styles = levels.indices.map { styles[$0 % styles.count] }
        xRange = Swift.min(grid.x[0], grid.x[grid.nx - 1])...Swift.max(grid.x[0], grid.x[grid.nx - 1])
        yRange = Swift.min(grid.y[0], grid.y[grid.ny - 1])...Swift.max(grid.y[0], grid.y[grid.ny - 1])
        self.labels = labels
        self.zOrder = zOrder
        self.label = label
    }

    /// Lines between classes of a categorical grid (decision boundaries), in one style.
    init(boundaries: ContourLineSet, style: StrokeStyle, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
         zOrder: Double, label: String?) {
        levels = [boundaries.level]
        lineSets = [boundaries]
        styles = [style]
        self.xRange = xRange
        self.yRange = yRange
        labels = nil
        self.zOrder = zOrder
        self.label = label
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(x: xRange, y: yRange, stickyX: [xRange.lowerBound, xRange.upperBound],
                   stickyY: [yRange.lowerBound, yRange.upperBound])
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_"), let style = styles.first else { return [] }
        return [LegendEntry(label: label, handle: .line(style, marker: nil))]
    }

    public func legendObstacles(_ transform: DataTransform) -> LegendObstacles {
        var runs: [[Point]] = []
        for set in lineSets {
            for i in 0..<set.count { runs.append(set.polyline(i).map { transform.apply($0) }) }
        }
        return LegendObstacles(polylines: runs)
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        for (k, set) in lineSets.enumerated() where set.count > 0 && styles[k].width > 0 {
            var polylines: [[Point]] = []
            polylines.reserveCapacity(set.count)
            for i in 0..<set.count { polylines.append(set.polyline(i).map { t.apply($0) }) }
            var closed = set.closed
            if let labels {
                let text = labels.text(for: levels[k], at: k)
                let color = labels.color ?? styles[k].color
                let placed = ContourLabelPlacer(text: text, fontSize: labels.fontSize, canvas: canvas,
                                                spacing: labels.spacing, inline: labels.inline)
                    .place(on: &polylines, closed: &closed, plotArea: context.plotArea)
                for p in placed { p.draw(color: color, on: &canvas) }
            }
            var path = Path()
            for (i, line) in polylines.enumerated() where line.count >= 2 {
                path.move(to: line[0])
                for q in line.dropFirst() { path.line(to: q) }
                if closed[i] { path.close() }
            }
            if !path.isEmpty { canvas.stroke(path, styles[k]) }
        }
    }
}
