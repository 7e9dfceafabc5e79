import CCairo
import Plotting

/// Draws many copies of one marker in vector output (PDF, SVG) as references to a single
/// drawing of it, one a paint, instead of writing out the marker's path for every copy.
///
/// Each paint's marker is recorded once on a recording surface; every copy then paints
/// that surface at its position, which cairo writes as one form XObject (PDF) or `<use>`
/// (SVG) reference. A pair plot's 25,000 markers become 25,000 short references instead of
/// 25,000 filled and stroked Bézier paths: smaller files, written several times faster,
/// and the same picture, since the copies are the same vector drawing, not pixels.
enum MarkerForms {
    /// Below this many markers, paths are cheaper than setting up the forms.
    static let threshold = 32

    /// Paints the markers; marker `i` in `paints[paintIndices[i]]` (or `paints[0]`).
    /// Returns false when the marker has no finite extent, so the caller draws paths.
    static func draw(_ marker: Path, at positions: [Point], paints: [MarkerPaint], paintIndices: [Int]?,
                     on state: CanvasState) throws(CairoError) -> Bool {
        // One form per paint that draws something, sized to the marker's ink plus a point of margin.
        // Each form starts at (0, 0) (SVG renderers clip a form with a negative origin); `origins`
        // holds where the marker's centre lies within it.
        var forms: [CairoSurface?] = []
        var origins: [Point] = []
        forms.reserveCapacity(paints.count)
        for paint in paints {
            guard paint.fill != nil || paint.stroke != nil else {
                forms.append(nil)
                origins.append(.zero)
                continue
            }
            guard let extents = try inkExtents(marker, paint, state: state) else { return false }
            let form = try CairoSurface(recordingExtents: Rect(x: 0, y: 0, width: extents.width, height: extents.height))
            let context = try CairoContext(on: form)
            let fc = context.raw
            let centre = Point(-extents.minX, -extents.minY)
            PathBuilder.append(marker, offset: centre, to: fc)
            if let fill = paint.fill {
                state.setFill(fill, on: fc)
                cairo_fill_preserve(fc)
            }
            if let stroke = paint.stroke {
                state.setStroke(stroke, scale: 1, on: fc)
                cairo_stroke_preserve(fc)
            }
            cairo_new_path(fc)
            try context.checkStatus(.drawing)
            forms.append(form)
            origins.append(centre)
        }
        let cr = state.cr
        cairo_save(cr)
        cairo_set_operator(cr, CAIRO_OPERATOR_OVER)
        for (i, p) in positions.enumerated() where p.x.isFinite && p.y.isFinite {
            let k = paintIndices?[i] ?? 0
            guard let form = forms[k] else { continue }
            cairo_set_source_surface(cr, form.raw, p.x - origins[k].x, p.y - origins[k].y)
            cairo_paint(cr)
        }
        cairo_restore(cr)
        return true
    }

    /// The marker's fill and stroke extents around its centre, grown by one point; nil when not finite.
    static func inkExtents(_ marker: Path, _ paint: MarkerPaint, state: CanvasState) throws(CairoError) -> Rect? {
        let probe = try CairoSurface(imageWidth: 1, height: 1, opaque: false)
        let context = try CairoContext(on: probe)
        let cr = context.raw
        PathBuilder.append(marker, to: cr)
        var box = (x0: Double.infinity, y0: Double.infinity, x1: -Double.infinity, y1: -Double.infinity)
        var (x0, y0, x1, y1) = (0.0, 0.0, 0.0, 0.0)
        if paint.fill != nil {
            cairo_fill_extents(cr, &x0, &y0, &x1, &y1)
            box = (min(box.x0, x0), min(box.y0, y0), max(box.x1, x1), max(box.y1, y1))
        }
        if let stroke = paint.stroke {
            state.setStroke(stroke, scale: 1, on: cr)
            cairo_stroke_extents(cr, &x0, &y0, &x1, &y1)
            box = (min(box.x0, x0), min(box.y0, y0), max(box.x1, x1), max(box.y1, y1))
        }
        try context.checkStatus(.drawing)
        guard box.x0.isFinite, box.y0.isFinite, box.x1.isFinite, box.y1.isFinite, box.x1 >= box.x0, box.y1 >= box.y0,
              box.x1 - box.x0 < 1e5, box.y1 - box.y0 < 1e5 else { return nil }
        return Rect(x: box.x0 - 1, y: box.y0 - 1, width: box.x1 - box.x0 + 2, height: box.y1 - box.y0 + 2)
    }
}
