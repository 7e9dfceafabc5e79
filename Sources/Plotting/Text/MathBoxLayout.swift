import Foundation

/// Sets parsed math in boxes the way matplotlib's mathtext does (TeX's box model with
/// its DejaVu Sans constants), producing runs positioned relative to a baseline.
///
/// Every glyph advances by its measured advance; scripts shrink by `shrinkFactor` per
/// level for at most `shrinkLevels` levels; sub/superscript shifts, kerns and script
/// space follow `_mathtext.py`'s `subsuper` (TeX's rules 757-759) with the constants of
/// `DejaVuSansFontConstants`. Lengths are points, y grows downwards.
struct MathBoxLayout {
    /// How much text shrinks per script level (mathtext's `SHRINK_FACTOR`).
    static let shrinkFactor = 0.7
    /// Levels after which scripts stop shrinking (mathtext's `NUM_SIZE_LEVELS` - 1).
    static let shrinkLevels = 5

    // DejaVuSansFontConstants, as fractions of the x-height.
    static let supDrop = 790.527 / 1120
    static let subDrop = 102.4 / 1120
    static let sup1 = 845.824 / 1120
    static let sub1 = 307.199 / 1120
    static let sub2 = 632.832 / 1120
    static let delta = 0.025
    static let deltaSlanted = 0.2
    static let scriptSpace = 0.05

    /// One run of glyphs placed relative to the box's baseline origin.
    struct Run {
        var text: String
        var font: Font
        var x: Double
        var y: Double
        var metrics: TextMetrics
    }

    /// A laid-out node: its TeX box and the runs inside it.
    struct Box {
        var width = 0.0
        /// Extent above the baseline (never negative, as for mathtext's lists).
        var height = 0.0
        /// Extent below the baseline (never negative).
        var depth = 0.0
        var runs: [Run] = []
        /// Filled rectangles (fraction bars, radical overbars) relative to the baseline origin, y down.
        var rules: [Rect] = []
        /// False once a vertical list (stacked scripts, a fraction, a radical, an accent) is
        /// inside: TeX's char-node test, which decides how scripts attach.
        var isCharNode = true

        /// The same box with its runs and rules moved down by `dy` (its extents unchanged).
        func movedDown(_ dy: Double) -> Box {
            var b = self
            for i in b.runs.indices { b.runs[i].y += dy }
            for i in b.rules.indices { b.rules[i].origin.y += dy }
            return b
        }

        /// Appends `other` to the right of this box, its baseline shifted down by `shift`.
        mutating func append(_ other: Box, shift: Double = 0) {
            place(other, x: width, y: shift)
            width += other.width
            height = max(height, other.height - shift)
            depth = max(depth, other.depth + shift)
            isCharNode = isCharNode && other.isCharNode
        }

        /// Copies the runs and rules of `other` with its origin at (`x`, `y`), leaving the
        /// extents alone (for vertical lists, whose extents are computed as a whole).
        mutating func place(_ other: Box, x: Double, y: Double) {
            for var r in other.runs {
                r.x += x
                r.y += y
                runs.append(r)
            }
            for r in other.rules {
                rules.append(Rect(x: r.minX + x, y: r.minY + y, width: r.width, height: r.height))
            }
        }

    }

    let baseSize: Double
    let labelFace: Font.Face
    let design: FontDesignMetrics
    var measurer: GlyphMeasurer
    /// Device pixels per point to round stretched glue to, as matplotlib's `ship` rounds the
    /// glue that centres a fraction's parts and an accent, and seats a radical's body, to whole
    /// pixels; nil sets glue exactly (the ideal that matplotlib approaches as dpi grows).
    var gluePixelsPerPoint: Double? = nil

    /// The font size at a script level.
    func size(level: Int) -> Double {
        baseSize * pow(Self.shrinkFactor, Double(min(level, Self.shrinkLevels)))
    }

    mutating func layout(_ nodes: [MathNode], level: Int) -> Box {
        var box = Box()
        for node in nodes { box.append(layout(node, level: level)) }
        return box
    }

    mutating func layout(_ node: MathNode, level: Int) -> Box {
        switch node {
        case .glyphs(let text, let style):
            let font = Font(size: size(level: level), face: style.face(labelFace: labelFace))
            let m = measurer.measure(text, font)
            var box = Box(width: m.width, height: max(0, m.ascent), depth: max(0, m.descent))
            box.runs = [Run(text: text, font: font, x: 0, y: 0, metrics: m)]
            return box
        case .space(let em):
            return Box(width: em * quad(level: level))
        case .group(let nodes):
            return layout(nodes, level: level)
        case .scripts(let nucleus, let sub, let sup):
            return layoutScripts(nucleus: nucleus, sub: sub, sup: sup, level: level)
        case .fraction(let numerator, let denominator, let display):
            return layoutFraction(numerator: numerator, denominator: denominator, display: display, level: level)
        case .radical(let body, let index):
            return layoutRadical(body: body, index: index, level: level)
        case .accent(let accent, let style, let body):
            return layoutAccent(accent, style: style, body: body, level: level)
        case .overline(let body):
            return layoutOverline(body: body, level: level)
        }
    }

