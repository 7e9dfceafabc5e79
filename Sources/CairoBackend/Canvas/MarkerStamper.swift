import CCairo
import Foundation
import Plotting

/// Draws many copies of one marker into a raster by stamping pre-rendered images of it,
/// the way matplotlib's Agg backend draws scatter plots, instead of filling and stroking
/// one path per marker.
///
/// Each marker is placed at its position rounded to a quarter pixel: the marker is
/// rendered once for each of the 16 quarter-pixel phases it needs (fill, then stroke, with
/// cairo's antialiasing), and every stamp is composited with premultiplied 'over' in input
/// order, so overlapping markers with edges (seaborn's white rims) look exactly as if each
/// were painted in turn. Stamps go into a transparent layer that is then painted through
/// the canvas, which applies the current clip; 'over' is associative, so this equals
/// painting each stamp directly. The layer is split into horizontal bands composited in
/// parallel; each band keeps input order, so the bytes never depend on thread timing.
enum MarkerStamper {
    /// Sub-pixel phases per axis: positions are rounded to 1/4 pixel (at most 1/8 off).
    static let phases = 4
    /// Larger markers are drawn as paths: 16 stamps of them would cost more than they save.
    static let maxStampPixels = 128 * 128
    /// Below this many markers the work is not worth a second thread.
    static let parallelThreshold = 4096

    /// Stamps the markers onto the canvas's raster. Returns false when the marker is too
    /// large to stamp, so the caller draws paths instead.
    static func draw(_ marker: Path, at positions: [Point], fill: FillStyle?, stroke: StrokeStyle?,
                     on state: CanvasState) throws(CairoError) -> Bool {
        let scale = state.scale
        guard let shape = try StampShape(marker, scale: scale, fill: fill, stroke: stroke) else { return true }
        guard shape.width * shape.height <= maxStampPixels else { return false }

        // The layer: the clip's device extents within the surface.
        let cr = state.cr
        var (cx0, cy0, cx1, cy1) = (0.0, 0.0, 0.0, 0.0)
        cairo_clip_extents(cr, &cx0, &cy0, &cx1, &cy1)
        let surface = state.context.surface
        let lx0 = max(0, Int(max(-1, (cx0 * scale).rounded(.down))))
        let ly0 = max(0, Int(max(-1, (cy0 * scale).rounded(.down))))
        let lx1 = min(surface.width, Int(min(Double(surface.width), (cx1 * scale).rounded(.up))))
        let ly1 = min(surface.height, Int(min(Double(surface.height), (cy1 * scale).rounded(.up))))
        guard lx1 > lx0, ly1 > ly0 else { return true }

        // Where each marker's stamp lands, in layer pixels, and which phase it uses.
        let placements = Placements(positions, scale: scale, shape: shape,
                                    layer: (lx0, ly0, lx1 - lx0, ly1 - ly0))
        guard placements.count > 0 else { return true }

        // All phases' stamps in one contiguous atlas, so the hot loop touches no Swift objects.
        var stamps = StampAtlas(width: shape.width, height: shape.height)
        for phase in 0..<(phases * phases) where placements.usesPhase[phase] {
            stamps.add(try Stamp(shape, phase: phase, state: state), phase: phase)
        }
        let atlas = stamps

        let layer = try CairoSurface(imageWidth: lx1 - lx0, height: ly1 - ly0, opaque: false)
        cairo_surface_flush(layer.raw)
        guard let data = cairo_image_surface_get_data(layer.raw) else {
            throw CairoError.cairo(stage: .drawing, status: "the marker layer has no pixel data")
        }
        let target = LayerPixels(base: UnsafeMutableRawPointer(data).assumingMemoryBound(to: UInt32.self),
                                 width: lx1 - lx0, height: ly1 - ly0, rowPixels: layer.stride / 4)
        let bands = placements.count >= parallelThreshold ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        let rowsPerBand = (target.height + bands - 1) / bands
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            let y0 = band * rowsPerBand
            let y1 = min(target.height, y0 + rowsPerBand)
            if y0 < y1 { composite(placements, atlas, into: target, rows: y0..<y1) }
        }
        cairo_surface_mark_dirty(layer.raw)

