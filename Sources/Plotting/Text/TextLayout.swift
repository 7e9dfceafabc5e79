/// A label laid out for drawing: the one seam between the figure model and text shaping.
///
/// Everything the figure model writes (tick labels, axis labels, titles, legend
/// entries, annotations) goes through `TextLayout(_:font:measuringWith:)` and
/// `draw(on:origin:color:rotation:)`. This first version sets plain text and a
/// small subset of matplotlib's mathtext (`$...$` with `^`/`_` scripts and
/// `\mathdefault{}`); the mathtext engine replaces the initialiser's body, keeping
/// the shape: a list of single-style runs and filled rules placed relative to the
/// baseline origin, plus the layout box that alignment uses.
public struct TextLayout: Sendable, Hashable {
    /// One single-style piece of text placed relative to the layout's baseline origin.
    public struct Run: Sendable, Hashable {
        public var text: String
        public var font: Font
        /// Baseline start of this run relative to the layout origin, in points (y down).
        public var offset: Point

        public init(text: String, font: Font, offset: Point) {
            self.text = text
            self.font = font
            self.offset = offset
        }
    }

    /// The source text.
    public let text: String
    /// The base font.
    public let font: Font
    /// The pieces to draw.
    public var runs: [Run]
    /// Filled rectangles relative to the origin (y down): fraction bars, overlines.
    public var rules: [Rect]
    /// Advance width in points.
    public var width: Double
    /// Height of the layout box above the baseline (matplotlib: at least the height of "lp").
    public var ascent: Double
    /// Depth of the layout box below the baseline, positive (at least the depth of "lp").
    public var descent: Double

    /// Total height of the layout box.
    public var height: Double { ascent + descent }

    /// Lays out `text` in `font`, measuring glyphs with `canvas`.
    ///
    /// Plain text gets matplotlib's box: the ink extent widened to at least the
    /// ascent and descent of "lp", so labels of different glyphs align alike.
    public init(_ text: String, font: Font, measuringWith canvas: some Canvas) {
        self.text = text
        self.font = font
        var layout = MiniMathLayout(font: font, canvas: canvas)
        layout.lay(text)
        runs = layout.runs
        rules = []
        width = layout.x
        let lp = canvas.measure("lp", font)
        if layout.hasMath {
            ascent = layout.ascent
            descent = layout.descent
        } else {
            ascent = Swift.max(layout.ascent, lp.ascent)
            descent = Swift.max(layout.descent, lp.descent)
        }
    }

    /// Draws the layout with its baseline origin at `origin`, rotated counter-clockwise
    /// by `rotation` degrees about the origin.
    public func draw(on canvas: inout some Canvas, origin: Point, color: Color, rotation: Double = 0) {
        let turn = AffineTransform.rotation(rotation * .pi / 180)
        for run in runs where !run.text.isEmpty {
            let at = origin + turn.apply(run.offset)
            canvas.draw(run.text, at: at, TextStyle(font: run.font, color: color, rotation: rotation))
        }
        for rule in rules {
            let path = Path(rect: rule).applying(turn.concatenating(.translation(origin.x, origin.y)))
            canvas.fill(path, FillStyle(color: color))
        }
    }
}

/// The stop-gap mathtext subset: runs of upright text, oblique letters inside `$...$`,
/// and `^`/`_` scripts at 70 % size. Replaced by the full mathtext engine.
private struct MiniMathLayout<C: Canvas> {
    let font: Font
    let canvas: C
    var runs: [TextLayout.Run] = []
    var x = 0.0
    var ascent = 0.0
    var descent = 0.0
    var hasMath = false

    init(font: Font, canvas: C) {
        self.font = font
        self.canvas = canvas
    }

    mutating func lay(_ text: String) {
        var inMath = false
        var plain = ""
        var math = ""
        for ch in text {
            if ch == "$" {
                if inMath { layMath(math); math = "" } else { emit(plain, font, 0); plain = "" }
                inMath.toggle()
                hasMath = true
            } else if inMath {
                math.append(ch)
            } else {
                plain.append(ch)
            }
        }
        if inMath { emit("$" + math, font, 0) } else { emit(plain, font, 0) }
    }

    mutating func emit(_ s: String, _ f: Font, _ rise: Double) {
        guard !s.isEmpty else { return }
        let m = canvas.measure(s, f)
        runs.append(TextLayout.Run(text: s, font: f, offset: Point(x, -rise)))
        x += m.width
        ascent = Swift.max(ascent, m.ascent + rise)
        descent = Swift.max(descent, m.descent - rise)
    }

    mutating func layMath(_ source: String) {
        var chars = Array(source)
        // Drop \mathdefault{...} wrappers and other simple commands' braces.
        var cleaned: [Character] = []
        var i = 0
        while i < chars.count {
            if chars[i] == "\\" {
                var j = i + 1
                while j < chars.count, chars[j].isLetter { j += 1 }
                let name = String(chars[(i + 1)..<j])
                if name == "mathdefault" || name == "mathrm" {
                    i = j
                    continue
                }
                if name.isEmpty { i = Swift.min(j + 1, chars.count); continue }  // \, \; spacing
                cleaned.append(contentsOf: name == "minus" ? ["\u{2212}"] : Array(name))
                i = j
                continue
            }
            cleaned.append(chars[i])
            i += 1
        }
        chars = cleaned
        layMathTokens(chars[...], size: font.size, rise: 0)
    }

    mutating func layMathTokens(_ chars: ArraySlice<Character>, size: Double, rise: Double) {
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            if c == "^" || c == "_" {
                let (group, next) = Self.group(chars, after: i + 1)
                let small = size * 0.7
                let shift = c == "^" ? size * 0.43 : -size * 0.2
                layMathTokens(group, size: small, rise: rise + shift)
                i = next
            } else if c == "{" || c == "}" {
                i += 1
            } else {
                let face: Font.Face = c.isLetter ? .oblique : .regular
                let glyph: String = c == "-" ? "\u{2212}" : String(c)
                emit(glyph, Font(size: size, face: face), rise)
                i += 1
            }
        }
    }

    /// The script group after `^` or `_`: a braced group or one character.
    static func group(_ chars: ArraySlice<Character>, after start: Int) -> (ArraySlice<Character>, Int) {
        guard start < chars.endIndex else { return (chars[start..<start], start) }
        guard chars[start] == "{" else { return (chars[start...start], start + 1) }
        var depth = 0
        var j = start
        while j < chars.endIndex {
            if chars[j] == "{" { depth += 1 }
            if chars[j] == "}" {
                depth -= 1
                if depth == 0 { return (chars[(start + 1)..<j], j + 1) }
            }
            j += 1
        }
        return (chars[(start + 1)..<chars.endIndex], chars.endIndex)
    }
}
