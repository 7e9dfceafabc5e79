import Foundation
import Dispatch

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

    /// Fewest points worth a parallel chunk of their own.
    static let minimumChunk = 65_536
    /// Fixed-point units per unit of optical depth `-log(1 - a w)`.
    static let depthUnit = 4096.0
    /// Opacity one point can add at most (keeps `-log` finite for opaque points).
    static let maxSingleOpacity = 0.999

    func draw(in context: AxesContext, on canvas: inout some Canvas) {
        guard let image = rasterize(context) else { return }
        canvas.draw(image.image, in: image.rect, interpolation: .nearest)
    }

    /// The image and where it goes on the canvas, or nil when nothing shows.
    func rasterize(_ context: AxesContext) -> (image: RasterImage, rect: Rect)? {
        let s = context.rasterScale
        let area = context.plotArea
        guard s > 0, s.isFinite, area.width > 0, area.height > 0 else { return nil }
        let px0 = (area.minX * s).rounded(.down), py0 = (area.minY * s).rounded(.down)
        let px1 = (area.maxX * s).rounded(.up), py1 = (area.maxY * s).rounded(.up)
        guard px1 - px0 < 32_768, py1 - py0 < 32_768 else { return nil }
        let width = Int(px1 - px0), height = Int(py1 - py0)
        guard width > 0, height > 0, !scatter.x.isEmpty else { return nil }
        if case let .counts(mapping) = scatter.density {
            return rasterizeCounts(context, mapping: mapping, origin: (px0, py0), width: width, height: height)
        }

        // Footprints are the marker at the first point's size (large scatters have one size).
        let style = scatter.markerStyle(at: 0)
        let kernels = Footprint.kernels(shape: scatter.marker, size: style.size,
                                        edgeWidth: style.edge == nil ? 0 : style.edgeWidth, pixelsPerPoint: s)
        let n = scatter.x.count
        // Integer sums are order-independent, so the chunking (one chunk per core
        // for large inputs) cannot change the image.
        let chunks = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, n / Self.minimumChunk))
        let uniform = scatter.colors.uniformColor.map { $0.withAlpha($0.alpha * scatter.alpha) }
        let pixels = width * height

        let depthGrids = ChunkResults<[UInt64]>(count: chunks, initial: [])
        let rgbGrids = ChunkResults<[UInt64]>(count: chunks, initial: [])
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

        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var depth = [UInt64](repeating: 0, count: pixels)
            var rgb = uniform == nil ? [UInt64](repeating: 0, count: pixels * 3) : []
            let lo = n * c / chunks, hi = n * (c + 1) / chunks
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
                for i in lo..<hi {
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
            depthGrids[c] = depth
            rgbGrids[c] = rgb
        }

        var depth = depthGrids[0]
        for c in 1..<chunks {
            let other = depthGrids[c]
            for p in 0..<pixels { depth[p] &+= other[p] }
        }
        var rgb: [UInt64] = []
        if uniform == nil {
            rgb = rgbGrids[0]
            for c in 1..<chunks {
                let other = rgbGrids[c]
                for p in 0..<(pixels * 3) { rgb[p] &+= other[p] }
            }
        }

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
    func rasterizeCounts(_ context: AxesContext, mapping: ColorMapping, origin: (Double, Double),
                         width: Int, height: Int) -> (image: RasterImage, rect: Rect) {
        let s = context.rasterScale
        let (px0, py0) = origin
        let n = scatter.x.count
        let pixels = width * height
        let chunks = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, n / Self.minimumChunk))
        let grids = ChunkResults<[UInt64]>(count: chunks, initial: [])
        let t = context.transform
        let xs = scatter.x, ys = scatter.y
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var counts = [UInt64](repeating: 0, count: pixels)
            let lo = n * c / chunks, hi = n * (c + 1) / chunks
            let w = Double(width), h = Double(height)
            counts.withUnsafeMutableBufferPointer { cp in
                xs.withUnsafeBufferPointer { xp in
                    ys.withUnsafeBufferPointer { yp in
                        for i in lo..<hi {
                            let fx = t.canvasX(xp[i]) * s - px0, fy = t.canvasY(yp[i]) * s - py0
                            guard fx >= 0, fy >= 0, fx < w, fy < h else { continue }  // also drops NaN
                            cp[Int(fy) * width + Int(fx)] &+= 1
                        }
                    }
                }
            }
            grids[c] = counts
        }
        var counts = grids[0]
        for c in 1..<chunks {
            let other = grids[c]
            for p in 0..<pixels { counts[p] &+= other[p] }
        }
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

/// A marker's pixel coverage at each of `phases x phases` sub-pixel offsets.
struct Footprint: Sendable {
    static let phases = 4
    static let supersampling = 8

    /// Kernel cells from the centre pixel to the edge.
    let radius: Int
    var side: Int { 2 * radius + 1 }
    /// Coverage 0...1 of each kernel cell, row-major, one table per phase (x phase major).
    let coverage: [[Double]]

