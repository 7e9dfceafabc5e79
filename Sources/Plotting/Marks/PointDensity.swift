import Foundation

/// Draws a large scatter as one image: every point's marker footprint is added
/// onto the output pixel grid, and each pixel is coloured by how much it was hit.
///
/// Overplotting is modelled exactly as alpha compositing would: a pixel covered by
/// markers with coverages `w_i` and opacities `a_i` gets opacity `1 - Π(1 - a_i w_i)`,
/// accumulated as a sum of `-log(1 - a_i w_i)`, so one colour looks like overplotted
/// dots and dense regions saturate. Per-point colours mix in proportion to each
/// point's contribution (datashader's categorical mixing). Footprints are the marker
/// shapes at 4x4 sub-pixel phases, antialiased by 8x8 supersampling.
///
/// Sums are integers (fixed-point), so the result does not depend on the order in
/// which the fixed chunks of points are added up on the two cores.
struct PointDensity {
    let scatter: ScatterMark

    /// Most pixels an aggregation grid may have (about 4000 x 4000).
    static let maxPixels = 16_000_000

    /// Fewest points worth a parallel chunk of their own.
    static let minimumChunk = 65_536

    /// The points' chunks: one per core for large inputs, at least `minimumChunk` points
    /// each. Every sum over them is an integer sum, which does not depend on the order
    /// its parts are added in, so the core count cannot change the image.
    static func pointChunks(_ n: Int) -> [Range<Int>] {
        ParallelChunks.ranges(n, pieces: Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount,
                                                                n / minimumChunk)))
    }

    /// The element-wise wrapping sum of per-chunk grids of `count` values, in chunk order.
    static func wrappingSum<Value: FixedWidthInteger>(_ grids: [[Value]], count: Int) -> [Value] {
        guard var total = grids.first else { return [Value](repeating: 0, count: count) }
        for grid in grids.dropFirst() {
            for p in 0..<count { total[p] &+= grid[p] }
        }
        return total
    }
    /// Fixed-point units per unit of optical depth `-log(1 - a w)`.
    static let depthUnit = 4096.0
    /// Opacity one point can add at most (keeps `-log` finite for opaque points).
    static let maxSingleOpacity = 0.999

    /// The image and where it goes on the canvas, or nil when nothing shows or the
    /// markers are too large to aggregate (over `Footprint.maxRadius` pixels).
    func rasterize(_ context: AxesContext) -> (image: RasterImage, rect: Rect)? {
        let device = context.rasterScale
        let area = context.plotArea
        guard device > 0, device.isFinite, area.width > 0, area.height > 0, area.width.isFinite, area.height.isFinite
        else { return nil }
        // Very large outputs (a poster at 2400 dpi) aggregate on a coarser grid, stretched
        // over the plot area, so the grids stay within memory.
        let fullPixels = area.width * device * area.height * device
        let s = fullPixels > Double(Self.maxPixels) ? device * (Double(Self.maxPixels) / fullPixels).squareRoot() : device
        let px0 = (area.minX * s).rounded(.down), py0 = (area.minY * s).rounded(.down)
        let px1 = (area.maxX * s).rounded(.up), py1 = (area.maxY * s).rounded(.up)
        guard px1 - px0 < 32_768, py1 - py0 < 32_768 else { return nil }
        let width = Int(px1 - px0), height = Int(py1 - py0)
        guard width > 0, height > 0, !scatter.x.isEmpty else { return nil }
        if case let .counts(mapping) = scatter.density {
            return rasterizeCounts(context, mapping: mapping, scale: s, origin: (px0, py0), width: width, height: height)
        }

        // Footprints are the marker at the first point's size (large scatters have one size).
        let style = scatter.markerStyle(at: 0)
        let edgeWidth = style.edge == nil ? 0 : style.edgeWidth
        if case .overplot = scatter.density,
           !(Footprint.radius(size: style.size, edgeWidth: edgeWidth, pixelsPerPoint: s) <= Double(Footprint.maxRadius)) {
            return nil
        }
        let kernels = Footprint.kernels(shape: scatter.marker, size: style.size,
                                        edgeWidth: edgeWidth, pixelsPerPoint: s)
        let n = scatter.x.count
        let chunks = Self.pointChunks(n)
        let uniform = scatter.colors.uniformColor.map { $0.withAlpha($0.alpha * scatter.alpha) }
        let pixels = width * height

        let t = context.transform
        let xs = scatter.x, ys = scatter.y
        let colors = scatter.colors, alpha = scatter.alpha
        let cells = kernels.side * kernels.side
        // One flat table of fixed-point depths: phase-major, cells row-major.
        let uniformDepth = uniform.map { kernels.flatDepthTable(opacity: $0.alpha) } ?? []
        // Hoisted: static lets are lazily initialised globals, checked on every access.
        let phaseCount = Footprint.phases
        let phases = Double(phaseCount)
        let isUniform = uniform != nil

        if let uniform, n > (width + 2 * kernels.radius + 2) * (height + 2 * kernels.radius + 2) {
            // More points than pixels: count them per pixel and phase first, then splat each
            // count once (the same integer sums, far fewer of them).
            let depth = binnedDepth(context, kernels: kernels, table: uniformDepth, scale: s, origin: (px0, py0),
                                    width: width, height: height)
            return finish(depth: depth, rgb: [], uniform: uniform, origin: (px0, py0), scale: s, width: width, height: height)
        }

        let grids = ParallelChunks.map(chunks.count) { c -> (depth: [UInt64], rgb: [UInt64]) in
            var depth = [UInt64](repeating: 0, count: pixels)
            var rgb = uniform == nil ? [UInt64](repeating: 0, count: pixels * 3) : []
            let radius = kernels.radius, side = kernels.side
            let limitLow = -Double(radius) - 1
            let limitX = Double(width + radius + 1), limitY = Double(height + radius + 1)
            // Per-point colours: the depth table of the last opacity seen (usually all alike).
            var pointTable = [UInt32](repeating: 0, count: cells * Footprint.phases * Footprint.phases)
            var lastOpacity = Double.nan
            depth.withUnsafeMutableBufferPointer { dp in
            rgb.withUnsafeMutableBufferPointer { cp in
            uniformDepth.withUnsafeBufferPointer { ut in
            pointTable.withUnsafeMutableBufferPointer { pt in
            xs.withUnsafeBufferPointer { xp in
            ys.withUnsafeBufferPointer { yp in
                for i in chunks[c] {
                    let fx = t.canvasX(xp[i]) * s - px0, fy = t.canvasY(yp[i]) * s - py0
                    guard fx > limitLow, fy > limitLow, fx < limitX, fy < limitY else { continue }  // also drops NaN
                    let fxf = fx.rounded(.down), fyf = fy.rounded(.down)
                    let ix = Int(fxf), iy = Int(fyf)
                    let phase = Swift.min(phaseCount - 1, Int((fx - fxf) * phases)) * phaseCount
                        + Swift.min(phaseCount - 1, Int((fy - fyf) * phases))
                    let table: UnsafeBufferPointer<UInt32>
                    var r: UInt64 = 0, g: UInt64 = 0, b: UInt64 = 0
                    if isUniform {
                        table = UnsafeBufferPointer(rebasing: ut[(phase * cells)..<((phase + 1) * cells)])
                    } else {
                        let col = colors.color(at: i)
                        let opacity = col.alpha * alpha
                        if !(opacity == lastOpacity) {
                            lastOpacity = opacity
                            for ph in 0..<(phaseCount * phaseCount) {
                                kernels.depth(phase: ph, opacity: opacity,
                                              into: UnsafeMutableBufferPointer(rebasing: pt[(ph * cells)..<((ph + 1) * cells)]))
                            }
                        }
                        table = UnsafeBufferPointer(rebasing: pt[(phase * cells)..<((phase + 1) * cells)])
                        r = UInt64((Swift.max(0, Swift.min(1, col.red)) * 255).rounded())
                        g = UInt64((Swift.max(0, Swift.min(1, col.green)) * 255).rounded())
                        b = UInt64((Swift.max(0, Swift.min(1, col.blue)) * 255).rounded())
                    }
                    var j = 0
                    for dy in 0..<side {
                        let py = iy - radius + dy
                        if py < 0 || py >= height { j += side; continue }
                        let row = py * width
                        for dx in 0..<side {
                            let w = table[j]
                            j += 1
                            if w == 0 { continue }
                            let px = ix - radius + dx
                            if px < 0 || px >= width { continue }
                            let q = UInt64(w)
                            dp[row + px] &+= q
                            if !isUniform {
                                let o = (row + px) * 3
                                cp[o] &+= q &* r
                                cp[o + 1] &+= q &* g
                                cp[o + 2] &+= q &* b
                            }
                        }
                    }
                }
            }
            }
            }
            }
            }
            }
            return (depth, rgb)
        }

        let depth = Self.wrappingSum(grids.map(\.depth), count: pixels)
        let rgb = uniform == nil ? Self.wrappingSum(grids.map(\.rgb), count: pixels * 3) : []

        return finish(depth: depth, rgb: rgb, uniform: uniform, origin: (px0, py0), scale: s, width: width, height: height)
    }

    /// The image from summed optical depths (and colour sums, for per-point colours).
    func finish(depth: [UInt64], rgb: [UInt64], uniform: Color?, origin: (Double, Double), scale s: Double,
                width: Int, height: Int) -> (image: RasterImage, rect: Rect) {
        let (px0, py0) = origin
        let pixels = width * height
        // Optical depth to opacity: a lookup table over the fixed-point depths.
        var out = [UInt32](repeating: 0, count: pixels)
        let unit = Self.depthUnit
        let maxDepth = UInt64(12 * unit)  // opacity rounds to 1 beyond this
        var opacityTable = [UInt32](repeating: 0, count: Int(maxDepth) + 1)
        for d in 0...Int(maxDepth) {
            opacityTable[d] = UInt32(((1 - Foundation.exp(-Double(d) / unit)) * 255).rounded())
        }
        let base = uniform.map { (UInt32(($0.red * 255).rounded()), UInt32(($0.green * 255).rounded()),
                                  UInt32(($0.blue * 255).rounded())) }
        for p in 0..<pixels {
            let d = depth[p]
            if d == 0 { continue }
            let a = opacityTable[Int(Swift.min(d, maxDepth))]
            if a == 0 { continue }
            let (r, g, b): (UInt32, UInt32, UInt32)
            if let base {
                (r, g, b) = base
            } else {
                r = UInt32(rgb[p * 3] / d)
                g = UInt32(rgb[p * 3 + 1] / d)
                b = UInt32(rgb[p * 3 + 2] / d)
            }
            // Premultiply with rounding: c * a / 255.
            func pm(_ c: UInt32) -> UInt32 { (c * a + 127) / 255 }
            out[p] = (a << 24) | (pm(r) << 16) | (pm(g) << 8) | pm(b)
        }
        let image = RasterImage(width: width, height: height, pixels: out)
        let rect = Rect(x: px0 / s, y: py0 / s, width: Double(width) / s, height: Double(height) / s)
        return (image, rect)
    }
}

