import CCairo
import Foundation
import Plotting

/// One DejaVu Sans face opened by FreeType from an explicit file and wrapped as a cairo font face.
///
/// Cairo may keep a font face alive in its caches after this object is released, so the
/// FreeType face (and a reference to its library) is released by cairo itself, through a
/// destroy callback attached to the cairo face, when cairo drops its last reference; the
/// library is released after its last face.
final class FontFace {
    let raw: OpaquePointer
    let path: String

    init(path: String, library: FreeTypeLibrary) throws(CairoError) {
        guard FileManager.default.fileExists(atPath: path) else { throw CairoError.fontMissing(path: path) }
        var face: FT_Face?
        let error = FT_New_Face(library.raw, path, 0, &face)
        guard error == 0, let face else { throw CairoError.fontUnreadable(path: path, freeTypeError: Int(error)) }
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, 0) else {
            FT_Done_Face(face)
            throw CairoError.cairo(stage: .loadingFont, status: "cairo returned no font face for \(path)")
        }
        let created = cairo_font_face_status(cairoFace)
        guard created == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(cairoFace)
            FT_Done_Face(face)
            throw CairoError.cairo(stage: .loadingFont, status: CairoError.describe(created))
        }
        // Hand the FreeType face, and a reference keeping its library alive, to cairo's destroy callback.
        let owner = Unmanaged.passRetained(FreeTypeFaceOwner(face: face, library: library)).toOpaque()
        let status = cairo_font_face_set_user_data(cairoFace, &FontFace.ownerKey, owner, FontFace.releaseOwner)
        if status != CAIRO_STATUS_SUCCESS {
            // Cairo did not take the owner: release it ourselves, then the cairo face.
            Unmanaged<FreeTypeFaceOwner>.fromOpaque(owner).release()
            cairo_font_face_destroy(cairoFace)
            throw CairoError.cairo(stage: .loadingFont, status: CairoError.describe(status))
        }
        raw = cairoFace
        self.path = path
    }

    deinit {
        cairo_font_face_destroy(raw)
    }

    /// The address cairo uses to find the owner among a face's user data.
    nonisolated(unsafe) private static var ownerKey = cairo_user_data_key_t()

    /// Called by cairo when the font face is finally destroyed.
    private static let releaseOwner: cairo_destroy_func_t = { pointer in
        guard let pointer else { return }
        Unmanaged<FreeTypeFaceOwner>.fromOpaque(pointer).release()
    }
}

/// Releases a FreeType face once cairo no longer needs it; holds its library until then.
private final class FreeTypeFaceOwner {
    let face: FT_Face
    let library: FreeTypeLibrary

    init(face: FT_Face, library: FreeTypeLibrary) {
        self.face = face
        self.library = library
    }

    deinit {
        FT_Done_Face(face)
    }
}
