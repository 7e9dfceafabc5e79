/// The named symbols of the mathtext subset and how mathtext spaces them.
///
/// Code points follow matplotlib's `tex2uni` table (so `\phi` is U+03D5 and `\epsilon`
/// U+03B5, as matplotlib draws them), except `\perp`: DejaVu Sans lacks U+27C2, which
/// matplotlib borrows from STIX, so it is drawn as the identical-looking U+22A5. Every
/// other symbol here is in all four DejaVu Sans faces. The classes follow mathtext's
/// parser: binary operators and relations get 0.2 em on both sides, punctuation 0.2 em after.
enum MathSymbols {
    /// How a symbol is spaced from its neighbours.
    enum Spacing: Sendable {
        case ordinary
        /// `+ - × ± ·`...: spaced unless unary (first in the expression, or after `{`, `(`, `[`, `<` or a relation).
        case binary
        /// `= < > : ≤ ≥ ∼`... and arrows: always spaced.
        case relation
        /// `, ; . !`: 0.2 em after, except a decimal point between digits and `{,}`.
        case punctuation
    }

    /// A named symbol: its character and spacing class.
    struct Entry: Sendable {
        let character: Character
        let spacing: Spacing
    }

    /// Greek letters, operators, relations, arrows and miscellaneous symbols by TeX name.
    static let named: [String: Entry] = {
        var t: [String: Entry] = [:]
        func add(_ spacing: Spacing, _ pairs: [(String, UInt32)]) {
            for (name, code) in pairs {
                if let scalar = Unicode.Scalar(code) { t[name] = Entry(character: Character(scalar), spacing: spacing) }
            }
        }
        add(.ordinary, [
            ("alpha", 0x3B1), ("beta", 0x3B2), ("gamma", 0x3B3), ("delta", 0x3B4), ("epsilon", 0x3B5),
            ("varepsilon", 0x3B5), ("zeta", 0x3B6), ("eta", 0x3B7), ("theta", 0x3B8), ("vartheta", 0x3D1),
            ("iota", 0x3B9), ("kappa", 0x3BA), ("lambda", 0x3BB), ("mu", 0x3BC), ("nu", 0x3BD), ("xi", 0x3BE),
            ("pi", 0x3C0), ("varpi", 0x3D6), ("rho", 0x3C1), ("varrho", 0x3F1), ("sigma", 0x3C3),
            ("varsigma", 0x3C2), ("tau", 0x3C4), ("upsilon", 0x3C5), ("phi", 0x3D5), ("varphi", 0x3C6),
            ("chi", 0x3C7), ("psi", 0x3C8), ("omega", 0x3C9), ("digamma", 0x3DD),
            ("Gamma", 0x393), ("Delta", 0x394), ("Theta", 0x398), ("Lambda", 0x39B), ("Xi", 0x39E),
            ("Pi", 0x3A0), ("Sigma", 0x3A3), ("Upsilon", 0x3A5), ("Phi", 0x3A6), ("Psi", 0x3A8),
            ("Omega", 0x3A9),
            ("infty", 0x221E), ("partial", 0x2202), ("nabla", 0x2207), ("forall", 0x2200), ("exists", 0x2203),
            ("emptyset", 0x2205), ("varnothing", 0x2205), ("ell", 0x2113), ("hbar", 0x127), ("prime", 0x2032),
            ("degree", 0xB0), ("angle", 0x2220), ("cdots", 0x22EF), ("ldots", 0x2026), ("vdots", 0x22EE),
            ("ddots", 0x22F1), ("sum", 0x2211), ("prod", 0x220F), ("int", 0x222B), ("oint", 0x222E),
            ("langle", 0x27E8), ("rangle", 0x27E9), ("lfloor", 0x230A), ("rfloor", 0x230B), ("lceil", 0x2308),
            ("rceil", 0x2309), ("lbrace", 0x7B), ("rbrace", 0x7D), ("backslash", 0x5C), ("AA", 0xC5),
            ("S", 0xA7), ("P", 0xB6), ("aleph", 0x2135), ("Re", 0x211C), ("Im", 0x2111), ("wp", 0x2118),
            ("neg", 0xAC), ("vert", 0x7C), ("Vert", 0x2016), ("colon", 0x3A), ("lbrack", 0x5B), ("rbrack", 0x5D),
        ])
        add(.binary, [
            ("times", 0xD7), ("pm", 0xB1), ("mp", 0x2213), ("cdot", 0x22C5), ("div", 0xF7), ("ast", 0x2217),
            ("star", 0x22C6), ("circ", 0x2218), ("bullet", 0x2219), ("odot", 0x2299), ("oplus", 0x2295),
            ("otimes", 0x2297), ("ominus", 0x2296), ("oslash", 0x2298), ("cap", 0x2229), ("cup", 0x222A),
            ("wedge", 0x2227), ("vee", 0x2228), ("setminus", 0x2216), ("dagger", 0x2020), ("ddagger", 0x2021),
            ("dag", 0x2020),
        ])
        add(.relation, [
            ("leq", 0x2264), ("geq", 0x2265), ("neq", 0x2260), ("ne", 0x2260), ("approx", 0x2248), ("sim", 0x223C),
            ("simeq", 0x2243), ("equiv", 0x2261), ("propto", 0x221D), ("ll", 0x226A), ("gg", 0x226B),
            ("subset", 0x2282), ("supset", 0x2283), ("subseteq", 0x2286), ("supseteq", 0x2287), ("in", 0x2208),
            ("ni", 0x220B), ("notin", 0x2209), ("perp", 0x22A5), ("parallel", 0x2225), ("mid", 0x2223),
            ("cong", 0x2245), ("prec", 0x227A), ("succ", 0x227B), ("dots", 0x2026),
            ("rightarrow", 0x2192), ("leftarrow", 0x2190), ("leftrightarrow", 0x2194), ("Rightarrow", 0x21D2),
            ("Leftarrow", 0x21D0), ("Leftrightarrow", 0x21D4), ("to", 0x2192), ("mapsto", 0x21A6),
            ("uparrow", 0x2191), ("downarrow", 0x2193), ("longrightarrow", 0x27F6), ("longleftarrow", 0x27F5),
        ])
        add(.punctuation, [("cdotp", 0xB7), ("ldotp", 0x2E)])
        return t
    }()

