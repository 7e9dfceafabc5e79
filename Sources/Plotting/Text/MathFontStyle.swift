/// The font a glyph of a label is set in, as matplotlib's mathtext resolves its font classes.
///
/// Mathtext's default math font ('normal' with the 'dejavusans' font set) puts letters
/// (Latin and lower-case Greek) in DejaVu Sans Oblique and everything else (digits,
/// operators, capital Greek) in DejaVu Sans upright; text outside `$...$` keeps the
/// label's own face. The parser resolves every glyph to one of these styles, and the
/// layout turns a style into a concrete `Font.Face`.
public enum MathFontStyle: Sendable, Hashable {
    /// The label's own face: text outside `$...$`, `\mathdefault{}`, `\mathregular{}`.
    case text
    /// DejaVu Sans upright: `\mathrm{}`, digits and symbols in the default math font.
    case upright
    /// DejaVu Sans Oblique: variables, `\mathit{}`.
    case italic
    /// DejaVu Sans Bold: `\mathbf{}`.
    case bold
    /// DejaVu Sans Bold Oblique: `\mathbfit{}`.
    case boldItalic

    /// The face to draw with, given the face of the label the glyph belongs to.
    public func face(labelFace: Font.Face) -> Font.Face {
        switch self {
        case .text: labelFace
        case .upright: .regular
        case .italic: .oblique
        case .bold: .bold
        case .boldItalic: .boldOblique
        }
    }

    /// Whether mathtext treats glyphs in this style as slanted, which moves superscripts
    /// right (matplotlib: only the 'it' font class is slanted).
    public var isSlanted: Bool { self == .italic }
}
