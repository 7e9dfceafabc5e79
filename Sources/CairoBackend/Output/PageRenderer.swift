import CCairo
import Plotting

/// Draws a `Renderable` onto a fresh cairo surface and encodes the result.
///
/// Every step checks cairo's status; every surface, context and font is owned by a Swift
/// object, so nothing leaks when a step throws.
enum PageRenderer {
    /// The fixed date written into every PDF (cairo 1.16 would stamp the current time, so
    /// two runs would differ; SOURCE_DATE_EPOCH is ignored by this cairo).
    static let pdfDate = "2000-01-01T00:00:00Z"
    static let creator = "lab-figures"

    /// Renders the page into an image surface of `pageSize × dpi / 72` pixels:
    /// RGB24 when the background is opaque, premultiplied ARGB32 otherwise.
    static func renderImage(_ page: some Renderable, fontDirectory: String = FontSet.defaultDirectory) throws(CairoError) -> CairoSurface {
        let (width, height) = try RasterBudget.pixelSize(page: page.pageSize, dpi: page.dpi)
        let fonts = try FontSet.shared(directory: fontDirectory)
        let surface = try CairoSurface(imageWidth: width, height: height, opaque: page.background.alpha >= 1)
        let context = try CairoContext(on: surface)
        cairo_scale(context.raw, page.dpi / 72, page.dpi / 72)
        try draw(page, context: context, fonts: fonts, isRaster: true)
        try surface.finish()
        return surface
    }

    /// Renders the page as a one-page PDF sized in points.
    static func renderPDF(_ page: some Renderable, title: String?, fontDirectory: String = FontSet.defaultDirectory) throws(CairoError) -> [UInt8] {
        try RasterBudget.validate(page: page.pageSize, dpi: page.dpi)
        let fonts = try FontSet.shared(directory: fontDirectory)
        let surface = try CairoSurface(pdfWidth: page.pageSize.width, height: page.pageSize.height)
        cairo_pdf_surface_set_metadata(surface.raw, CAIRO_PDF_METADATA_CREATOR, creator)
        cairo_pdf_surface_set_metadata(surface.raw, CAIRO_PDF_METADATA_CREATE_DATE, pdfDate)
        cairo_pdf_surface_set_metadata(surface.raw, CAIRO_PDF_METADATA_MOD_DATE, pdfDate)
        if let title { cairo_pdf_surface_set_metadata(surface.raw, CAIRO_PDF_METADATA_TITLE, title) }
        // Anything cairo cannot express as vectors falls back to pixels at the page's dpi.
        cairo_surface_set_fallback_resolution(surface.raw, page.dpi, page.dpi)
        let context = try CairoContext(on: surface)
        try draw(page, context: context, fonts: fonts, isRaster: false)
        try surface.finish()
        return surface.sink?.bytes ?? []
    }

    /// Renders the page as an SVG document sized in points.
    static func renderSVG(_ page: some Renderable, fontDirectory: String = FontSet.defaultDirectory) throws(CairoError) -> [UInt8] {
        try RasterBudget.validate(page: page.pageSize, dpi: page.dpi)
        let fonts = try FontSet.shared(directory: fontDirectory)
        let surface = try CairoSurface(svgWidth: page.pageSize.width, height: page.pageSize.height)
        cairo_svg_surface_set_document_unit(surface.raw, CAIRO_SVG_UNIT_PT)
        cairo_surface_set_fallback_resolution(surface.raw, page.dpi, page.dpi)
        let context = try CairoContext(on: surface)
        try draw(page, context: context, fonts: fonts, isRaster: false)
        try surface.finish()
        return SVGIdentifiers.normalize(surface.sink?.bytes ?? [])
    }

    /// Clears to the background, lets the page draw itself, then surfaces any error.
    private static func draw(_ page: some Renderable, context: CairoContext, fonts: FontSet, isRaster: Bool) throws(CairoError) {
        let cr = context.raw
        let bg = page.background
        if bg.alpha > 0 {
            cairo_save(cr)
            cairo_set_source_rgba(cr, bg.red, bg.green, bg.blue, bg.alpha)
            cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
            if isRaster {
                cairo_paint(cr)
            } else {
                // A page-sized rectangle rather than a paint: the same look, a simpler PDF.
                cairo_rectangle(cr, 0, 0, page.pageSize.width, page.pageSize.height)
                cairo_fill(cr)
            }
            cairo_restore(cr)
        }
        try context.checkStatus(.drawing)
        var canvas = CairoCanvas(context: context, fonts: fonts, dpi: page.dpi, isRaster: isRaster)
        page.render(on: &canvas)
        try canvas.finish()
    }

    /// PNG bytes of an image surface; `dpi`, when given, is recorded in a `pHYs` chunk.
    static func encodePNG(_ surface: CairoSurface, dpi: Double? = nil) throws(CairoError) -> [UInt8] {
        try PNGEncoder.encode(surface, dpi: dpi)
    }
}
