import CCairo
import Foundation
import Plotting

/// A `Canvas` that draws through cairo onto a PNG raster, a PDF page or an SVG document.
///
/// Made by the `Renderable` output functions (`pngData()`, `pdfData()`, `svgData()`,
/// `write(to:format:)`), which size the surface, hand the canvas to `render(on:)`, and then
/// throw the first problem met while drawing: the `Canvas` methods cannot throw, so the
/// canvas remembers the first error (a missing font, an unbalanced clip, a cairo failure)
/// and drawing continues harmlessly until the page is finished.
public struct CairoCanvas: Canvas {
    let state: CanvasState

    init(context: CairoContext, fonts: FontSet, dpi: Double, isRaster: Bool) {
        state = CanvasState(context: context, fonts: fonts, dpi: dpi, isRaster: isRaster)
    }

    public var rasterScale: Double { state.dpi / 72 }

    public mutating func fill(_ path: Path, _ style: FillStyle) {
        guard !path.isEmpty else { return }
        let cr = state.cr
        cairo_new_path(cr)
        PathBuilder.append(path, to: cr)
        state.setFill(style)
        cairo_fill(cr)
    }

    public mutating func stroke(_ path: Path, _ style: StrokeStyle) {
        guard !path.isEmpty, state.strokeIsVisible(style) else { return }
        let cr = state.cr
        cairo_new_path(cr)
        if style.snap && state.isRaster && PathBuilder.isRectilinear(path, scale: state.scale) {
            // Snap in device pixels: draw with the identity matrix and device-sized widths.
            let scale = state.scale
            let deviceWidth = style.width * scale
            let odd = deviceWidth.rounded().truncatingRemainder(dividingBy: 2) == 1
            cairo_save(cr)
            cairo_identity_matrix(cr)
            PathBuilder.appendSnapped(path, scale: scale, offset: odd ? 0.5 : 0, to: cr)
            state.setStroke(style, scale: scale)
            cairo_stroke(cr)
            cairo_restore(cr)
        } else {
            PathBuilder.append(path, to: cr)
            state.setStroke(style, scale: 1)
            cairo_stroke(cr)
        }
    }

    public func measure(_ text: String, _ font: Font) -> TextMetrics {
        state.layout(text, font)?.metrics ?? TextMetrics(width: 0, ascent: 0, descent: 0)
    }

    public mutating func draw(_ text: String, at origin: Point, _ style: TextStyle) {
        state.drawText(text, at: origin, style)
    }

    public mutating func draw(_ image: RasterImage, in rect: Rect, interpolation: RasterImage.Interpolation) {
        state.drawImage(image, in: rect, interpolation: interpolation)
    }

    public mutating func pushClip(_ path: Path) {
        let cr = state.cr
        cairo_save(cr)
        cairo_new_path(cr)
        PathBuilder.append(path, to: cr)
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        cairo_clip(cr)
        state.clipDepth += 1
    }

    public mutating func popClip() {
        guard state.clipDepth > 0 else {
            state.record(.unbalancedClip)
            return
        }
        cairo_restore(state.cr)
        state.clipDepth -= 1
    }

    public mutating func drawMarkers(_ marker: Path, at positions: [Point], fill: FillStyle?, stroke: StrokeStyle?) {
        state.drawMarkers(marker, at: positions, fill: fill, stroke: stroke)
    }

    public mutating func drawMarkers(_ marker: Path, at positions: [Point], paints: [MarkerPaint], paintIndices: [Int]) {
        state.drawMarkers(marker, at: positions, paints: paints, paintIndices: paintIndices)
    }

    /// Closes clips left open, then throws the first error met while drawing.
    func finish() throws(CairoError) {
        try state.finish()
    }
}
