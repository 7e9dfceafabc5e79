import Foundation

/// Fractions, radicals, accents and overlines, set as matplotlib 3.11's mathtext sets them
/// (`Parser._genfrac`, `sqrt`, `accent`, `overline` in `_mathtext.py`, with the
/// `DejaVuSansFontConstants`): each builds the same vertical list of boxes, glue and rules
/// and reads off the positions `ship` would give its glyphs and rules.
extension MathBoxLayout {
    // DejaVuSansFontConstants for fractions, as fractions of the x-height; the axis height
    // is a fraction of the font size.
    static let num1: Double = 1529.86 / 1120
    static let num2: Double = 868.352 / 1120
    static let denom1: Double = 1548.29 / 1120
    static let denom2: Double = 768.0 / 1120
    static let axisHeight: Double = 512.0 / 2048
    /// The radical sign mathtext draws (`\__sqrt__`).
    static let radicalSign: Character = "\u{221A}"

    /// Mathtext's rule thickness (its 'underline thickness'): 0.75/12 of the font size.
    func ruleThickness(level: Int) -> Double {
        0.75 / 12 * size(level: level)
    }

    /// The width `ship` gives the first of the glue items that share `excess` equally (the
    /// left `ss` glue of an `HCentered`, or a `fill` glue alone when `shares` is 1): whole
    /// device pixels when rounding is on, as `round(glue_set * stretch)` in pixels.
    func glue(_ excess: Double, shares: Double) -> Double {
        guard excess != 0, excess.isFinite else { return 0 }
        let exact = excess / shares
        guard let perPoint = gluePixelsPerPoint, perPoint > 0 else { return exact }
        return (exact * perPoint).rounded(.toNearestOrEven) / perPoint
    }

    /// `body` as the content of an `HCentered` packed to `width`: moved right by the left glue.
    func centered(_ body: Box, width: Double) -> (box: Box, offset: Double) {
        let offset = glue(width - body.width, shares: 2)
        var box = Box(width: width, height: body.height, depth: body.depth)
        box.place(body, x: offset, y: 0)
        box.isCharNode = body.isCharNode
        return (box, offset)
    }

    // MARK: Fractions

    /// `\frac` (text style) and `\dfrac` (display style): `_genfrac` with a rule as thick
    /// as the rule thickness (TeX's rules 743, 744 and 746).
    mutating func layoutFraction(numerator: MathNode, denominator: MathNode, display: Bool, level: Int) -> Box {
        let fontSize = size(level: level)
        let rule = ruleThickness(level: level)
        let axis = Self.axisHeight * fontSize
        var xHeight = design.points(design.xHeight, size: fontSize)
        let partLevel = display ? level : level + 1
        if !display { xHeight *= Self.shrinkFactor }
        let num = layout(numerator, level: partLevel)
        let den = layout(denominator, level: partLevel)
        let width = max(num.width, den.width)
        let cnum = centered(num, width: width).box
        let cden = centered(den, width: width).box

        let shiftUp: Double = (display ? Self.num1 : Self.num2) * xHeight
        let shiftDown: Double = (display ? Self.denom1 : Self.denom2) * xHeight
        let minClearance = display ? 3 * rule : rule
        let delta = rule / 2
        let numClearance = max((shiftUp - cnum.depth) - (axis + delta), minClearance)
        let denClearance = max((axis - delta) - (cden.height - shiftDown), minClearance)

        // The vertical list [numerator, space, rule, space, denominator], its baseline that
        // of the denominator moved down by `shift`.
        let listHeight: Double = cnum.height + cnum.depth + numClearance + delta + delta + denClearance + cden.height
        let shift = cden.height + denClearance + delta - axis
        var v: Double = -listHeight + cnum.height
        var list = Box(width: width)
        list.place(cnum, x: 0, y: v)
        v += cnum.depth
        v += Self.vboxAdvance(height: 0, depth: numClearance)
        let ruleTop = v
        v += Self.vboxAdvance(height: delta, depth: delta)
        if v > ruleTop, width > 0 { list.rules.append(Rect(x: 0, y: ruleTop, width: width, height: v - ruleTop)) }
        v += Self.vboxAdvance(height: 0, depth: denClearance)
        v += cden.height
        list.place(cden, x: 0, y: v)

        // Hlist([Hbox(rule), list shifted down, Hbox(rule)]).
        var box = Box(width: rule + width + rule)
        box.place(list, x: rule, y: shift)
        box.height = max(0, listHeight - shift)
        box.depth = max(0, cden.depth + shift)
        box.isCharNode = false
        return box
    }

    /// How far `vlist_out` moves down over a box that is not a list (a `Vbox` or a rule):
    /// its height plus depth, but only when both the total and the depth are positive.
    static func vboxAdvance(height: Double, depth: Double) -> Double {
        height + depth > 0 && depth > 0 ? height + depth : 0
    }

    // MARK: Radicals and overlines

