/// How far two bitmaps differ, measured as matplotlib's `compare_images` does.
///
/// RMS is taken over every pixel and channel on the 0-255 scale: over red, green and blue
/// when both images are opaque (as matplotlib drops an all-255 alpha channel), over all four
/// channels otherwise. A size mismatch is a failure of its own.
public struct ImageComparison: Sendable {
    /// The root-mean-square channel difference, 0...255; nil when the sizes differ.
    public let rms: Double?
    /// The largest absolute difference of any channel, 0...255; nil when the sizes differ.
    public let maxDifference: Int?
    /// How many pixels differ in any channel; nil when the sizes differ.
    public let differingPixels: Int?
    public let expectedSize: (width: Int, height: Int)
    public let actualSize: (width: Int, height: Int)
    /// The differences as an opaque picture, `|expected - actual| × 10` per colour channel
    /// (clipped to 255) so that faint differences show; nil when the sizes differ.
    public let diff: Bitmap?

    public init(expected: Bitmap, actual: Bitmap) {
        expectedSize = (expected.width, expected.height)
        actualSize = (actual.width, actual.height)
        guard expected.width == actual.width, expected.height == actual.height else {
            (rms, maxDifference, differingPixels, diff) = (nil, nil, nil, nil)
            return
        }
        let channels = expected.isOpaque && actual.isOpaque ? 3 : 4
        let pixelCount = expected.width * expected.height
        var sumOfSquares = 0.0
        var largest = 0
        var differing = 0
        var diffBytes = [UInt8](repeating: 255, count: pixelCount * 4)
        expected.rgba.withUnsafeBufferPointer { e in
            actual.rgba.withUnsafeBufferPointer { a in
                for p in 0..<pixelCount {
                    var pixelDiffers = false
                    for c in 0..<4 {
                        let i = p * 4 + c
                        let d = abs(Int(e[i]) - Int(a[i]))
                        if c < 3 { diffBytes[i] = UInt8(min(255, d * 10)) }
                        guard c < channels, d != 0 else { continue }
                        pixelDiffers = true
                        sumOfSquares += Double(d * d)
                        largest = max(largest, d)
                    }
                    if pixelDiffers { differing += 1 }
                }
            }
        }
        rms = pixelCount == 0 ? 0 : (sumOfSquares / Double(pixelCount * channels)).squareRoot()
        maxDifference = largest
        differingPixels = differing
        diff = Bitmap(width: expected.width, height: expected.height, rgba: diffBytes)
    }

    /// Whether the sizes agree and the RMS is at most `tolerance`.
    public func passes(tolerance: Double) -> Bool {
        guard let rms else { return false }
        return rms <= tolerance
    }

    /// One line for a failure message: the sizes when they differ, else RMS, largest difference and count.
    public var summary: String {
        guard let rms, let maxDifference, let differingPixels else {
            return "size differs: expected \(expectedSize.width)x\(expectedSize.height) pixels, "
                + "got \(actualSize.width)x\(actualSize.height)"
        }
        let rmsText = (rms * 1000).rounded() / 1000
        return "RMS \(rmsText) on 0-255, largest channel difference \(maxDifference), "
            + "\(differingPixels) of \(expectedSize.width * expectedSize.height) pixels differ"
    }
}
