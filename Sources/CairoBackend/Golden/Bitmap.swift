import CCairo

/// A decoded raster: 8-bit RGBA with straight (not premultiplied) alpha, top row first.
///
/// What golden-image tests compare: decoded pixels, never file bytes, since equal pictures
/// can be encoded differently.
public struct Bitmap: Sendable, Equatable, CustomStringConvertible {
    public let width: Int
    public let height: Int
    /// `width × height × 4` bytes: red, green, blue, alpha for each pixel, row after row.
    public let rgba: [UInt8]

    public init(width: Int, height: Int, rgba: [UInt8]) {
        precondition(width >= 0 && height >= 0 && rgba.count == width * height * 4,
                     "a \(width)x\(height) bitmap needs \(width * height * 4) bytes, not \(rgba.count)")
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// Decodes PNG bytes with cairo's own reader (libpng), after checking the header
    /// against the pixel budget so a hostile file cannot make it allocate gigabytes.
    public init(png: [UInt8]) throws(CairoError) {
        let (w, h) = try PNGFile.dimensions(png)
        guard w > 0, h > 0, w <= RasterBudget.maxSide, h <= RasterBudget.maxSide, w * h <= RasterBudget.maxPixels else {
            throw CairoError.pixelBudgetExceeded(width: w, height: h, budget: RasterBudget.maxPixels, maxSide: RasterBudget.maxSide)
        }
        let source = ByteSource(png)
        let raw = cairo_image_surface_create_from_png_stream(ByteSource.read, source.closure)
        withExtendedLifetime(source) {}
        guard let raw else { throw CairoError.notAPNG(reason: "cairo returned no surface") }
        let surface: CairoSurface
        do {
            surface = try CairoSurface(adoptingImage: raw, stage: .decodingPNG)
        } catch {
            if case let .cairo(_, status) = error { throw CairoError.notAPNG(reason: status) }
            throw error
        }
        self.init(surface: surface)
    }

    /// Reads an image surface's pixels, un-premultiplying ARGB32 as cairo's PNG writer does.
    init(surface: CairoSurface) {
        cairo_surface_flush(surface.raw)
        let w = surface.width, h = surface.height, stride = surface.stride
        let format = cairo_image_surface_get_format(surface.raw)
        var out = [UInt8](repeating: 0, count: w * h * 4)
        if let data = cairo_image_surface_get_data(surface.raw), format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32 {
            let opaque = format == CAIRO_FORMAT_RGB24
            out.withUnsafeMutableBufferPointer { dst in
                for y in 0..<h {
                    let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                    for x in 0..<w {
                        let p = row[x]
                        let a = opaque ? 255 : (p >> 24)
                        var r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff
                        if a == 0 {
                            (r, g, b) = (0, 0, 0)
                        } else if a < 255 {
                            r = (r * 255 + a / 2) / a
                            g = (g * 255 + a / 2) / a
                            b = (b * 255 + a / 2) / a
                        }
                        let i = (y * w + x) * 4
                        dst[i] = UInt8(min(255, r)); dst[i + 1] = UInt8(min(255, g))
                        dst[i + 2] = UInt8(min(255, b)); dst[i + 3] = UInt8(a)
                    }
                }
            }
        }
        self.init(width: w, height: h, rgba: out)
    }

    /// The size, not the bytes: failure messages stay readable.
    public var description: String { "\(width)x\(height) \(isOpaque ? "opaque" : "translucent") bitmap" }

    /// True when every pixel's alpha is 255.
    public var isOpaque: Bool {
        var i = 3
        while i < rgba.count {
            if rgba[i] != 255 { return false }
            i += 4
        }
        return true
    }

    /// The pixel at column `x`, row `y` as (red, green, blue, alpha).
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8) {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel (\(x), \(y)) is outside \(width)x\(height)")
        let i = (y * width + x) * 4
        return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3])
    }

    /// PNG bytes of this bitmap: RGB when it is opaque, RGBA otherwise.
    public func pngData() throws(CairoError) -> [UInt8] {
        let opaque = isOpaque
        let surface = try CairoSurface(imageWidth: width, height: height, opaque: opaque)
        cairo_surface_flush(surface.raw)
        if let data = cairo_image_surface_get_data(surface.raw) {
            let stride = surface.stride
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let i = (y * width + x) * 4
                    let a = UInt32(rgba[i + 3])
                    // cairo's PNG reader premultiplies with this rounding, so a round trip is stable.
                    func pre(_ c: UInt8) -> UInt32 {
                        if opaque { return UInt32(c) }
                        let t = UInt32(c) * a + 0x80
                        return (t + (t >> 8)) >> 8
                    }
                    row[x] = a << 24 | pre(rgba[i]) << 16 | pre(rgba[i + 1]) << 8 | pre(rgba[i + 2])
                }
            }
        }
        cairo_surface_mark_dirty(surface.raw)
        return try PageRenderer.encodePNG(surface)
    }
}
