/// A bitmap made by the figure model (decision regions, density aggregation,
/// colour-bar gradients) for a canvas to place into a rectangle.
///
/// Pixels are premultiplied ARGB in one `UInt32` each (`0xAARRGGBB`), row after row,
/// top row first: the layout cairo uses, so the backend copies without converting.
public struct RasterImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt32]

    public init(width: Int, height: Int, pixels: [UInt32]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height,
                     "image of \(width)x\(height) needs \(width * height) pixels, not \(pixels.count)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    public init(width: Int, height: Int, fill: Color = .clear) {
        self.init(width: width, height: height,
                  pixels: [UInt32](repeating: RasterImage.pack(fill), count: width * height))
    }

    /// Packs a straight-alpha colour as a premultiplied ARGB pixel.
    @inlinable
    public static func pack(_ c: Color) -> UInt32 {
        let a = max(0, min(1, c.alpha))
        func ch(_ v: Double) -> UInt32 { UInt32((max(0, min(1, v)) * a * 255).rounded()) }
        return (UInt32((a * 255).rounded()) << 24) | (ch(c.red) << 16) | (ch(c.green) << 8) | ch(c.blue)
    }

    /// How an image is resampled when its pixels do not meet the device pixels one to one.
    public enum Interpolation: Sendable, Hashable {
        /// Hard pixel edges: categorical images and aggregated points.
        case nearest
        /// Bilinear smoothing: continuous images.
        case smooth
    }
}
