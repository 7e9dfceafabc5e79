import Foundation

/// A label laid out for drawing: the one seam between the figure model and text shaping.
///
/// Everything the figure model writes (tick labels, axis labels, titles, legend entries,
/// annotations) goes through `TextLayout(_:font:measuringWith:)`, is aligned by
/// `TextPlacement` from its `width`, `ascent` and `descent`, and is drawn with
/// `draw(on:origin:color:rotation:)`:
/// ```swift
/// let label = TextLayout("$E_n$ (km$^2$/s$^2$)", font: Font(size: 10), measuringWith: canvas)
/// TextPlacement(horizontal: .center, vertical: .top).draw(label, at: anchor, color: .black, on: &canvas)
/// ```
///
/// Lines split at `\n`. A line with an even, non-zero number of unescaped `$` is set as
/// mathtext (`MathTextParser`: italic variables, scripts, Greek, symbols) the way
/// matplotlib's mathtext sets it; other lines are one run in the label's face, with `\$`
/// shown as `$`. A line whose math does not parse is drawn as the literal text typed, so
/// the mistake shows, and its error is kept in `errors`: layout never fails.
///
/// The layout box follows matplotlib 3.11's 'normal' line spacing: a line's ascent and
/// descent are its ink (for mathtext, box) extents but at least DejaVu Sans' ascender
/// (0.760 em) and descender (0.240 em), plus half the line gap (0.200 em) above and below
/// when there are several lines, which puts ordinary lines 1.2 em apart. The origin is
/// the left end of the last line's baseline, so `baseline` alignment uses the last line,
/// as in matplotlib. Extents are not rounded to whole pixels as matplotlib's Agg does.
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
    /// The base font: the size of unscripted text, and the face of text outside math.
    public let font: Font
    /// The pieces to draw, line by line, left to right.
    public var runs: [Run]
    /// Filled rectangles relative to the origin (y down): fraction bars and the overbars of
    /// `\sqrt` and `\overline`, drawn in the text colour.
    public var rules: [Rect]
    /// Advance width of the widest line, in points.
    public var width: Double
    /// Height of the layout box above the origin (the last line's baseline).
    public var ascent: Double
    /// Depth of the layout box below the origin, positive.
    public var descent: Double
    /// The lines, top to bottom.
    public let lines: [TextLine]
    /// The box around the inked glyphs relative to the origin (y down): as tall as the ink,
    /// as wide as the runs' advances (side bearings are not measured). Nil when nothing is inked.
    public let inkBounds: Rect?
    /// Why lines that look like math were drawn literally, in line order (empty when all parsed).
    public let errors: [MathTextError]

    /// Total height of the layout box.
    public var height: Double { ascent + descent }

    /// Lays out `text` in `font`, measuring glyphs with `canvas` (which is not drawn on).
    ///
    /// - Parameter lineAlignment: how the lines of multi-line text line up with each other
    ///   (matplotlib's `multialignment`, which defaults to the horizontal alignment).
    public init(_ text: String, font: Font, measuringWith canvas: some Canvas,
                lineAlignment: TextPlacement.Horizontal = .left, design: FontDesignMetrics = .dejaVuSans,
                gluePixelsPerPoint: Double? = nil) {
        self.init(text, font: font, lineAlignment: lineAlignment, design: design,
                  gluePixelsPerPoint: gluePixelsPerPoint) { canvas.measure($0, $1) }
    }

    /// Lays out `text` in `font`, measuring each run with `measure`.
    ///
    /// - Parameter gluePixelsPerPoint: matplotlib rounds the glue that centres a fraction's
    ///   parts and an accent, and seats a radical's body, to whole device pixels; pass the
    ///   device's pixels per point (dpi / 72) to reproduce that, or nil (the default) to set
    ///   glue exactly, which is what matplotlib approaches as the resolution grows.
    public init(_ text: String, font: Font, lineAlignment: TextPlacement.Horizontal = .left,
                design: FontDesignMetrics = .dejaVuSans, gluePixelsPerPoint: Double? = nil,
                measure: (String, Font) -> TextMetrics) {
        self.text = text
        let size = font.size.isFinite && font.size > 0 ? font.size : 0
        self.font = Font(size: size, face: font.face)
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })

        var boxes: [(box: MathBoxLayout.Box, isMath: Bool)] = []
        var errors: [MathTextError] = []
        withoutActuallyEscaping(measure) { measure in
            var setter = MathBoxLayout(baseSize: size, labelFace: font.face, design: design,
                                       measurer: GlyphMeasurer(measure),
                                       gluePixelsPerPoint: gluePixelsPerPoint.flatMap { $0.isFinite && $0 > 0 ? $0 : nil })
            let parser = MathTextParser()
            for raw in rawLines {
                let line = String(raw)
                var nodes: [MathNode]
                var isMath = MathTextParser.containsMath(line)
                do throws(MathTextError) {
                    nodes = try parser.parse(line)
                } catch {
                    errors.append(error)
                    nodes = line.isEmpty ? [] : [.glyphs(line, .text)]
                    isMath = false
                }
                boxes.append((setter.layout(nodes, level: 0), isMath))
            }
        }

        // matplotlib's Text._get_layout with linespacing 'normal', y down from the box top.
        let minAscent = design.points(design.typoAscender, size: size)
        let minDescent = design.points(design.typoDescender, size: size)
        let gap = rawLines.count > 1 ? design.points(design.lineGap, size: size) : 0
        // Negative spaces (`\!`) can pull a line's advance below zero; its box never is.
        let lineWidths = boxes.map { max(0, $0.box.width) }
        let width = lineWidths.max() ?? 0
        var top = 0.0
        var lines: [TextLine] = []
        var runs: [Run] = []
        var rules: [Rect] = []
        var baselines: [Double] = []
        var ink: Rect?
        for (i, (box, isMath)) in boxes.enumerated() {
            let lineWidth = lineWidths[i]
            let a = max(box.height, minAscent) + gap / 2
            let d = max(box.depth, minDescent) + gap / 2
            let x: Double
            switch lineAlignment {
            case .left: x = 0
            case .center: x = width / 2 - lineWidth / 2
            case .right: x = width - lineWidth
            }
            baselines.append(top + a)
            lines.append(TextLine(runs: runs.count..<(runs.count + box.runs.count), origin: Point(x, top + a),
                                  width: lineWidth, inkAscent: box.height, inkDescent: box.depth,
                                  ascent: a, descent: d, isMath: isMath))
            for r in box.runs {
                let origin = Point(x + r.x, top + a + r.y)
                runs.append(Run(text: r.text, font: r.font, offset: origin))
                if r.metrics.ascent + r.metrics.descent > 0 {
                    let glyphs = Rect(x: origin.x, y: origin.y - r.metrics.ascent, width: r.metrics.width,
                                      height: r.metrics.ascent + r.metrics.descent)
                    ink = ink.map { $0.union(glyphs) } ?? glyphs
                }
            }
            for r in box.rules {
                let placed = Rect(x: x + r.minX, y: top + a + r.minY, width: r.width, height: r.height)
                rules.append(placed)
                ink = ink.map { $0.union(placed) } ?? placed
            }
            top += a + d
        }
        // Move the origin to the last line's baseline.
        let lastBaseline = baselines.last ?? 0
        for i in runs.indices { runs[i].offset.y -= lastBaseline }
        for i in lines.indices { lines[i].origin.y -= lastBaseline }
        for i in rules.indices { rules[i].origin.y -= lastBaseline }

        self.runs = runs
        self.rules = rules
        self.width = width
        self.ascent = lastBaseline
        self.descent = top - lastBaseline
        self.lines = lines
        self.errors = errors
        self.inkBounds = ink.map { Rect(x: $0.minX, y: $0.minY - lastBaseline, width: $0.width, height: $0.height) }
    }

    /// Whether there is nothing to draw.
    public var isBlank: Bool { runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

    /// Draws the layout with its baseline origin at `origin`, rotated counter-clockwise
    /// by `rotation` degrees about the origin.
    public func draw(on canvas: inout some Canvas, origin: Point, color: Color, rotation: Double = 0) {
        let angle = rotation.isFinite ? rotation : 0
        let (s, c) = Self.sinCos(degrees: angle)
        for run in runs where !run.text.allSatisfy({ $0 == " " }) {
            // Counter-clockwise on screen with y down: (x, y) -> (x cos + y sin, -x sin + y cos).
            let p = run.offset
            let at = Point(origin.x + p.x * c + p.y * s, origin.y - p.x * s + p.y * c)
            canvas.draw(run.text, at: at, TextStyle(font: run.font, color: color, rotation: angle))
        }
        for rule in rules {
            let turn = AffineTransform(a: c, b: -s, c: s, d: c, tx: origin.x, ty: origin.y)
            canvas.fill(Path(rect: rule).applying(turn), FillStyle(color: color))
        }
    }

    /// Sine and cosine of an angle in degrees, exact at multiples of 90 so that vertical
    /// labels stay on whole coordinates.
    static func sinCos(degrees: Double) -> (sin: Double, cos: Double) {
        let d = degrees.truncatingRemainder(dividingBy: 360)
        let quarter = d / 90
        if quarter == quarter.rounded(), let q = Int(exactly: quarter) {
            switch (q % 4 + 4) % 4 {
            case 0: return (0, 1)
            case 1: return (1, 0)
            case 2: return (0, -1)
            default: return (-1, 0)
            }
        }
        let r = d * .pi / 180
        return (sin(r), cos(r))
    }
}
