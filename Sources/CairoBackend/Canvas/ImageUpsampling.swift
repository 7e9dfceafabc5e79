import Plotting

/// Enlarges images by repeating pixels, for nearest-neighbour images in vector output.
enum ImageUpsampling {
    /// The image with each pixel repeated `kx` times across and `ky` times down, the largest
    /// whole factors that do not exceed `size` (device pixels) and keep the result within
    /// `maxPixels`; the image itself when no factor above 1 fits.
    static func repeatPixels(_ image: RasterImage, toCover size: Size, maxPixels: Int) -> RasterImage {
        guard image.width > 0, image.height > 0, size.width.isFinite, size.height.isFinite else { return image }
        var kx = Int(min(256, max(1, (size.width / Double(image.width)).rounded(.down))))
        var ky = Int(min(256, max(1, (size.height / Double(image.height)).rounded(.down))))
        while (kx > 1 || ky > 1), image.width * kx * image.height * ky > maxPixels {
            if kx >= ky { kx -= 1 } else { ky -= 1 }
        }
        guard kx > 1 || ky > 1 else { return image }
        let width = image.width * kx, height = image.height * ky
        var pixels = [UInt32](repeating: 0, count: width * height)
        pixels.withUnsafeMutableBufferPointer { out in
            image.pixels.withUnsafeBufferPointer { src in
                for y in 0..<image.height {
                    let firstRow = y * ky * width
                    for x in 0..<image.width {
                        let p = src[y * image.width + x]
                        for i in 0..<kx { out[firstRow + x * kx + i] = p }
                    }
                    for r in 1..<max(1, ky) {
                        for i in 0..<width { out[firstRow + r * width + i] = out[firstRow + i] }
                    }
                }
            }
        }
        return RasterImage(width: width, height: height, pixels: pixels)
    }
}
