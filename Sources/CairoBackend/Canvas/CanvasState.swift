import CCairo
import Foundation
import Plotting

/// The mutable drawing state behind a `CairoCanvas` (shared by its copies, as `inout` passes it around).
final class CanvasState {
    let context: CairoContext
    let fonts: FontSet
    let dpi: Double
    /// Device pixels per point: dpi / 72 for raster output, 1 for PDF and SVG.
    let scale: Double
    let isRaster: Bool
    var clipDepth = 0
    private(set) var firstError: CairoError?

    var cr: OpaquePointer { context.raw }

    init(context: CairoContext, fonts: FontSet, dpi: Double, isRaster: Bool) {
        self.context = context
        self.fonts = fonts
        self.dpi = dpi
        self.isRaster = isRaster
        scale = isRaster ? dpi / 72 : 1
    }

    /// Keeps the first error; later ones are usually its consequences.
    func record(_ error: CairoError) {
        if firstError == nil { firstError = error }
    }

    func finish() throws(CairoError) {
        while clipDepth > 0 {
            cairo_restore(cr)
            clipDepth -= 1
        }
        if let firstError { throw firstError }
        try context.checkStatus(.drawing)
    }

    // MARK: - Styles

    func setColor(_ c: Color, on cr: OpaquePointer? = nil) {
        func clean(_ v: Double) -> Double { v.isFinite ? min(1, max(0, v)) : 0 }
        cairo_set_source_rgba(cr ?? self.cr, clean(c.red), clean(c.green), clean(c.blue), clean(c.alpha))
    }

