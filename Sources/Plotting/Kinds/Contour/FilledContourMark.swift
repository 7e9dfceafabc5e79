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
    /// Paint the bands as one image at the canvas's raster resolution instead of vector
    /// regions: small PDFs for dense grids (matplotlib's `rasterized=True`). Each pixel takes
    /// the band of the grid value interpolated bilinearly at its centre.
    public var rasterized = false
    /// The grid and its masking, kept for the rasterised drawing.
    let grid: ContourGrid
    let masking: ContourMasking

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
        self.init(levels: levels, regions: regions, bandColors: bandColors, grid: grid, masking: masking,
                  alpha: alpha, zOrder: zOrder, label: label)
    }

    /// A mark from regions already traced (by `ContourSet`, which traces lines in the same pass).
    init(levels: [Double], regions: [ContourRegion], bandColors: [Color], grid: ContourGrid, masking: ContourMasking,
         alpha: Double, zOrder: Double, label: String?) {
        self.grid = grid
        self.masking = masking
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
        if rasterized, let image = raster(context) {
            canvas.draw(image.image, in: image.rect, interpolation: .nearest)
            return
        }
        for layer in layers(context.transform) where !layer.path.isEmpty {
            canvas.fill(layer.path, FillStyle(color: layer.color, rule: .nonZero, antialias: true))
        }
    }

    /// The bands as an image covering the grid's part of the plot area, one pixel a device pixel.
    func raster(_ context: AxesContext) -> (image: RasterImage, rect: Rect)? {
        let t = context.transform, s = context.rasterScale
        let gx0 = t.canvasX(xRange.lowerBound), gx1 = t.canvasX(xRange.upperBound)
        let gy0 = t.canvasY(yRange.lowerBound), gy1 = t.canvasY(yRange.upperBound)
        guard s > 0, s.isFinite, gx0.isFinite, gx1.isFinite, gy0.isFinite, gy1.isFinite else { return nil }
        let area = context.plotArea
        let left = Swift.max(Swift.min(gx0, gx1), area.minX), right = Swift.min(Swift.max(gx0, gx1), area.maxX)
        let top = Swift.max(Swift.min(gy0, gy1), area.minY), bottom = Swift.min(Swift.max(gy0, gy1), area.maxY)
        let px0 = (left * s).rounded(.down), px1 = (right * s).rounded(.up)
        let py0 = (top * s).rounded(.down), py1 = (bottom * s).rounded(.up)
        guard px1 > px0, py1 > py0, px1 - px0 < 32_768, py1 - py0 < 32_768 else { return nil }
        let width = Int(px1 - px0), height = Int(py1 - py0)
        // Axes are separable: each pixel column has one grid column and fraction, each row one grid row.
        func locate(_ coords: [Double], _ v: Double) -> (Int, Double)? {
            let n = coords.count
            let increasing = coords[n - 1] > coords[0]
            guard increasing ? (v >= coords[0] && v <= coords[n - 1]) : (v <= coords[0] && v >= coords[n - 1]) else { return nil }
            var lo = 0, hi = n - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if (coords[mid] <= v) == increasing { lo = mid } else { hi = mid }
            }
            return (lo, (v - coords[lo]) / (coords[lo + 1] - coords[lo]))
        }
        let columns = (0..<width).map { locate(grid.x, t.dataX((px0 + Double($0) + 0.5) / s)) }
        let rows = (0..<height).map { locate(grid.y, t.dataY((py0 + Double($0) + 0.5) / s)) }
        let colors = bandColors.map { c in RasterImage.pack(c.withAlpha(c.alpha * alpha)) }
        let levels = self.levels, nx = grid.nx, z = grid.z, masking = self.masking
        let chunks = ParallelChunks.ranges(height, pieces: 8)
        let parts = ParallelChunks.map(chunks.count) { c -> [UInt32] in
            var out = [UInt32](repeating: 0, count: chunks[c].count * width)
            for (r, row) in chunks[c].enumerated() {
                guard let (i, fy) = rows[row] else { continue }
                let i1 = Swift.min(i + 1, z.count / nx - 1)
                for col in 0..<width {
                    guard let (j, fx) = columns[col] else { continue }
                    let j1 = Swift.min(j + 1, nx - 1)
                    let a = z[i * nx + j], b = z[i * nx + j1], cc = z[i1 * nx + j], d = z[i1 * nx + j1]
                    if masking.isMasked(a) || masking.isMasked(b) || masking.isMasked(cc) || masking.isMasked(d) { continue }
                    let v = (a * (1 - fx) + b * fx) * (1 - fy) + (cc * (1 - fx) + d * fx) * fy
                    // Band k holds levels[k] < v <= levels[k+1]; the lowest also holds levels[0].
                    guard v >= levels[0], v <= levels[levels.count - 1] else { continue }
                    var k = 0
                    while k + 2 < levels.count && v > levels[k + 1] { k += 1 }
                    out[r * width + col] = colors[k]
                }
            }
            return out
        }
        let image = RasterImage(width: width, height: height, pixels: parts.flatMap { $0 })
        return (image, Rect(x: px0 / s, y: py0 / s, width: Double(width) / s, height: Double(height) / s))
    }
}
