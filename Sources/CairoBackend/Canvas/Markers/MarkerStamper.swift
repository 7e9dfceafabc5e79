import CCairo
import Foundation
import Plotting

/// Draws many copies of one marker into a raster by stamping pre-rendered images of it,
/// the way matplotlib's Agg backend draws scatter plots, instead of filling and stroking
/// one path per marker.
///
/// Markers of one paint (a plain `plot(..., 'o')` or a one-colour scatter, which matplotlib
/// draws with Agg's `draw_markers`) are centred on the middle of the pixel nearest to their
/// position, as Agg places them; markers of many paints (a scatter coloured point by point,
/// which matplotlib draws as a path collection at exact positions) are placed at their
/// position rounded to a quarter pixel. The marker is rendered once for each of the 16
/// quarter-pixel phases it needs (fill, then stroke, with cairo's antialiasing), and every stamp is composited with premultiplied 'over' in input
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

    /// Most distinct paints stamped in one call; more are drawn as paths.
    static let maxPaints = 256

    /// Where Agg's `draw_markers` centres a marker asked for at device coordinate `v`
    /// (pixels, pixel `i` covering `i..<i+1`): the middle of the pixel whose centre is
    /// nearest, `floor(v + 0.5) + 0.5` (measured on matplotlib 3.11's output: its
    /// `draw_markers` floors `v + 0.5` and stamps the marker rendered about a pixel centre).
    static func snappedCentre(_ v: Double) -> Double {
        (v + 0.5).rounded(.down) + 0.5
    }

    /// Stamps the markers onto the canvas's raster, marker `i` in `paints[paintIndices[i]]`
    /// (all in `paints[0]` when `paintIndices` is nil), centred on pixel centres when
    /// `snapsToPixelCentres` is set. Returns false when the markers are too large to stamp,
    /// or their paints differ in outline geometry or are too many, so the caller draws paths
    /// instead.
    static func draw(_ marker: Path, at positions: [Point], paints: [MarkerPaint], paintIndices: [Int]?,
                     snapsToPixelCentres: Bool, on state: CanvasState) throws(CairoError) -> Bool {
        let scale = state.scale
        guard paints.count <= maxPaints else { return false }
        let shapes = try paints.map { paint throws(CairoError) in
            try StampShape(marker, scale: scale, fill: paint.fill, stroke: paint.stroke)
        }
        guard let shape = shapes.lazy.compactMap({ $0 }).first else { return true }
        guard shape.width * shape.height <= maxStampPixels else { return false }
        // One stamp size for every paint: the paints may differ in colour, not in outline.
        for other in shapes.compactMap({ $0 }) where (other.left, other.top, other.width, other.height)
            != (shape.left, shape.top, shape.width, shape.height) {
            return false
        }

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

        // Where each marker's stamp lands, in layer pixels, and which paint and phase it uses;
        // markers whose paint draws nothing are left out.
        let painted = paintIndices.map { indices in indices.map { shapes[$0] != nil } }
        let placements = Placements(positions, scale: scale, shape: shape, layer: (lx0, ly0, lx1 - lx0, ly1 - ly0),
                                    snapsToPixelCentres: snapsToPixelCentres, paintIndices: paintIndices,
                                    paintCount: paints.count, painted: painted)
        guard placements.count > 0 else { return true }

        // All used stamps in one contiguous atlas, so the hot loop touches no Swift objects.
        let phaseCount = phases * phases
        var stamps = StampAtlas(width: shape.width, height: shape.height, slots: paints.count * phaseCount)
        for slot in 0..<(paints.count * phaseCount) where placements.usesSlot[slot] {
            guard let paintShape = shapes[slot / phaseCount] else { continue }
            stamps.add(try Stamp(paintShape, phase: slot % phaseCount, state: state), slot: slot)
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
        placements.slot.withUnsafeBufferPointer { slots in
        atlas.pixels.withUnsafeBufferPointer { pixels in
        atlas.spans.withUnsafeBufferPointer { spans in
            guard let pixelBase = pixels.baseAddress, let spanBase = spans.baseAddress else { return }
            for k in 0..<xs.count {
                let tx = Int(xs[k]), ty = Int(ys[k])
                let r0 = max(0, rows.lowerBound - ty), r1 = min(h, rows.upperBound - ty)
                guard r0 < r1 else { continue }
                let stamp = pixelBase + Int(slots[k]) * w * h
                let stampSpans = spanBase + Int(slots[k]) * h * 2
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