    /// Single characters with a spacing class of their own (after `-` became U+2212).
    static func spacing(of c: Character) -> Spacing {
        switch c {
        case "+", "*", "\u{2212}": .binary
        case "=", "<", ">", ":": .relation
        case ",", ";", ".", "!": .punctuation
        default: .ordinary
        }
    }

    /// Characters after which a binary operator is unary (not spaced), besides nothing at all.
    static func makesNextOperatorUnary(_ c: Character) -> Bool {
        switch c {
        case "{", "(", "[", "<", "=", ">", ":": true
        default: false
        }
    }

    /// Function names set upright with a thin space after, as `\log` and `\sin`.
    static let functionNames: Set<String> = [
        "Pr", "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "det", "dim",
        "exp", "gcd", "hom", "inf", "ker", "lg", "lim", "liminf", "limsup", "ln", "log", "max", "min", "sec",
        "sin", "sinh", "sup", "tan", "tanh",
    ]

    /// Space commands and their widths in ems (mathtext's `_space_widths`).
    static let spaces: [String: Double] = [
        ",": 0.16667, "thinspace": 0.16667, "/": 0.16667, ">": 0.22222, ":": 0.22222, ";": 0.27778,
        " ": 0.33333, "enspace": 0.5, "quad": 1, "qquad": 2, "!": -0.16667,
    ]

    /// Characters that may follow a single backslash to stand for themselves.
    static func escaped(_ c: Character) -> Character? {
        switch c {
        case "%", "$", "{", "}", "[", "]", "_", "#", "&": c
        case "|": "\u{2016}"
        default: nil
        }
    }

    /// Delimiters that `\left` and `\right` accept (drawn at their normal size).
    static func delimiter(named name: String) -> Character? {
        switch name {
        case "(", ")", "[", "]", "<", ">", "|", "/", "{", "}": Character(name)
        case ".": "\u{0}"  // the null delimiter: nothing is drawn
        default: named[name].map(\.character)
        }
    }
}
