/// A classifier's decision regions: a categorical grid drawn as filled vector regions, one
/// colour a class, with lines along the class boundaries.
///
/// Regions are painted as overlapping layers (see `CategoricalRegions`), so there are no seams
/// between classes at any zoom, in PNG or PDF, and the boundary lines are the exact class
/// borders (half way between grid nodes of different classes).
public struct DecisionRegionsMark: Mark {
    /// One painting layer a class, in painting order.
    public let layers: [ContourRegion]
    /// One colour a class.
    public let colors: [Color]
    /// The borders between classes, split at junctions.
    public let boundaries: ContourLineSet
    /// How the borders are drawn, or nil for none.
    public var boundaryStyle: StrokeStyle?
    public let xRange: ClosedRange<Double>
    public let yRange: ClosedRange<Double>
    public var zOrder: Double

    /// Traces the regions of `labels` (row-major over `x` and `y`; negative for "no class").
    ///
    /// - Parameters:
    ///   - colors: one colour a class (at least `classCount`).
    ///   - boundary: the border line (matplotlib's `contour(Z, colors='k', linewidths=1)`), or nil.
    public init(x: [Double], y: [Double], labels: [Int], classCount: Int? = nil, colors: [Color],
                boundary: StrokeStyle? = StrokeStyle(color: .black, width: 1),
                zOrder: Double = 1) throws(PlotKindError) {
        let grid: CategoricalRegions
        do throws(ContourError) {
            grid = try CategoricalRegions(x: x, y: y, labels: labels, classCount: classCount)
        } catch {
            throw .contour(error)
        }
        guard colors.count >= grid.classCount else {
            throw .lengthMismatch(what: "region colours (one a class)", expected: grid.classCount, actual: colors.count)
        }
        layers = grid.layers()
        boundaries = grid.boundaries()
        self.colors = Array(colors.prefix(grid.classCount))
        boundaryStyle = boundary
        xRange = Swift.min(x[0], x[x.count - 1])...Swift.max(x[0], x[x.count - 1])
        yRange = Swift.min(y[0], y[y.count - 1])...Swift.max(y[0], y[y.count - 1])
        self.zOrder = zOrder
    }

    /// The colours the lab's `plt.contourf(Z, cmap=...)` gives integer labels `0..<classCount`:
    /// matplotlib's automatic levels over `0...classCount-1`, each class coloured at the midpoint
    /// of the band holding it. With Pastel2 and four classes: green, blue, pale yellow-green, grey.
    public static func matplotlibContourColors(classCount: Int, colormap: Colormap) -> [Color] {
        guard classCount > 1 else { return [colormap.color(at: 0)] }
        let top = Double(classCount - 1)
        guard let levels = try? ContourLevels.automatic(7).resolve(zMin: 0, zMax: top, logarithmic: false),
              let first = levels.first, let last = levels.last, last > first else {
            return (0..<classCount).map { colormap.color(index: $0) }
        }
        return (0..<classCount).map { c in
            let v = Double(c)
            // The band (L_k, L_k+1] holding v; the lowest band also holds L_0.
            let k = Swift.max(0, Swift.min(levels.count - 2, (levels.firstIndex { $0 >= v } ?? 1) - 1))
            let mid = 0.5 * (levels[k] + levels[k + 1])
            return colormap.color(at: (mid - first) / (last - first))
        }
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(x: xRange, y: yRange, stickyX: [xRange.lowerBound, xRange.upperBound],
                   stickyY: [yRange.lowerBound, yRange.upperBound])
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        for (k, layer) in layers.enumerated() where layer.ringCount > 0 {
            canvas.fill(layer.path { t.apply($0) }, FillStyle(color: colors[k]))
        }
        if let boundaryStyle, boundaries.count > 0, boundaryStyle.width > 0 {
            canvas.stroke(boundaries.path { t.apply($0) }, boundaryStyle)
        }
    }
}

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
        let count = classCount ?? ((labels.max() ?? -1) + 1)
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