    /// What mathtext reads from the last item of a nucleus: its height, and whether it is a
    /// slanted glyph. Only a glyph (alone or last in a group) can be slanted; a nested list
    /// gives its box height, a space nothing.
    private mutating func lastItem(of nucleus: MathNode, level: Int) -> (height: Double, slanted: Bool) {
        switch nucleus {
        case .glyphs(let text, let style):
            guard let last = text.last else { return (0, false) }
            let font = Font(size: size(level: level), face: style.face(labelFace: labelFace))
            return (measurer.measure(String(last), font).ascent, style.isSlanted)
        case .group(let children):
            guard let last = children.last else { return (0, false) }
            switch last {
            case .glyphs: return lastItem(of: last, level: level)
            case .space: return (0, false)
            case .group, .scripts, .fraction, .radical, .accent, .overline:
                return (layout(last, level: level).height, false)
            }
        case .space:
            return (0, false)
        case .scripts, .fraction, .radical, .accent, .overline:
            return (layout(nucleus, level: level).height, false)
        }
    }

    /// Mathtext's quad: the advance of an oblique 'm' at the level's size.
    mutating func quad(level: Int) -> Double {
        measurer.measure("m", Font(size: size(level: level), face: .oblique)).width
    }

    private mutating func layoutScripts(nucleus: MathNode, sub: MathNode?, sup: MathNode?, level: Int) -> Box {
        let nucleusBox = layout(nucleus, level: level)
        let fontSize = size(level: level)
        let xHeight = design.points(design.xHeight, size: fontSize)
        let rule = 0.75 / 12 * fontSize
        let shrink = size(level: level + 1) / fontSize

        let (lastHeight, slanted) = lastItem(of: nucleus, level: level)

        var superKern = Self.delta * xHeight
        var subKern = Self.delta * xHeight
        if slanted {
            superKern += Self.delta * xHeight + Self.deltaSlanted * (lastHeight - xHeight * 2 / 3)
            subKern = 0
        }

        var shiftUp = 0.0, shiftDown = 0.0
        if !nucleusBox.isCharNode {
            let shrunkXHeight = xHeight * Self.shrinkFactor
            shiftUp = nucleusBox.height - Self.supDrop * shrunkXHeight
            shiftDown = nucleusBox.depth + Self.subDrop * shrunkXHeight
        }

        var result = nucleusBox
        var scripts = Box()
        if let sup {
            var x = Box(width: superKern * shrink)
            x.append(layout(sup, level: level + 1))
            shiftUp = max(shiftUp, Self.sup1 * xHeight, x.depth + xHeight / 4)
            if let sub {
                var y = Box(width: subKern * shrink)
                y.append(layout(sub, level: level + 1))
                shiftDown = max(shiftDown, Self.sub2 * xHeight)
                let clearance = 4 * rule - ((shiftUp - x.depth) - (y.height - shiftDown))
                if clearance > 0 {
                    shiftDown += clearance
                    let lift = xHeight * 4 / 5 - shiftUp + x.depth
                    if lift > 0 {
                        shiftUp += lift
                        shiftDown -= lift
                    }
                }
                // A stack: both scripts start at the nucleus' edge.
                var stack = Box(width: max(x.width, y.width))
                stack.place(x, x: 0, y: -shiftUp)
                stack.place(y, x: 0, y: shiftDown)
                stack.height = max(0, x.height + shiftUp, y.height - shiftDown)
                stack.depth = max(0, y.depth + shiftDown, x.depth - shiftUp)
                stack.isCharNode = false
                scripts = stack
            } else {
                scripts = x.movedDown(-shiftUp)
                scripts.height = max(0, x.height + shiftUp)
                scripts.depth = max(0, x.depth - shiftUp)
            }
        } else if let sub {
            var x = Box(width: subKern * shrink)
            x.append(layout(sub, level: level + 1))
            shiftDown = max(shiftDown, Self.sub1 * xHeight, x.height - xHeight * 4 / 5)
            scripts = x.movedDown(shiftDown)
            scripts.height = max(0, x.height - shiftDown)
            scripts.depth = max(0, x.depth + shiftDown)
        }
        scripts.width += Self.scriptSpace * xHeight
        let charNode = scripts.isCharNode
        result.append(scripts)
        result.isCharNode = nucleusBox.isCharNode && charNode
        return result
    }
}

/// Measures runs through a `Canvas`, remembering each (text, font) it has seen.
struct GlyphMeasurer {
    private struct Key: Hashable {
        let text: String
        let font: Font
    }

    private let measureRun: (String, Font) -> TextMetrics
    private var memo: [Key: TextMetrics] = [:]

    init(_ measure: @escaping (String, Font) -> TextMetrics) {
        self.measureRun = measure
    }

    mutating func measure(_ text: String, _ font: Font) -> TextMetrics {
        let key = Key(text: text, font: font)
        if let m = memo[key] { return m }
        let m = measureRun(text, font)
        let safe = TextMetrics(width: m.width.isFinite ? m.width : 0, ascent: m.ascent.isFinite ? m.ascent : 0,
                               descent: m.descent.isFinite ? m.descent : 0)
        memo[key] = safe
        return safe
    }
}
