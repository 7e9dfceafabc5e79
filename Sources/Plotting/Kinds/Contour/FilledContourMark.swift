/// Filled contour bands (matplotlib's `contourf`), painted seam-free.
///
/// Band `k` covers `levels[k] < z ≤ levels[k+1]` (the lowest band also takes `z == levels[0]`).
/// Instead of tiling the plane with band polygons, which leaves light seams where two
/// antialiased edges meet (matplotlib issues #1188 and #9574), the mark paints the nested
/// regions `{z > levels[k]}` one over the other in increasing order, each in band `k`'s
/// colour. Every boundary is then drawn once, over the colour beside it. The region above
/// the top level is cut out of every layer, and masked cells are left out, so the
/// background shows there as in matplotlib.
public struct FilledContourMark: Mark {
    /// The band boundaries, increasing.
    public let levels: [Double]
    /// `{z > level}` for each level (`≥` for the first), in data coordinates.
    public let regions: [ContourRegion]
    /// One colour a band: `levels.count - 1` of them.
    public let bandColors: [Color]
    /// The grid's extent: contour plots autoscale tightly to it.
    public let xRange: ClosedRange<Double>
    public let yRange: ClosedRange<Double>
    /// Opacity multiplied into every band colour. Below 1 the overlapping layers would
    /// show through one another, so translucent bands are painted as exact band shapes.
    public var alpha: Double
    public var zOrder: Double
    /// Legend label (a patch of the middle band's colour), or nil.
    public var label: String?

    /// Traces the regions of `grid` at `levels` and pairs them with band colours.
    ///
    /// - Throws: `PlotKindError.contour` for bad levels, `.lengthMismatch` unless there is
    ///   one colour a band.
    public init(grid: ContourGrid, levels: [Double], bandColors: [Color], masking: ContourMasking = .nonFinite,
                alpha: Double = 1, zOrder: Double = 1, label: String? = nil) throws(PlotKindError) {
        guard levels.count >= 2 else { throw .contour(.tooFewLevels(count: levels.count, minimum: 2)) }
        guard bandColors.count == levels.count - 1 else {
            throw .lengthMismatch(what: "band colours", expected: levels.count - 1, actual: bandColors.count)
        }
        guard alpha >= 0 && alpha <= 1 else { throw .invalidValue(what: "alpha", value: "\(alpha)", expected: "a value in 0...1") }
        let regions: [ContourRegion]
        do throws(ContourError) {
            regions = try MarchingSquares(grid: grid, masking: masking).regions(above: levels, includingLowest: true)
        } catch {
            throw .contour(error)
        }
        self.init(levels: levels, regions: regions, bandColors: bandColors, grid: grid, alpha: alpha, zOrder: zOrder, label: label)
    }

    /// A mark from regions already traced (by `ContourSet`, which traces lines in the same pass).
    init(levels: [Double], regions: [ContourRegion], bandColors: [Color], grid: ContourGrid,
         alpha: Double, zOrder: Double, label: String?) {
        self.levels = levels
        self.regions = regions
        self.bandColors = bandColors
        xRange = Swift.min(grid.x[0], grid.x[grid.nx - 1])...Swift.max(grid.x[0], grid.x[grid.nx - 1])
        yRange = Swift.min(grid.y[0], grid.y[grid.ny - 1])...Swift.max(grid.y[0], grid.y[grid.ny - 1])
        self.alpha = alpha
        self.zOrder = zOrder
        self.label = label
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(x: xRange, y: yRange, stickyX: [xRange.lowerBound, xRange.upperBound],
                   stickyY: [yRange.lowerBound, yRange.upperBound])
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_"), !bandColors.isEmpty else { return [] }
        return [LegendEntry(label: label, handle: .patch(fill: bandColors[bandColors.count / 2], edge: nil))]
    }

    /// The canvas paths to fill, one a band, bottom first, with their colours: the nested
    /// layers when opaque, the exact bands when translucent.
    public func layers(_ t: DataTransform) -> [(path: Path, color: Color)] {
        guard let top = regions.last else { return [] }
        let map: (Point) -> Point = { t.apply($0) }
        var out: [(Path, Color)] = []
        out.reserveCapacity(bandColors.count)
        for k in 0..<bandColors.count {
            var path = regions[k].path(map)
            if alpha < 1 {
                // Exact band: cut out the next region up (translucent layers must not stack).
                regions[k + 1].appendRings(to: &path, reversed: true, map)
            } else {
                top.appendRings(to: &path, reversed: true, map)
            }
            let c = bandColors[k]
            out.append((path, c.withAlpha(c.alpha * alpha)))
        }
        return out
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        for layer in layers(context.transform) where !layer.path.isEmpty {
            canvas.fill(layer.path, FillStyle(color: layer.color, rule: .nonZero, antialias: true))
        }
    }
}