    func setFill(_ style: FillStyle, on target: OpaquePointer? = nil) {
        let cr = target ?? self.cr
        setColor(style.color, on: cr)
        cairo_set_fill_rule(cr, style.rule == .evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        cairo_set_antialias(cr, style.antialias ? CAIRO_ANTIALIAS_DEFAULT : CAIRO_ANTIALIAS_NONE)
    }

    /// Whether a stroke would paint anything; an unusable dash is recorded as an error
    /// here rather than left to put cairo into a permanent error state.
    func strokeIsVisible(_ style: StrokeStyle) -> Bool {
        guard style.width.isFinite, style.width > 0, style.width < 1e6 else { return false }
        if !style.dash.isEmpty {
            let usable = style.dash.allSatisfy { $0.isFinite && $0 >= 0 } && style.dash.contains { $0 > 0 }
                && style.dashOffset.isFinite
            guard usable else {
                record(.invalidDash(pattern: style.dash, offset: style.dashOffset))
                return false
            }
        }
        return true
    }

    /// Sets colour, width, dash, cap and join; lengths are multiplied by `scale`
    /// (1 in user space, the device scale when drawing in pixels).
    func setStroke(_ style: StrokeStyle, scale: Double, on target: OpaquePointer? = nil) {
        let cr = target ?? self.cr
        setColor(style.color, on: cr)
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT)
        cairo_set_line_width(cr, style.width * scale)
        switch style.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch style.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        if style.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            let lengths = style.dash.map { $0 * scale }
            lengths.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32(clamping: $0.count), style.dashOffset * scale) }
        }
    }

    // MARK: - Text

    /// Larger text would overflow cairo's fixed-point glyph coordinates; no figure comes near it.
    static let maxFontSize = 10_000.0

    /// The laid-out glyphs, or nil (with the error recorded) when the face cannot be loaded.
    func layout(_ text: String, _ font: Font) -> GlyphRun? {
        guard font.size.isFinite, font.size > 0, font.size <= CanvasState.maxFontSize else {
            record(.invalidFontSize(font.size))
            return nil
        }
        do {
            return try fonts.layout(text, font)
        } catch {
            record(error)
            return nil
        }
    }

    func drawText(_ text: String, at origin: Point, _ style: TextStyle) {
        guard origin.x.isFinite, origin.y.isFinite, style.rotation.isFinite,
              var run = layout(text, style.font), !run.glyphs.isEmpty else { return }
        let face: FontFace
        do { face = try fonts.face(style.font.face) } catch { record(error); return }
        cairo_save(cr)
        if isRaster {
            cairo_translate(cr, (origin.x * scale).rounded() / scale, (origin.y * scale).rounded() / scale)
        } else {
            cairo_translate(cr, origin.x, origin.y)
        }
        // Counter-clockwise on screen is a negative angle in cairo's y-down space.
        cairo_rotate(cr, -style.rotation * .pi / 180)
        cairo_set_font_face(cr, face.raw)
        cairo_set_font_size(cr, style.font.size)
        cairo_set_font_options(cr, isRaster ? fonts.rasterOptions.raw : fonts.options.raw)
        setColor(style.color)
        let count = Int32(clamping: run.glyphs.count)
        if isRaster {
            // Outlines filled at their exact fractional positions: cairo 1.16 would otherwise
            // round every glyph to a whole pixel, making letter spacing uneven at 10 pt.
            cairo_new_path(cr)
            cairo_glyph_path(cr, &run.glyphs, count)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT)
            cairo_fill(cr)
        } else {
            // Real text in vector output: an embedded, searchable TrueType subset.
            cairo_show_glyphs(cr, &run.glyphs, count)
        }
        cairo_restore(cr)
    }

    // MARK: - Images

    /// Largest image, in pixels, that vector output upsamples a nearest-neighbour image to.
    static let maxUpsampledPixels = 16_000_000

    func drawImage(_ original: RasterImage, in rect: Rect, interpolation: RasterImage.Interpolation) {
        guard original.width > 0, original.height > 0, original.pixels.count == original.width * original.height,
              rect.minX.isFinite, rect.minY.isFinite, rect.width.isFinite, rect.height.isFinite,
              abs(rect.width) >= 1e-6, abs(rect.height) >= 1e-6 else { return }
        var image = original
        if !isRaster && interpolation == .nearest {
            // Many SVG renderers (and some PDF viewers) smooth every image whatever the file asks.
            // Like matplotlib, vector output carries nearest images at the page's dpi: each cell
            // is repeated a whole number of times, so smoothing can only soften a cell's outer
            // pixel, never blend neighbouring cells.
            image = ImageUpsampling.repeatPixels(original, toCover: Size(width: abs(rect.width) * dpi / 72, height: abs(rect.height) * dpi / 72),
                                                 maxPixels: CanvasState.maxUpsampledPixels)
        }
        let surface: CairoSurface
        do {
            surface = try CairoSurface(imageWidth: image.width, height: image.height, opaque: false)
        } catch {
            record(error)
            return
        }
        surface.copyPixels(from: image)
        guard let pattern = cairo_pattern_create_for_surface(surface.raw) else { return }
        defer { cairo_pattern_destroy(pattern) }
        // Nearest keeps categorical cells hard-edged (PDF: /Interpolate false); smooth is bilinear.
        cairo_pattern_set_filter(pattern, interpolation == .nearest ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_BILINEAR)
        // In raster output, padding stops bilinear smoothing from fading the edges to transparent.
        cairo_pattern_set_extend(pattern, isRaster ? CAIRO_EXTEND_PAD : CAIRO_EXTEND_NONE)
        cairo_save(cr)
        cairo_translate(cr, rect.minX, rect.minY)
        cairo_scale(cr, rect.width / Double(image.width), rect.height / Double(image.height))
        cairo_set_source(cr, pattern)
        cairo_new_path(cr)
        if isRaster {
            cairo_rectangle(cr, 0, 0, Double(image.width), Double(image.height))
            cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT)
            cairo_fill(cr)
        } else {
            // A plain paint becomes an image drawn directly (PDF `Do`, SVG `<use>`), not a pattern fill.
            cairo_paint(cr)
        }
        cairo_restore(cr)
    }

    // MARK: - Markers

    /// One paint for every marker: see `drawMarkers(_:at:paints:paintIndices:snapsToPixelCentres:)`.
    ///
    /// Markers of one paint are what matplotlib draws with Agg's `draw_markers` (`plot`
    /// markers, one-colour scatters): in raster output each is centred on the middle of the
    /// pixel nearest its position, as Agg centres them, whether stamped or drawn as a path.
    /// Vector output keeps the exact positions.
    func drawMarkers(_ marker: Path, at positions: [Point], fill: FillStyle?, stroke: StrokeStyle?) {
        drawMarkers(marker, at: positions, paints: [MarkerPaint(fill: fill, stroke: stroke)], paintIndices: nil,
                    snapsToPixelCentres: true)
    }

    /// Marker `i` in `paints[paintIndices[i]]` (all in `paints[0]` when `paintIndices` is nil),
    /// in order: stamped in raster output, painted as references to one recorded drawing a
    /// paint in SVG (`MarkerForms`), batched into one path a run of markers clear of each
    /// other in PDF (`MarkerBatches`), one path each when none of these applies.
    ///
    /// Centres stay where asked (to a quarter pixel when stamped), as matplotlib draws a scatter
    /// coloured point by point: a path collection, which Agg does not snap; with
    /// `snapsToPixelCentres`, raster output centres them on pixel centres instead.
    func drawMarkers(_ marker: Path, at positions: [Point], paints: [MarkerPaint], paintIndices: [Int]?,
                     snapsToPixelCentres: Bool = false) {
        guard !marker.isEmpty, !positions.isEmpty, !paints.isEmpty else { return }
        if let paintIndices, paintIndices.count != positions.count || paintIndices.contains(where: { !paints.indices.contains($0) }) {
            return
        }
        // Invisible strokes are dropped; a paint with neither fill nor stroke draws nothing.
        let visible = paints.map { paint in
            MarkerPaint(fill: paint.fill, stroke: paint.stroke.flatMap { strokeIsVisible($0) ? $0 : nil })
        }
        guard visible.contains(where: { $0.fill != nil || $0.stroke != nil }) else { return }
        do {
            if isRaster {
                if try MarkerStamper.draw(marker, at: positions, paints: visible, paintIndices: paintIndices,
                                          snapsToPixelCentres: snapsToPixelCentres, on: self) {
                    return
                }
            } else if positions.count >= MarkerForms.threshold, context.surface.kind == .svg {
                if try MarkerForms.draw(marker, at: positions, paints: visible, paintIndices: paintIndices, on: self) {
                    return
                }
            } else if positions.count > 1, context.surface.kind == .pdf {
                if try MarkerBatches.draw(marker, at: positions, paints: visible, paintIndices: paintIndices, on: self) {
                    return
                }
            }
        } catch {
            record(error)
            return
        }
        let snaps = snapsToPixelCentres && isRaster
        for (i, p) in positions.enumerated() where p.x.isFinite && p.y.isFinite {
            let paint = visible[paintIndices?[i] ?? 0]
            guard paint.fill != nil || paint.stroke != nil else { continue }
            cairo_new_path(cr)
            let centre = snaps ? Point(MarkerStamper.snappedCentre(p.x * scale) / scale,
                                       MarkerStamper.snappedCentre(p.y * scale) / scale) : p
            PathBuilder.append(marker, offset: centre, to: cr)
            if let fill = paint.fill {
                setFill(fill)
                cairo_fill_preserve(cr)
            }
            if let stroke = paint.stroke {
                setStroke(stroke, scale: 1)
                cairo_stroke_preserve(cr)
            }
        }
        cairo_new_path(cr)
    }
}
