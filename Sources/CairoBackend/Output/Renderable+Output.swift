import Foundation
import Plotting

extension Renderable {
    /// The page as PNG bytes: `pageSize × dpi / 72` pixels (rounded), RGB when the background
    /// is opaque and RGBA otherwise, with the dpi recorded in a `pHYs` chunk.
    public func pngData() throws(CairoError) -> [UInt8] {
        let surface = try PageRenderer.renderImage(self)
        return try PageRenderer.encodePNG(surface, dpi: dpi)
    }

    /// The page as a one-page PDF sized in points, text embedded as TrueType subsets, with a
    /// fixed creation date so that the same page always gives the same bytes (with the same
    /// cairo: its version is written into /Producer).
    public func pdfData(title: String? = nil) throws(CairoError) -> [UInt8] {
        try PageRenderer.renderPDF(self, title: title)
    }

    /// The page as an SVG document whose width and height are in points.
    public func svgData() throws(CairoError) -> [UInt8] {
        try PageRenderer.renderSVG(self)
    }

    /// The page's pixels, exactly what `pngData()` encodes, without a PNG round trip.
    public func rasterize() throws(CairoError) -> Bitmap {
        Bitmap(surface: try PageRenderer.renderImage(self))
    }

    /// The page encoded in `format`.
    public func data(format: OutputFormat) throws(CairoError) -> [UInt8] {
        switch format {
        case .png: try pngData()
        case .pdf: try pdfData()
        case .svg: try svgData()
        }
    }

    /// Renders the page and writes it to `url` atomically: the bytes go to a temporary file
    /// in the same folder, which replaces `url` only once complete. On any error nothing
    /// partial is left behind and an earlier file at `url` stays as it was. The folder is
    /// created if needed. A PDF's title is the file name without its extension.
    public func write(to url: URL, format: OutputFormat) throws(CairoError) {
        let bytes: [UInt8]
        switch format {
        case .pdf: bytes = try pdfData(title: url.deletingPathExtension().lastPathComponent)
        default: bytes = try data(format: format)
        }
        try AtomicFile.write(bytes, to: url)
    }
}
