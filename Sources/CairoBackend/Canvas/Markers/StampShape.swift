import CCairo
import Plotting

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
