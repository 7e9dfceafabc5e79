/// One node of a parsed label: the tree the layout turns into positioned runs.
///
/// A label such as `"$E_n$ (km$^2$)"` parses to a flat list of nodes: glyph runs
/// (text outside `$...$` is a run in the label's own face), spaces measured in ems,
/// groups, and sub/superscripts attached to a nucleus. Adjacent glyphs of one style
/// with nothing between them are merged into one run, so a run can be drawn and
/// measured as a single piece of text.
public indirect enum MathNode: Sendable, Hashable {
    /// Characters set side by side in one style.
    case glyphs(String, MathFontStyle)
    /// Horizontal space in ems of the math font at the current size (matplotlib's quad:
    /// the advance of an oblique 'm'); negative for `\!`.
    case space(em: Double)
    /// A braced group: laid out as one box, and the nucleus of a script if one follows.
    case group([MathNode])
    /// A nucleus with a subscript, a superscript or both; the scripts are set at 0.7 of
    /// the nucleus' size (at most five levels deep, as in mathtext).
    case scripts(nucleus: MathNode, sub: MathNode?, sup: MathNode?)
    /// `\frac{num}{den}` (text style: both shrunk one level) or `\dfrac` (display style:
    /// full size, further apart), centred over each other with a rule on the axis.
    case fraction(numerator: MathNode, denominator: MathNode, display: Bool)
    /// `\sqrt{body}` or `\sqrt[index]{body}`: a radical sign as tall as the body, a rule over
    /// it, and the index two levels smaller, raised over the sign's tick.
    case radical(body: MathNode, index: MathNode?)
    /// `\hat{x}`, `\vec{v}`...: an accent glyph (drawn in `style`) centred over its body.
    case accent(MathAccent, style: MathFontStyle, body: MathNode)
    /// `\overline{body}`: a rule over the body.
    case overline(MathNode)

    /// The characters of the node, scripts included, in reading order: what a screen
    /// reader or a search for the label would use.
    public var plainText: String {
        switch self {
        case .glyphs(let s, _): s
        case .space: ""
        case .group(let nodes): nodes.map(\.plainText).joined()
        case .scripts(let n, let sub, let sup):
            n.plainText + (sub.map { "_" + $0.plainText } ?? "") + (sup.map { "^" + $0.plainText } ?? "")
        case .fraction(let n, let d, _): "(" + n.plainText + ")/(" + d.plainText + ")"
        case .radical(let body, let index): (index.map { $0.plainText } ?? "") + "\u{221A}(" + body.plainText + ")"
        case .accent(let a, _, let body): body.plainText + String(a.character)
        case .overline(let body): body.plainText + "\u{0305}"
        }
    }
}
