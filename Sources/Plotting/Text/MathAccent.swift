/// The accents mathtext puts over a body, and the combining glyph each is drawn with.
///
/// The code points are mathtext's (`_accent_map` through `tex2uni`): DejaVu Sans draws
/// them as zero-advance combining marks whose ink is offset from the origin, so the layout
/// places them by their ink box (`MathAccentGlyphs`) rather than by their advance.
public enum MathAccent: String, Sendable, Hashable, CaseIterable {
    case hat, bar, tilde, vec, dot, ddot, acute, grave, breve

    /// The combining character drawn for the accent.
    public var character: Character {
        switch self {
        case .hat: "\u{0302}"
        case .bar: "\u{0304}"
        case .tilde: "\u{0303}"
        case .vec: "\u{20D7}"
        case .dot: "\u{0307}"
        case .ddot: "\u{0308}"
        case .acute: "\u{0301}"
        case .grave: "\u{0300}"
        case .breve: "\u{0306}"
        }
    }

    /// The accent a command names (`hat` for `\hat`), nil for any other name.
    public init?(command: String) {
        self.init(rawValue: command)
    }
}
