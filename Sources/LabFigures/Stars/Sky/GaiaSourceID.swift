/// Gaia DR2 source identifiers, built the way Gaia builds them.
///
/// A Gaia source id is `HEALPix level-12 nested pixel × 2³⁵ + processing
/// centre × 2³² + running number` (Gaia DR2 documentation, §14.1.1
/// `source_id`). The lab's first five ids all decode like this: their pixels
/// are exactly those of their APOGEE positions, their processing-centre bits
/// are 1, and their running numbers are below 2²². Mock ids are made the same
/// way, so they sort, decode and spread over 6 × 10¹⁶ … 6.9 × 10¹⁸ like real ones.
public enum GaiaSourceID {
    /// The HEALPix order Gaia encodes in its ids.
    public static let healpixOrder = 12
    /// Number of level-12 pixels on the sphere (12 × 4¹²); pixel indices are below this.
    public static let pixelCount: Int64 = 12 << 24
    /// Bit position of the HEALPix pixel in the id.
    static let pixelShift: Int64 = 35
    /// Bit position of the data-processing-centre field.
    static let processingShift: Int64 = 32
    /// Exclusive bound of the running numbers drawn for mock stars (2²²).
    public static let runningNumberLimit: Int64 = 1 << 22

    /// The id of a source in `pixel` with the given running number (processing centre 1, as in the lab's ids).
    ///
    /// - Precondition: `0 <= pixel < pixelCount` and `0 <= runningNumber < 2³²`.
    public static func make(pixel: Int64, runningNumber: Int64) -> Int64 {
        precondition(pixel >= 0 && pixel < pixelCount, "HEALPix level-12 pixel \(pixel) is outside 0..<\(pixelCount)")
        precondition(runningNumber >= 0 && runningNumber < (1 << 32), "running number \(runningNumber) needs 32 bits")
        return (pixel << pixelShift) | (1 << processingShift) | runningNumber
    }

    /// The level-12 HEALPix pixel encoded in a source id.
    public static func pixel(of sourceID: Int64) -> Int64 {
        sourceID >> pixelShift
    }
}
