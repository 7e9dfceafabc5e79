import CCairo
import Plotting

/// One pre-rendered image of the marker at one quarter-pixel phase.
struct Stamp {
    let width: Int
    let height: Int
    /// Premultiplied ARGB, row after row.
    let pixels: [UInt32]
    /// The columns of each row that hold any ink.
    let spans: [Range<Int32>]

    init(_ shape: StampShape, phase: Int, state: CanvasState) throws(CairoError) {
        let surface = try CairoSurface(imageWidth: shape.width, height: shape.height, opaque: false)
        let context = try CairoContext(on: surface)
        let cr = context.raw
        let fx = Double(phase % MarkerStamper.phases) / Double(MarkerStamper.phases)
        let fy = Double(phase / MarkerStamper.phases) / Double(MarkerStamper.phases)
        cairo_translate(cr, Double(-shape.left) + fx, Double(-shape.top) + fy)
        cairo_scale(cr, shape.scale, shape.scale)
        PathBuilder.append(shape.path, to: cr)
        if let fill = shape.fill {
            state.setFill(fill, on: cr)
            cairo_fill_preserve(cr)
        }
        if let stroke = shape.stroke {
            state.setStroke(stroke, scale: 1, on: cr)
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
        try context.checkStatus(.drawing)
        try surface.finish()

        width = shape.width
        height = shape.height
        var pixels = [UInt32](repeating: 0, count: width * height)
        var spans: [Range<Int32>] = []
        spans.reserveCapacity(height)
        if let data = cairo_image_surface_get_data(surface.raw) {
            let stride = surface.stride
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                var first = width, last = -1
                for x in 0..<width {
                    let p = row[x]
                    pixels[y * width + x] = p
                    if p != 0 {
                        first = min(first, x)
                        last = x
                    }
                }
                spans.append(last >= first ? Int32(first)..<Int32(last + 1) : 0..<0)
            }
        }
        self.pixels = pixels
        self.spans = spans
    }
}
