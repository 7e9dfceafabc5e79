import Plotting

/// The limits checked before any surface is allocated, so that a mistyped dpi or page size
/// fails at once with a message instead of exhausting memory.
public enum RasterBudget {
    /// At most 100 megapixels (400 MB as ARGB32): a 10 x 10 inch page at 1000 dpi fits; any
    /// figure the project draws (at most 16 x 16 in at 600 dpi, 92 MP) fits too.
    public static let maxPixels = 100_000_000
    /// Cairo's own limit on an image surface's side.
    public static let maxSide = 32_767
    /// The largest page side in points: 200 inches, the PDF 1.x limit viewers enforce.
    public static let maxPageSide = 14_400.0

    /// Checks the page size (points) and resolution that every output format needs.
    static func validate(page: Size, dpi: Double) throws(CairoError) {
        guard dpi.isFinite, dpi > 0 else { throw CairoError.invalidResolution(dpi: dpi) }
        guard page.width.isFinite, page.height.isFinite, page.width > 0, page.height > 0,
              page.width <= maxPageSide, page.height <= maxPageSide else {
            throw CairoError.invalidPageSize(width: page.width, height: page.height)
        }
    }

    /// The raster size in whole pixels, `page × dpi / 72` rounded (at least 1), once it is
    /// known to be within budget.
    static func pixelSize(page: Size, dpi: Double) throws(CairoError) -> (width: Int, height: Int) {
        try validate(page: page, dpi: dpi)
        let w = max(1, (page.width * dpi / 72).rounded())
        let h = max(1, (page.height * dpi / 72).rounded())
        // Compare as Double first, so a huge request cannot overflow an Int conversion.
        guard w <= Double(maxSide), h <= Double(maxSide), w * h <= Double(maxPixels) else {
            let wi = w < 1e18 ? Int(w) : Int.max, hi = h < 1e18 ? Int(h) : Int.max
            throw CairoError.pixelBudgetExceeded(width: wi, height: hi, budget: maxPixels, maxSide: maxSide)
        }
        return (Int(w), Int(h))
    }
}