extension PointDensity {
    /// datashader's `shade(how='log')`: each point adds one to the pixel holding it, and
    /// each hit pixel takes the colour of `log(1 + count) / log(1 + max count)`.
    func rasterizeCounts(_ context: AxesContext, mapping: ColorMapping, scale s: Double, origin: (Double, Double),
                         width: Int, height: Int) -> (image: RasterImage, rect: Rect) {
        let (px0, py0) = origin
        let n = scatter.x.count
        let pixels = width * height
        let chunks = Self.pointChunks(n)
        let t = context.transform
        let xs = scatter.x, ys = scatter.y
        let grids = ParallelChunks.map(chunks.count) { c -> [UInt64] in
            var counts = [UInt64](repeating: 0, count: pixels)
            let w = Double(width), h = Double(height)
            counts.withUnsafeMutableBufferPointer { cp in
                xs.withUnsafeBufferPointer { xp in
                    ys.withUnsafeBufferPointer { yp in
                        for i in chunks[c] {
                            let fx = t.canvasX(xp[i]) * s - px0, fy = t.canvasY(yp[i]) * s - py0
                            guard fx >= 0, fy >= 0, fx < w, fy < h else { continue }  // also drops NaN
                            cp[Int(fy) * width + Int(fx)] &+= 1
                        }
                    }
                }
            }
            return counts
        }
        let counts = Self.wrappingSum(grids, count: pixels)
        let top = counts.max() ?? 0
        var out = [UInt32](repeating: 0, count: pixels)
        if top > 0 {
            let scale = 1 / Foundation.log1p(Double(top))
            var cache: [UInt64: UInt32] = [:]
            for p in 0..<pixels where counts[p] > 0 {
                let k = counts[p]
                if let hit = cache[k] { out[p] = hit; continue }
                let color = mapping.color(for: Foundation.log1p(Double(k)) * scale)
                let packed = RasterImage.pack(color.withAlpha(color.alpha * scatter.alpha))
                cache[k] = packed
                out[p] = packed
            }
        }
        let rect = Rect(x: px0 / s, y: py0 / s, width: Double(width) / s, height: Double(height) / s)
        return (RasterImage(width: width, height: height, pixels: out), rect)
    }
}
