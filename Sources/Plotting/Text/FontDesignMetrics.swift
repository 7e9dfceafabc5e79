/// Font-wide design metrics that matplotlib reads from the font file rather than from
/// glyphs: line spacing and the mathtext constants.
///
/// The figures pin DejaVu Sans, whose four faces share these numbers, so they are
/// constants here rather than something every `Canvas` must report. Values are in font
/// units (2048 to the em) and scale linearly with the size in points.
public struct FontDesignMetrics: Sendable, Hashable {
    public var unitsPerEm: Double
    /// OS/2 `sTypoAscender`: the least ascent matplotlib gives a line of text.
    public var typoAscender: Double
    /// OS/2 `sTypoDescender`, as a positive depth: the least descent of a line.
    public var typoDescender: Double
    /// OS/2 `sTypoLineGap`: split half above and half below each line of multi-line text.
    public var lineGap: Double
    /// The x-height mathtext's DejaVu Sans constants use for script shifts and kerns.
    public var xHeight: Double

    public init(unitsPerEm: Double, typoAscender: Double, typoDescender: Double, lineGap: Double, xHeight: Double) {
        self.unitsPerEm = unitsPerEm
        self.typoAscender = typoAscender
        self.typoDescender = typoDescender
        self.lineGap = lineGap
        self.xHeight = xHeight
    }

    /// DejaVu Sans (Book, Oblique, Bold and Bold Oblique have the same values).
    public static let dejaVuSans = FontDesignMetrics(
        unitsPerEm: 2048, typoAscender: 1556, typoDescender: 492, lineGap: 410, xHeight: 1120)

    /// `units` font units at `size` points, in points.
    @inlinable
    public func points(_ units: Double, size: Double) -> Double { units / unitsPerEm * size }

    /// The line pitch of multi-line text at `size`: (ascender + descender + gap) / em,
    /// 1.2002 of the size for DejaVu Sans, matplotlib's 'normal' line spacing.
    public func linePitch(size: Double) -> Double {
        points(typoAscender + typoDescender + lineGap, size: size)
    }
}