        cairo_save(cr)
        cairo_identity_matrix(cr)
        cairo_set_operator(cr, CAIRO_OPERATOR_OVER)
        cairo_set_source_surface(cr, layer.raw, Double(lx0), Double(ly0))
        cairo_paint(cr)
        cairo_restore(cr)
        return true
    }

    /// Composites every placement that touches `rows`, in input order, writing only those rows.
    private static func composite(_ placements: Placements, _ atlas: StampAtlas, into target: LayerPixels, rows: Range<Int>) {
        let w = atlas.width, h = atlas.height
        placements.x.withUnsafeBufferPointer { xs in
        placements.y.withUnsafeBufferPointer { ys in
        placements.phase.withUnsafeBufferPointer { phases in
        atlas.pixels.withUnsafeBufferPointer { pixels in
        atlas.spans.withUnsafeBufferPointer { spans in
            guard let pixelBase = pixels.baseAddress, let spanBase = spans.baseAddress else { return }
            for k in 0..<xs.count {
                let tx = Int(xs[k]), ty = Int(ys[k])
                let r0 = max(0, rows.lowerBound - ty), r1 = min(h, rows.upperBound - ty)
                guard r0 < r1 else { continue }
                let stamp = pixelBase + Int(phases[k]) * w * h
                let stampSpans = spanBase + Int(phases[k]) * h * 2
                for r in r0..<r1 {
                    let c0 = max(Int(stampSpans[2 * r]), -tx), c1 = min(Int(stampSpans[2 * r + 1]), target.width - tx)
                    guard c0 < c1 else { continue }
                    let dst = target.base + (ty + r) * target.rowPixels + tx
                    let src = stamp + r * w
                    for c in c0..<c1 {
                        let s = src[c]
                        let alpha = s >> 24
                        if alpha == 255 {
                            dst[c] = s
                        } else if s != 0 {
                            dst[c] = s &+ multiply(dst[c], by: 255 - alpha)
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

    /// Each 8-bit channel of `pixel` times `factor` / 255, rounded as pixman does.
    @inline(__always)
    static func multiply(_ pixel: UInt32, by factor: UInt32) -> UInt32 {
        var lo = (pixel & 0x00ff_00ff) &* factor &+ 0x0080_0080
        lo = ((lo &+ ((lo >> 8) & 0x00ff_00ff)) >> 8) & 0x00ff_00ff
        var hi = ((pixel >> 8) & 0x00ff_00ff) &* factor &+ 0x0080_0080
        hi = (hi &+ ((hi >> 8) & 0x00ff_00ff)) & 0xff00_ff00
        return lo | hi
    }
}

/// The layer's pixels, shared by the band workers; each writes only its own rows.
private struct LayerPixels: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt32>
    let width: Int
    let height: Int
    let rowPixels: Int
}

/// The marker's device-pixel outline: its styles and the box every phase of it fits in.
struct StampShape {
    let path: Path
    let scale: Double
    let fill: FillStyle?
    let stroke: StrokeStyle?
    /// Offset of the stamp's top-left pixel from the marker's whole-pixel position.
    let left: Int
    let top: Int
    let width: Int
    let height: Int

    /// Measures the marker with cairo's own fill and stroke extents; nil when it paints nothing.
    init?(_ marker: Path, scale: Double, fill: FillStyle?, stroke: StrokeStyle?) throws(CairoError) {
        self.path = marker
        self.scale = scale
        self.fill = fill
        self.stroke = stroke
        let probe = try CairoSurface(imageWidth: 1, height: 1, opaque: false)
        let context = try CairoContext(on: probe)
        let cr = context.raw
        cairo_scale(cr, scale, scale)
        PathBuilder.append(marker, to: cr)
        var box = (x0: Double.infinity, y0: Double.infinity, x1: -Double.infinity, y1: -Double.infinity)
        func add(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
            guard x1 > x0 || y1 > y0 else { return }
            box = (min(box.x0, x0), min(box.y0, y0), max(box.x1, x1), max(box.y1, y1))
        }
        var (x0, y0, x1, y1) = (0.0, 0.0, 0.0, 0.0)
        if fill != nil {
            cairo_fill_extents(cr, &x0, &y0, &x1, &y1)
            add(x0, y0, x1, y1)
        }
        if let stroke {
            cairo_set_line_width(cr, stroke.width)
            switch stroke.cap {
            case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
            case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
            }
            switch stroke.join {
            case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
            case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
            }
            cairo_stroke_extents(cr, &x0, &y0, &x1, &y1)
            add(x0, y0, x1, y1)
        }
        try context.checkStatus(.drawing)
        guard box.x0.isFinite, box.y0.isFinite, box.x1.isFinite, box.y1.isFinite else { return nil }
        let d = (x0: box.x0 * scale, y0: box.y0 * scale, x1: box.x1 * scale, y1: box.y1 * scale)
        // Too large to stamp: report a size over the limit without converting huge values.
        guard d.x1 - d.x0 < 4096, d.y1 - d.y0 < 4096, abs(d.x0) < 1e6, abs(d.y0) < 1e6 else {
            (left, top, width, height) = (0, 0, MarkerStamper.maxStampPixels + 1, 1)
            return
        }
        // One spare pixel on each side for antialiasing, one more for phase shifts up to 3/4.
        left = Int(d.x0.rounded(.down)) - 1
        top = Int(d.y0.rounded(.down)) - 1
        width = Int(d.x1.rounded(.up)) + 2 - left
        height = Int(d.y1.rounded(.up)) + 2 - top
    }
}

/// The stamps of every phase side by side: `pixels` holds `phases² × width × height`
/// premultiplied ARGB values, `spans` the first and past-the-last inked column of each row.
struct StampAtlas {
    let width: Int
    let height: Int
    var pixels: [UInt32]
    var spans: [Int32]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        let count = MarkerStamper.phases * MarkerStamper.phases
        pixels = [UInt32](repeating: 0, count: count * width * height)
        spans = [Int32](repeating: 0, count: count * height * 2)
    }

    mutating func add(_ stamp: Stamp, phase: Int) {
        let size = width * height
        pixels.replaceSubrange((phase * size)..<((phase + 1) * size), with: stamp.pixels)
        for (r, span) in stamp.spans.enumerated() {
            spans[(phase * height + r) * 2] = span.lowerBound
            spans[(phase * height + r) * 2 + 1] = span.upperBound
        }
    }
}

/// One pre-rendered image of the marker at one quarter-pixel phase.
struct Stamp {
    let width: Int
    let height: Int
    /// Premultiplied ARGB, row after row.
    let pixels: [UInt32]
    /// The columns of each row that hold any ink.
    let spans: [Range<Int32>]

    init(_ shape: StampShape, phase: Int, state: CanvasState) throws(CairoError) {
        let surface = try CairoSurface(imageWidth: shape.width, height: shape.height, opaque: false)
        let context = try CairoContext(on: surface)
        let cr = context.raw
        let fx = Double(phase % MarkerStamper.phases) / Double(MarkerStamper.phases)
        let fy = Double(phase / MarkerStamper.phases) / Double(MarkerStamper.phases)
        cairo_translate(cr, Double(-shape.left) + fx, Double(-shape.top) + fy)
        cairo_scale(cr, shape.scale, shape.scale)
        PathBuilder.append(shape.path, to: cr)
        if let fill = shape.fill {
            state.setFill(fill, on: cr)
            cairo_fill_preserve(cr)
        }
        if let stroke = shape.stroke {
            state.setStroke(stroke, scale: 1, on: cr)
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
        try context.checkStatus(.drawing)
        try surface.finish()

        width = shape.width
        height = shape.height
        var pixels = [UInt32](repeating: 0, count: width * height)
        var spans: [Range<Int32>] = []
        spans.reserveCapacity(height)
        if let data = cairo_image_surface_get_data(surface.raw) {
            let stride = surface.stride
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                var first = width, last = -1
                for x in 0..<width {
                    let p = row[x]
                    pixels[y * width + x] = p
                    if p != 0 {
                        first = min(first, x)
                        last = x
                    }
                }
                spans.append(last >= first ? Int32(first)..<Int32(last + 1) : 0..<0)
            }
        }
        self.pixels = pixels
        self.spans = spans
    }
}

/// Where each marker's stamp lands in the layer, in input order; markers wholly outside are dropped.
struct Placements {
    var x: [Int32] = []
    var y: [Int32] = []
    var phase: [UInt8] = []
    var usesPhase = [Bool](repeating: false, count: MarkerStamper.phases * MarkerStamper.phases)
    var count: Int { x.count }

    init(_ positions: [Point], scale: Double, shape: StampShape, layer: (x: Int, y: Int, width: Int, height: Int)) {
        x.reserveCapacity(positions.count)
        y.reserveCapacity(positions.count)
        phase.reserveCapacity(positions.count)
        let q = Double(MarkerStamper.phases)
        // A stamp touches the layer only if its whole-pixel origin lies in these ranges;
        // checking in Double first keeps far-away or non-finite points from reaching Int().
        let minX = Double(layer.x - shape.left - shape.width), maxX = Double(layer.x + layer.width - shape.left)
        let minY = Double(layer.y - shape.top - shape.height), maxY = Double(layer.y + layer.height - shape.top)
        for p in positions {
            let qx = (p.x * scale * q + 0.5).rounded(.down), qy = (p.y * scale * q + 0.5).rounded(.down)
            let px = (qx / q).rounded(.down), py = (qy / q).rounded(.down)
            guard px > minX, px < maxX, py > minY, py < maxY else { continue }
            let ph = Int(qx - px * q) + MarkerStamper.phases * Int(qy - py * q)
            x.append(Int32(Int(px) + shape.left - layer.x))
            y.append(Int32(Int(py) + shape.top - layer.y))
            phase.append(UInt8(ph))
            usesPhase[ph] = true
        }
    }
}