    /// `\sqrt[index]{body}`: the radical sign as tall as the body plus five rule thicknesses,
    /// an overbar from the sign's top right over the padded body, the index two levels smaller
    /// and raised by 0.6 of the sign's height.
    ///
    /// Mathtext's `AutoHeightChar` takes DejaVu Sans' own sign when it is tall enough (less
    /// 0.2 x-height) and otherwise the first STIX size variant that is, scaled to the height.
    /// Only DejaVu Sans is drawn here, so a body taller than the sign gets DejaVu Sans' sign
    /// scaled to the same height: the vertical geometry is mathtext's, the sign narrower.
    mutating func layoutRadical(body: MathNode, index: MathNode?, level: Int) -> Box {
        let fontSize = size(level: level)
        let rule = ruleThickness(level: level)
        let inner = layout(body, level: level)
        let targetHeight = inner.height + 5 * rule
        let targetDepth = inner.depth
        let xHeight = design.points(design.xHeight, size: fontSize)

        var signFont = Font(size: fontSize, face: .regular)
        var sign = measurer.measure(String(Self.radicalSign), signFont)
        var signShift = 0.0
        let target = targetHeight + targetDepth
        let natural = sign.ascent + sign.descent
        if natural < target - 0.2 * xHeight, natural > 0 {
            let factor = target / natural
            signFont = Font(size: fontSize * factor, face: .regular)
            sign = measurer.measure(String(Self.radicalSign), signFont)
            signShift = targetDepth - sign.descent
        }
        let signHeight = sign.ascent - signShift
        let signDepth = sign.descent + signShift
        let signWidth = sign.width

        // The right side: [rule, fill glue, padded body], packed to exactly the sign's
        // height plus 0.06 of the font size, and at most the sign's depth deep.
        let padded = 2 * rule
        let rightWidth = padded + inner.width + padded
        let rightHeight = signHeight + fontSize * 0.06
        var packed = rule + inner.height
        var rightDepth = inner.depth
        if inner.depth > signDepth {
            packed += inner.depth - signDepth
            rightDepth = signDepth
        }
        let stretch = rightHeight - packed
        let fill = stretch > 0 ? glue(stretch, shares: 1) : 0
        var right = Box(width: rightWidth, height: rightHeight, depth: rightDepth)
        let top = -rightHeight
        let ruleBottom = top + Self.vboxAdvance(height: rule / 2, depth: rule / 2)
        if ruleBottom > top, rightWidth > 0 {
            right.rules.append(Rect(x: 0, y: top, width: rightWidth, height: ruleBottom - top))
        }
        right.place(inner, x: padded, y: ruleBottom + fill + inner.height)

        // The index (or an empty box half the sign wide), raised over the tick.
        let root: Box = index.map { layout($0, level: level + 2) } ?? Box(width: 0.5 * signWidth)
        let rootShift = -signHeight * 0.6

        var box = Box()
        box.append(root, shift: rootShift)
        box.width += -0.5 * signWidth
        var signBox = Box(width: signWidth, height: sign.ascent, depth: sign.descent)
        signBox.runs = [Run(text: String(Self.radicalSign), font: signFont, x: 0, y: 0, metrics: sign)]
        box.append(signBox, shift: signShift)
        box.append(right)
        box.isCharNode = false
        return box
    }

    /// `\overline{body}`: the radical's right side alone, three rule thicknesses above the body.
    mutating func layoutOverline(body: MathNode, level: Int) -> Box {
        let fontSize = size(level: level)
        let rule = ruleThickness(level: level)
        let inner = layout(body, level: level)
        let height = inner.height + 3 * rule + fontSize * 0.06
        let natural = rule + inner.height
        let stretch = height - natural
        let fill = stretch > 0 ? glue(stretch, shares: 1) : 0
        var box = Box(width: inner.width, height: height, depth: inner.depth)
        let top = -height
        let ruleBottom = top + Self.vboxAdvance(height: rule / 2, depth: rule / 2)
        if ruleBottom > top, inner.width > 0 {
            box.rules.append(Rect(x: 0, y: top, width: inner.width, height: ruleBottom - top))
        }
        box.place(inner, x: 0, y: ruleBottom + fill + inner.height)
        box.isCharNode = false
        return box
    }

    // MARK: Accents

    /// An accent over `body`: mathtext's `accent`, which centres the accent's ink box (after
    /// a quarter of the body's width) over the body, its ink bottom two rule thicknesses above
    /// the body's top. The body is taken as a group: mathtext measures a lone unbraced
    /// character (`\hat x`) by its ink width instead of its advance, which no `Canvas`
    /// reports, so there the accent sits up to a fraction of a point off mathtext's.
    mutating func layoutAccent(_ accent: MathAccent, style: MathFontStyle, body: MathNode, level: Int) -> Box {
        let fontSize = size(level: level)
        let rule = ruleThickness(level: level)
        let inner = layout(body, level: level)
        let font = Font(size: fontSize, face: style.face(labelFace: labelFace))
        let code = accent.character.unicodeScalars.first?.value ?? 0
        guard let ink = MathAccentGlyphs.ink(code, face: font.face) else { return inner }
        let scale = fontSize / MathAccentGlyphs.unitsPerEm
        let xMin = ink.xMin * scale, xMax = ink.xMax * scale
        let yMin = ink.yMin * scale, yMax = ink.yMax * scale
        let accentWidth = xMax - xMin
        let accentHeight = max(0, yMax - yMin)

        // HCentered([Hbox(width / 4), accent]) packed to the body's width.
        let quarter = inner.width / 4
        let left = glue(inner.width - (quarter + accentWidth), shares: 2)
        let accentBaseline = -(inner.height + Self.vboxAdvance(height: 0, depth: 2 * rule))
        var box = Box(width: inner.width, height: accentHeight + 2 * rule + inner.height, depth: inner.depth)
        let metrics = TextMetrics(width: 0, ascent: yMax, descent: -yMin)
        box.runs = [Run(text: String(accent.character), font: font, x: left + quarter - xMin,
                        y: accentBaseline + yMin, metrics: metrics)]
        box.place(inner, x: 0, y: 0)
        box.isCharNode = false
        return box
    }
}
