import CCairo

/// The one set of cairo font options every canvas uses, owned and destroyed with this object.
///
/// - Hint metrics off: advances scale linearly with size, so text measures the same in a
///   100 dpi PNG, a 300 dpi PNG and a PDF, and one layout serves every format.
/// - Hint style none: glyph outlines are the designer's, not snapped to one device's pixel
///   grid, so text keeps its shape at any dpi (matplotlib's Agg also draws outlines at
///   fractional positions; it only nudges them lightly).
/// - Grey antialiasing, never subpixel (RGB-fringed) antialiasing: a published PNG is
///   viewed on any screen or printed, and grey coverage is the same on every machine.
final class FontOptions {
    let raw: OpaquePointer

    init() throws(CairoError) {
        guard let raw = cairo_font_options_create() else {
            throw CairoError.cairo(stage: .loadingFont, status: "cairo returned no font options")
        }
        self.raw = raw
        try CairoError.check(cairo_font_options_status(raw), .loadingFont)
        cairo_font_options_set_antialias(raw, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(raw, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(raw, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_subpixel_order(raw, CAIRO_SUBPIXEL_ORDER_DEFAULT)
    }

    deinit {
        cairo_font_options_destroy(raw)
    }
}
