import CCairo

/// Cairo font options, owned and destroyed with this object. A canvas uses two sets:
///
/// - Always: hint metrics off, so advances scale linearly with size and text measures the
///   same in a 100 dpi PNG, a 300 dpi PNG and a PDF; one layout serves every format.
/// - Layout and vector output: no hinting, the designer's outlines.
/// - Raster output: slight hinting (FreeType's light autohinter, vertical only), with each
///   run's origin rounded to a whole pixel as matplotlib's Agg backend does: horizontal
///   stems land on pixel rows, so 10 pt labels at 100 dpi look as crisp as matplotlib's,
///   while glyphs keep the exact horizontal positions of the layout.
/// - Grey antialiasing, never subpixel (RGB-fringed) antialiasing: a published PNG is
///   viewed on any screen or printed, and grey coverage is the same on every machine.
///
/// All of it is deterministic for a given FreeType and cairo; goldens pin those versions.
final class FontOptions {
    let raw: OpaquePointer

    init(hintStyle: cairo_hint_style_t = CAIRO_HINT_STYLE_NONE) throws(CairoError) {
        guard let raw = cairo_font_options_create() else {
            throw CairoError.cairo(stage: .loadingFont, status: "cairo returned no font options")
        }
        self.raw = raw
        try CairoError.check(cairo_font_options_status(raw), .loadingFont)
        cairo_font_options_set_antialias(raw, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(raw, hintStyle)
        cairo_font_options_set_hint_metrics(raw, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_subpixel_order(raw, CAIRO_SUBPIXEL_ORDER_DEFAULT)
    }

    deinit {
        cairo_font_options_destroy(raw)
    }
}
