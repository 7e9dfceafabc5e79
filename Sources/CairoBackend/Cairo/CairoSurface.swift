import CCairo
import Plotting

/// Owns one cairo surface (an image in memory, or a PDF or SVG document streamed into memory)
/// and destroys it when released, on every path.
final class CairoSurface {
    /// The kinds of surface the backend draws on.
    enum Kind {
        case image
        case pdf
        case svg
        /// A recording of drawing calls, replayed where it is used as a source.
        case recording
    }

    let raw: OpaquePointer
    let kind: Kind
    /// Where a PDF or SVG surface streams its bytes; it must outlive `raw`, which writes on finish.
    let sink: ByteSink?

    private init(raw: OpaquePointer, kind: Kind, sink: ByteSink?) throws(CairoError) {
        self.raw = raw
        self.kind = kind
        self.sink = sink
        // From here `deinit` runs even if the status check throws, so the surface is destroyed.
        try CairoError.check(cairo_surface_status(raw), .creatingSurface)
    }

    /// An image surface; `opaque` picks RGB24 (no alpha channel), otherwise premultiplied ARGB32.
    /// The caller checks the size against the pixel budget first.
    convenience init(imageWidth width: Int, height: Int, opaque: Bool) throws(CairoError) {
        guard let w = Int32(exactly: width), let h = Int32(exactly: height) else {
            throw CairoError.pixelBudgetExceeded(width: width, height: height,
                                                 budget: RasterBudget.maxPixels, maxSide: RasterBudget.maxSide)
        }
        guard let raw = cairo_image_surface_create(opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32, w, h) else {
            throw CairoError.cairo(stage: .creatingSurface, status: "cairo returned no surface")
        }
        try self.init(raw: raw, kind: .image, sink: nil)
    }

    /// A one-page PDF of the given size in points, streamed into memory.
    convenience init(pdfWidth width: Double, height: Double) throws(CairoError) {
        let sink = ByteSink()
        guard let raw = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height) else {
            throw CairoError.cairo(stage: .creatingSurface, status: "cairo returned no surface")
        }
        try self.init(raw: raw, kind: .pdf, sink: sink)
    }

    /// An SVG document of the given size in points, streamed into memory.
    convenience init(svgWidth width: Double, height: Double) throws(CairoError) {
        let sink = ByteSink()
        guard let raw = cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, width, height) else {
            throw CairoError.cairo(stage: .creatingSurface, status: "cairo returned no surface")
        }
        try self.init(raw: raw, kind: .svg, sink: sink)
    }

    /// A recording surface bounded by `extents` (points, in its own coordinates): drawing on it
    /// is kept as vector calls, which a PDF or SVG writes once and refers to wherever it is painted.
    convenience init(recordingExtents extents: Rect) throws(CairoError) {
        var rect = cairo_rectangle_t(x: extents.minX, y: extents.minY, width: extents.width, height: extents.height)
        guard let raw = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &rect) else {
            throw CairoError.cairo(stage: .creatingSurface, status: "cairo returned no surface")
        }
        try self.init(raw: raw, kind: .recording, sink: nil)
    }

    /// Wraps an image surface cairo made (for example from a PNG); takes over its reference.
    convenience init(adoptingImage raw: OpaquePointer, stage: CairoError.Stage) throws(CairoError) {
        do {
            try self.init(raw: raw, kind: .image, sink: nil)
        } catch {
            // The status names the failure; re-label it with the caller's stage.
            if case let .cairo(_, status) = error { throw CairoError.cairo(stage: stage, status: status) }
            throw error
        }
    }

    deinit {
        cairo_surface_destroy(raw)
    }

    /// The surface's sticky error state, thrown as a `CairoError` for `stage`.
    func checkStatus(_ stage: CairoError.Stage) throws(CairoError) {
        try CairoError.check(cairo_surface_status(raw), stage)
    }

    /// Completes a PDF or SVG document (cairo writes the trailer now) or flushes pending image drawing.
    func finish() throws(CairoError) {
        cairo_surface_flush(raw)
        if kind != .image { cairo_surface_finish(raw) }
        try checkStatus(.finishing)
    }

    var width: Int { Int(cairo_image_surface_get_width(raw)) }
    var height: Int { Int(cairo_image_surface_get_height(raw)) }
    var stride: Int { Int(cairo_image_surface_get_stride(raw)) }
    var isOpaqueImage: Bool { cairo_image_surface_get_format(raw) == CAIRO_FORMAT_RGB24 }
}

extension CairoSurface {
    /// Copies premultiplied ARGB pixels into this ARGB32 image surface, row by row (cairo's
    /// rows may be padded), and tells cairo the pixels changed.
    func copyPixels(from image: RasterImage) {
        cairo_surface_flush(raw)
        guard let data = cairo_image_surface_get_data(raw), image.width == width, image.height == height else { return }
        let rowBytes = stride
        image.pixels.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            for y in 0..<image.height {
                (data + y * rowBytes).withMemoryRebound(to: UInt32.self, capacity: image.width) { row in
                    row.update(from: base + y * image.width, count: image.width)
                }
            }
        }
        cairo_surface_mark_dirty(raw)
    }
}
