import CCairo
import Foundation
import Plotting

/// The four DejaVu Sans faces a canvas draws with, opened on first use from explicit files,
/// and the text layout shared by `measure` and `draw` so both always agree.
///
/// Layout happens at a fixed reference size on an identity device (2048 units to the em,
/// DejaVu's own design grid) and is then scaled linearly, so measured widths never depend
/// on the output's dpi or format. Pairs are kerned with the font's `kern` table, as
/// matplotlib does.
///
/// One `FontSet` per font folder is shared by every canvas in the process (`shared`): the
/// backend's only process-wide state, a cache of font files that never changes output.
/// Loading the faces once matters because cairo keeps recently used fonts (with FreeType's
/// hinting data, about 2.5 MB a render) in its own caches: faces opened afresh for every
/// page would pile up there. Access is serialised by a lock; cairo locks the FreeType
/// faces itself while it draws.
final class FontSet: @unchecked Sendable {
    /// Where DejaVu lives on Debian (packages fonts-dejavu-core and fonts-dejavu-extra).
    static let defaultDirectory = "/usr/share/fonts/truetype/dejavu"

    /// The file each face is read from, inside the font directory.
    static func fileName(_ face: Font.Face) -> String {
        switch face {
        case .regular: "DejaVuSans.ttf"
        case .oblique: "DejaVuSans-Oblique.ttf"
        case .bold: "DejaVuSans-Bold.ttf"
        case .boldOblique: "DejaVuSans-BoldOblique.ttf"
        }
    }

    /// The size text is laid out at before scaling: one unit per DejaVu font unit.
    static let referenceSize = 2048.0

    let directory: String
    private let lock = NSLock()
    /// Unhinted options for layout and vector output.
    let options: FontOptions
    /// Options for glyph outlines in raster output.
    let rasterOptions: FontOptions
    private let library: FreeTypeLibrary
    private var faces: [Font.Face: FontFace] = [:]
    private var referenceFonts: [Font.Face: ScaledFont] = [:]

    private init(directory: String) throws(CairoError) {
        self.directory = directory
        library = try FreeTypeLibrary()
        options = try FontOptions()
        rasterOptions = try FontOptions(hintStyle: CAIRO_HINT_STYLE_SLIGHT)
    }

    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var registry: [String: FontSet] = [:]

    /// The process-wide font set for a folder of DejaVu files.
    static func shared(directory: String = FontSet.defaultDirectory) throws(CairoError) -> FontSet {
        registryLock.lock()
        defer { registryLock.unlock() }
        if let set = registry[directory] { return set }
        let set = try FontSet(directory: directory)
        registry[directory] = set
        return set
    }

    /// The cairo face for `face`, opening its file the first time; a missing or damaged file
    /// is reported each time it is asked for.
    func face(_ face: Font.Face) throws(CairoError) -> FontFace {
        lock.lock()
        defer { lock.unlock() }
        return try unlockedFace(face)
    }

    private func unlockedFace(_ face: Font.Face) throws(CairoError) -> FontFace {
        if let loaded = faces[face] { return loaded }
        let loaded = try FontFace(path: directory + "/" + FontSet.fileName(face), library: library)
        faces[face] = loaded
        return loaded
    }

    private func referenceFont(_ face: Font.Face) throws(CairoError) -> ScaledFont {
        lock.lock()
        defer { lock.unlock() }
        if let font = referenceFonts[face] { return font }
        let font = try ScaledFont(face: try unlockedFace(face), size: FontSet.referenceSize, options: options)
        referenceFonts[face] = font
        return font
    }

    /// Glyphs of `text` positioned along a baseline from the origin, and their metrics, in points.
    func layout(_ text: String, _ font: Font) throws(CairoError) -> GlyphRun {
        let scaled = try referenceFont(font.face)
        var utf8 = Array(text.utf8)
        guard !utf8.isEmpty else { return GlyphRun(glyphs: [], metrics: TextMetrics(width: 0, ascent: 0, descent: 0)) }

        var glyphPointer: UnsafeMutablePointer<cairo_glyph_t>?
        var count: Int32 = 0
        let status = utf8.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, let length = Int32(exactly: buffer.count) else {
                return CAIRO_STATUS_INVALID_STRING
            }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                cairo_scaled_font_text_to_glyphs(scaled.raw, 0, 0, chars, length,
                                                 &glyphPointer, &count, nil, nil, nil)
            }
        }
        defer { if let glyphPointer { cairo_glyph_free(glyphPointer) } }
        guard status == CAIRO_STATUS_SUCCESS, let glyphPointer, count > 0 else {
            if status != CAIRO_STATUS_SUCCESS {
                throw CairoError.cairo(stage: .drawing, status: CairoError.describe(status))
            }
            return GlyphRun(glyphs: [], metrics: TextMetrics(width: 0, ascent: 0, descent: 0))
        }
        var glyphs = Array(UnsafeBufferPointer(start: glyphPointer, count: Int(count)))

        // The advance of the last glyph closes the run.
        var last = cairo_text_extents_t()
        cairo_scaled_font_glyph_extents(scaled.raw, &glyphs[glyphs.count - 1], 1, &last)
        let kerning = pairKerning(glyphs, scaled)
        for i in glyphs.indices { glyphs[i].x += kerning[i] }
        let width = glyphs[glyphs.count - 1].x + last.x_advance

        var ink = cairo_text_extents_t()
        cairo_scaled_font_glyph_extents(scaled.raw, &glyphs, count, &ink)

        let k = font.size / FontSet.referenceSize
        for i in glyphs.indices { glyphs[i].x *= k; glyphs[i].y *= k }
        let hasInk = ink.width > 0 && ink.height > 0
        let metrics = TextMetrics(
            width: width * k,
            ascent: hasInk ? max(0, -ink.y_bearing) * k : 0,
            descent: hasInk ? max(0, ink.y_bearing + ink.height) * k : 0)
        return GlyphRun(glyphs: glyphs, metrics: metrics)
    }

    /// The cumulative kerning offset of each glyph, at the reference size.
    private func pairKerning(_ glyphs: [cairo_glyph_t], _ scaled: ScaledFont) -> [Double] {
        var offsets = [Double](repeating: 0, count: glyphs.count)
        guard glyphs.count > 1, let face = cairo_ft_scaled_font_lock_face(scaled.raw) else { return offsets }
        defer { cairo_ft_scaled_font_unlock_face(scaled.raw) }
        guard face.pointee.face_flags & FT_Long(FT_FACE_FLAG_KERNING) != 0 else { return offsets }
        let unitsPerEm = Double(face.pointee.units_per_EM)
        guard unitsPerEm > 0 else { return offsets }
        var total = 0.0
        for i in 1..<glyphs.count {
            var delta = FT_Vector()
            if FT_Get_Kerning(face, FT_UInt(truncatingIfNeeded: glyphs[i - 1].index),
                              FT_UInt(truncatingIfNeeded: glyphs[i].index),
                              FT_UInt(FT_KERNING_UNSCALED.rawValue), &delta) == 0 {
                total += Double(delta.x) * FontSet.referenceSize / unitsPerEm
            }
            offsets[i] = total
        }
        return offsets
    }
}
