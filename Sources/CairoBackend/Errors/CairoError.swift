import Foundation

/// Everything that can go wrong while turning a page into PNG, PDF or SVG bytes,
/// writing them, or reading a PNG back; each message says what failed, where, and what to do.
public enum CairoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The step during which cairo reported a failure.
    public enum Stage: String, Sendable, Equatable {
        case creatingSurface = "creating the drawing surface"
        case creatingContext = "creating the drawing context"
        case loadingFont = "loading a font"
        case drawing = "drawing"
        case finishing = "finishing the page"
        case encodingPNG = "encoding the PNG"
        case decodingPNG = "decoding the PNG"
    }

    /// A cairo call failed; `status` is cairo's own description of the failure.
    case cairo(stage: Stage, status: String)
    /// A DejaVu font file the canvas needs is not installed.
    case fontMissing(path: String)
    /// FreeType could not open a font file that exists.
    case fontUnreadable(path: String, freeTypeError: Int)
    /// The resolution is zero, negative, or not a finite number.
    case invalidResolution(dpi: Double)
    /// The page width or height is zero, negative, or not a finite number.
    case invalidPageSize(width: Double, height: Double)
    /// The raster would need more pixels than the budget allows (or a side longer than cairo supports).
    case pixelBudgetExceeded(width: Int, height: Int, budget: Int, maxSide: Int)
    /// `popClip()` was called without a matching `pushClip(_:)`.
    case unbalancedClip
    /// A font size is zero, negative, not finite, or absurdly large.
    case invalidFontSize(Double)
    /// A stroke's dash pattern has a negative or non-finite length, or only zeros.
    case invalidDash(pattern: [Double], offset: Double)
    /// The folder that should hold an output file cannot be created or is not a folder.
    case outputFolderUnusable(path: String, reason: String)
    /// Writing or renaming the output file failed; any earlier file at `path` is left untouched.
    case writeFailed(path: String, reason: String)
    /// Bytes that should be a PNG are not one cairo can read.
    case notAPNG(reason: String)

    public var description: String {
        switch self {
        case let .cairo(stage, status):
            return "cairo failed while \(stage.rawValue): \(status)"
        case let .fontMissing(path):
            return "font file \(path) is missing; install the DejaVu fonts with Scripts/setup.sh "
                + "(Debian packages fonts-dejavu-core and fonts-dejavu-extra)"
        case let .fontUnreadable(path, code):
            return "FreeType cannot open font file \(path) (FreeType error \(code)); "
                + "the file may be damaged: reinstall it with Scripts/setup.sh"
        case let .invalidResolution(dpi):
            return "resolution \(dpi) dpi is not usable; expected a finite number of dots per inch above 0 (figures use 100)"
        case let .invalidPageSize(w, h):
            return "page size \(w) x \(h) pt is not usable; expected a finite width and height above 0 "
                + "and at most \(Int(RasterBudget.maxPageSide)) pt (200 in, the PDF page limit)"
        case let .pixelBudgetExceeded(w, h, budget, maxSide):
            return "a \(w) x \(h) pixel raster is too large; expected at most \(budget) pixels in all "
                + "and at most \(maxSide) on a side: lower the dpi or the page size"
        case .unbalancedClip:
            return "popClip() was called without a matching pushClip(_:); each clip must be pushed before it is popped"
        case let .invalidFontSize(size):
            return "font size \(size) pt is not usable; expected a finite size above 0 and at most "
                + "\(Int(CanvasState.maxFontSize)) pt (figures use 10 for labels, 12 for titles)"
        case let .invalidDash(pattern, offset):
            return "dash pattern \(pattern) with offset \(offset) is not usable; expected finite lengths "
                + "of at least 0 points, not all 0 (for example [3.7, 1.6] for matplotlib's dashed line)"
        case let .outputFolderUnusable(path, reason):
            return "cannot use output folder \(path): \(reason)"
        case let .writeFailed(path, reason):
            return "cannot write \(path): \(reason); any earlier file there is unchanged"
        case let .notAPNG(reason):
            return "the bytes are not a readable PNG: \(reason)"
        }
    }
}
