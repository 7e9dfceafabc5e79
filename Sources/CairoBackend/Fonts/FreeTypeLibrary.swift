import CCairo

/// Owns a FreeType library instance. Every face opened from it keeps a Swift reference to
/// it, so the library lives until the last cairo font face is gone, even when cairo keeps a
/// face in its cache after the canvas is released.
final class FreeTypeLibrary {
    let raw: FT_Library

    init() throws(CairoError) {
        var library: FT_Library?
        let error = FT_Init_FreeType(&library)
        guard error == 0, let library else {
            throw CairoError.cairo(stage: .loadingFont, status: "FreeType failed to start (error \(error))")
        }
        raw = library
    }

    deinit {
        FT_Done_FreeType(raw)
    }
}
