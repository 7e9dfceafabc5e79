import CCairo
import Plotting

/// A laid-out run of text: glyph indices with positions in points relative to the baseline origin.
struct GlyphRun {
    var glyphs: [cairo_glyph_t]
    var metrics: TextMetrics
}