    /// Fixed-point optical depth of each cell for one opacity, all phases in one flat table.
    func flatDepthTable(opacity: Double) -> [UInt32] {
        var table = [UInt32](repeating: 0, count: coverage.count * side * side)
        table.withUnsafeMutableBufferPointer { buffer in
            for phase in coverage.indices {
                let cells = side * side
                depth(phase: phase, opacity: opacity,
                      into: UnsafeMutableBufferPointer(rebasing: buffer[(phase * cells)..<((phase + 1) * cells)]))
            }
        }
        return table
    }

    /// Writes the fixed-point optical depth `-log(1 - a w)` of each cell of one phase.
    func depth(phase: Int, opacity: Double, into out: UnsafeMutableBufferPointer<UInt32>) {
        let a = opacity.isFinite ? Swift.max(0, Swift.min(1, opacity)) : 0
        let cov = coverage[phase]
        for j in 0..<Swift.min(out.count, cov.count) {
            let o = Swift.min(a * cov[j], PointDensity.maxSingleOpacity)
            out[j] = o <= 0 ? 0 : UInt32((-Foundation.log1p(-o) * PointDensity.depthUnit).rounded())
        }
    }

    /// Footprints of a marker of `size` points (plus an outline of `edgeWidth`) at `pixelsPerPoint`.
    static func kernels(shape: MarkerShape, size: Double, edgeWidth: Double, pixelsPerPoint: Double) -> Footprint {
        let half = 0.5 * size * pixelsPerPoint           // marker half-size in pixels
        let pad = 0.5 * edgeWidth * pixelsPerPoint        // outline half-width in pixels
        let inside: (Double, Double) -> Bool
        let extent: Double
        switch shape {
        case .circle, .point:
            let r = (shape == .point ? 0.5 * half : half) + pad
            inside = { x, y in x * x + y * y <= r * r }
            extent = r
        case .square:
            let h = half + pad
            inside = { x, y in Swift.abs(x) <= h && Swift.abs(y) <= h }
            extent = h
        case .diamond:
            let r = size * 0.7071067811865476 * pixelsPerPoint + pad * 1.4142135623730951
            inside = { x, y in Swift.abs(x) + Swift.abs(y) <= r }
            extent = r
        case .triangleUp, .triangleDown:
            let h = half + pad
            let flip: Double = shape == .triangleUp ? 1 : -1
            // Apex at (0, -h) on screen for an upward triangle, base at y = +h.
            inside = { x, y in
                let yy = y * flip
                return yy <= h && yy >= -h && Swift.abs(x) <= (yy + h) / 2
            }
            extent = h
        case .x, .plus:
            let h = half + pad
            let w = Swift.max(pad, 0.5 * pixelsPerPoint * 0.75)
            if shape == .plus {
                inside = { x, y in (Swift.abs(y) <= w && Swift.abs(x) <= h) || (Swift.abs(x) <= w && Swift.abs(y) <= h) }
            } else {
                let w2 = w * 1.4142135623730951
                inside = { x, y in Swift.max(Swift.abs(x), Swift.abs(y)) <= h && (Swift.abs(x - y) <= w2 || Swift.abs(x + y) <= w2) }
            }
            extent = h
        }
        // A footprint reaching `extent` pixels from a point anywhere in its pixel spans
        // at most ceil(extent) pixels on either side.
        let radius = Swift.max(0, Int(Swift.min(extent, 256).rounded(.up)))
        let side = 2 * radius + 1
        let ss = supersampling
        var tables: [[Double]] = []
        for px in 0..<phases {
            for py in 0..<phases {
                // The point sits at (phase + 0.5) / phases inside the centre pixel.
                let cx = (Double(px) + 0.5) / Double(phases), cy = (Double(py) + 0.5) / Double(phases)
                var cells = [Double](repeating: 0, count: side * side)
                for dy in 0..<side {
                    for dx in 0..<side {
                        var hits = 0
                        for sy in 0..<ss {
                            for sx in 0..<ss {
                                let x = Double(dx - radius) + (Double(sx) + 0.5) / Double(ss) - cx
                                let y = Double(dy - radius) + (Double(sy) + 0.5) / Double(ss) - cy
                                if inside(x, y) { hits += 1 }
                            }
                        }
                        cells[dy * side + dx] = Double(hits) / Double(ss * ss)
                    }
                }
                tables.append(cells)
            }
        }
        return Footprint(radius: radius, coverage: tables)
    }
}

/// One slot per parallel chunk, written by that chunk's worker only.
///
/// `DispatchQueue.concurrentPerform` workers must not mutate a shared Swift array
/// (its copy-on-write check races), so results go into separately owned slots.
final class ChunkResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T>
    let count: Int

    init(count: Int, initial: T) {
        self.count = count
        slots = .allocate(capacity: Swift.max(count, 1))
        slots.initialize(repeating: initial, count: Swift.max(count, 1))
    }

    subscript(i: Int) -> T {
        get { slots[i] }
        set { slots[i] = newValue }
    }

    deinit {
        slots.deinitialize(count: Swift.max(count, 1))
        slots.deallocate()
    }
}
