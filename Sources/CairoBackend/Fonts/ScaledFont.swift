import CCairo

/// A cairo scaled font (a face at one size on one device), owned and destroyed with this object.
final class ScaledFont {
    let raw: OpaquePointer
    /// Kept alive because cairo's scaled font refers to it.
    let face: FontFace

    /// A face at `size` user units with an identity device transform.
    init(face: FontFace, size: Double, options: FontOptions) throws(CairoError) {
        var fontMatrix = cairo_matrix_t()
        var ctm = cairo_matrix_t()
        cairo_matrix_init_scale(&fontMatrix, size, size)
        cairo_matrix_init_identity(&ctm)
        guard let raw = cairo_scaled_font_create(face.raw, &fontMatrix, &ctm, options.raw) else {
            throw CairoError.cairo(stage: .loadingFont, status: "cairo returned no scaled font for \(face.path)")
        }
        let status = cairo_scaled_font_status(raw)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_scaled_font_destroy(raw)
            throw CairoError.cairo(stage: .loadingFont, status: CairoError.describe(status))
        }
        self.raw = raw
        self.face = face
    }

    deinit {
        cairo_scaled_font_destroy(raw)
    }
}
