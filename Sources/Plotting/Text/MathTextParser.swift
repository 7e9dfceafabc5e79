/// Parses one line of a label into `MathNode`s: matplotlib's mathtext, the subset that
/// plot labels use.
///
/// Text outside `$...$` is kept as it is (`\$` stands for a dollar sign). A line is math
/// only if it has an even, non-zero number of unescaped `$`, as `cbook.is_math_text`
/// decides; with an odd number the whole line is plain text, which is what matplotlib
/// draws too. Inside `$...$`:
/// - letters and lower-case Greek are italic, digits, operators and capital Greek upright;
/// - `x_1`, `x^2`, `x_{12}^{-3}`, nested groups; scripts shrink by 0.7 a level;
/// - `-` becomes U+2212; binary operators and relations get 0.2 em of space on each side
///   (a binary operator first in the expression or after `{`, `(` or a relation is unary);
/// - `\alpha`...`\omega`, `\Gamma`...`\Omega`, `\times \pm \cdot \odot \infty \leq \geq
///   \sim` and the other names in `MathSymbols`; `\log`, `\sin`... upright with a thin space;
/// - fonts `\mathrm{}`, `\mathit{}`, `\mathbf{}`, `\mathbfit{}`, `\mathdefault{}`,
///   `\mathregular{}`, `\mathsf{}` (and the switches `\rm`, `\it`, `\bf`... which last to
///   the end of their group), `\text{}`; spaces `\, \: \; \! \ ~ \quad \qquad \hspace{f}`;
/// - `\left(` and `\right)` draw their delimiter at its normal size (no growing);
/// - a prime `'` is drawn as U+2032 after its nucleus, not raised.
///
/// - `\frac{a}{b}`, `\dfrac{a}{b}`, `\sqrt{x}`, `\sqrt[n]{x}`, `\overline{x}` (braced arguments,
///   as mathtext requires) and the accents `\hat \bar \tilde \vec \dot \ddot \acute \grave
///   \breve` over a braced group or a single symbol.
///
/// Not in the subset (an error names the command): `\tfrac` (mathtext has none), `\binom`,
/// `\genfrac`, `\underline`, wide accents, big-operator limits. Spaces inside math are
/// ignored, as in TeX.
public struct MathTextParser: Sendable {
    /// How deep groups and scripts may nest before parsing stops with an error (mathtext
    /// stops shrinking after five levels anyway; this only guards the stack).
    public static let nestingLimit = 64

    public init() {}

    /// Whether matplotlib treats `line` as mathtext: an even, non-zero count of `$` not
    /// preceded by a backslash.
    public static func containsMath(_ line: String) -> Bool {
        // Bytes suffice: '$' and '\\' are ASCII and never part of a longer UTF-8 sequence.
        var dollars = 0, escaped = 0
        var previous: UInt8 = 0
        for b in line.utf8 {
            if b == UInt8(ascii: "$") {
                dollars += 1
                if previous == UInt8(ascii: "\\") { escaped += 1 }
            }
            previous = b
        }
        let n = dollars - escaped
        return n > 0 && n % 2 == 0
    }

    /// Parses one line (no newlines) into nodes; text without math is one `.glyphs` run.
    public func parse(_ line: String) throws(MathTextError) -> [MathNode] {
        guard Self.containsMath(line) else {
            let text = line.replacingEscapedDollars()
            return text.isEmpty ? [] : [.glyphs(text, .text)]
        }
        var cursor = Cursor(Array(line))
        return try cursor.parseLine()
    }
}

extension String {
    /// The string with every `\$` replaced by `$`, as matplotlib does for plain text.
    func replacingEscapedDollars() -> String {
        var hasEscape = false
        var previous: UInt8 = 0
        for b in utf8 {
            if b == UInt8(ascii: "$") && previous == UInt8(ascii: "\\") { hasEscape = true; break }
            previous = b
        }
        guard hasEscape else { return self }
        var out = ""
        var it = makeIterator()
        var pending: Character?
        while let c = pending ?? it.next() {
            pending = nil
            if c == "\\", let n = it.next() {
                if n == "$" { out.append("$") } else { out.append(c); pending = n }
            } else {
                out.append(c)
            }
        }
        return out
    }
}

// MARK: - Recursive descent

/// The font class in effect while parsing (mathtext's `state.font`).
private enum FontClass {
    case normal, rm, it, bf, bfit, text

    init?(name: String) {
        switch name {
        case "rm", "sf", "tt", "cal", "bb", "frak", "scr": self = .rm
        case "it": self = .it
        case "bf": self = .bf
        case "bfit": self = .bfit
        case "default", "regular": self = .text
        case "normal": self = .normal
        default: return nil
        }
    }

    /// The style of one character in this font class.
    func style(of c: Character) -> MathFontStyle {
        switch self {
        case .rm: return .upright
        case .it: return .italic
        case .bf: return .bold
        case .bfit: return .boldItalic
        case .text: return .text
        case .normal:
            guard let scalar = c.unicodeScalars.first else { return .upright }
            let p = scalar.properties
            switch p.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                // Names starting "GREEK CAPITAL" occur only in the Greek and Greek Extended
                // blocks; looking names up elsewhere would only cost time.
                let v = scalar.value
                if (0x370...0x3FF).contains(v) || (0x1F00...0x1FFF).contains(v),
                   let name = p.name, name.hasPrefix("GREEK CAPITAL") {
                    return .upright
                }
                return .italic
            default:
                return .upright
            }
        }
    }
}

private struct Cursor {
    let chars: [Character]
    var index = 0
    /// The start of the `$...$` being parsed: spacing looks back no further.
    var mathStart = 0
    var fonts: [FontClass] = [.normal]
    var depth = 0
    /// Set by a function name followed by a script: the scripts are unspaced and a thin
    /// space follows them (mathtext's `_needs_space_after_subsuper`).
    var spaceAfterScripts = false

    init(_ chars: [Character]) { self.chars = chars }

    var font: FontClass {
        get { fonts[fonts.count - 1] }
        set { fonts[fonts.count - 1] = newValue }
    }
    var atEnd: Bool { index >= chars.count }
    var current: Character? { index < chars.count ? chars[index] : nil }
    func peek(_ k: Int = 1) -> Character? { index + k < chars.count ? chars[index + k] : nil }

    mutating func skipSpaces() {
        while let c = current, c == " " || c == "\t" || c == "\r" { index += 1 }
    }

    // MARK: Line

    /// Alternating plain text and `$...$` segments.
    mutating func parseLine() throws(MathTextError) -> [MathNode] {
        var nodes: [MathNode] = []
        var text = ""
        while let c = current {
            if c == "\\", peek() == "$" {
                text.append("$")
                index += 2
            } else if c == "$" {
                if !text.isEmpty { nodes.append(.glyphs(text, .text)); text = "" }
                let open = index
                guard let close = closingDollar(after: open) else { throw .unclosedMath(offset: open) }
                var math = Cursor(Array(chars[(open + 1)..<close]))
                math.mathStart = 0
                do {
                    nodes.append(contentsOf: try math.parseList(closedByBrace: false))
                } catch {
                    throw error.shifted(by: open + 1)
                }
                index = close + 1
            } else {
                text.append(c)
                index += 1
            }
        }
        if !text.isEmpty { nodes.append(.glyphs(text, .text)) }
        return merged(nodes)
    }

    /// The index of the `$` closing the math opened at `open` (a backslash escapes the next character).
    func closingDollar(after open: Int) -> Int? {
        var i = open + 1
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == "$" { return i }
            i += 1
        }
        return nil
    }

    // MARK: Lists and tokens

    /// The nodes up to the `}` closing a group (`closedByBrace`), the `]` closing a root
    /// index (`indexOpenedAt`, the offset of its `[`), or the end of the math.
    mutating func parseList(closedByBrace: Bool, indexOpenedAt: Int? = nil) throws(MathTextError) -> [MathNode] {
        var nodes: [MathNode] = []
        while true {
            skipSpaces()
            guard let c = current else {
                if let open = indexOpenedAt { throw .unclosedIndex(offset: open) }
                if closedByBrace { throw .unclosedGroup(offset: chars.count) }
                break
            }
            if indexOpenedAt != nil, c == "]" {
                index += 1
                break
            }
            if c == "}" {
                if closedByBrace { index += 1; break }
                throw .unexpectedCloseBrace(offset: index)
            }
            if c == "~" {
                index += 1
                nodes.append(.space(em: MathSymbols.spaces[" "] ?? 0.33333))
                continue
            }
            if c == "\\" {
                let start = index
                let name = commandName(at: index)
                if let em = MathSymbols.spaces[name] {
                    index += 1 + name.count
                    nodes.append(.space(em: em))
                    continue
                }
                if name == "hspace" {
                    index += 1 + name.count
                    nodes.append(.space(em: try parseHSpace(commandOffset: start)))
                    continue
                }
                if let f = FontClass(name: name) {
                    index += 1 + name.count
                    font = f
                    continue
                }
            }
            nodes.append(contentsOf: try parseScriptedPlaceable())
        }
        return merged(nodes)
    }

    /// The name after the backslash at `i`: a run of ASCII letters, or one other character.
    func commandName(at i: Int) -> String {
        var j = i + 1
        guard j < chars.count else { return "" }
        if !chars[j].isASCIILetter { return String(chars[j]) }
        var name = ""
        while j < chars.count, chars[j].isASCIILetter {
            name.append(chars[j])
            j += 1
        }
        return name
    }

    mutating func parseHSpace(commandOffset: Int) throws(MathTextError) -> Double {
        skipSpaces()
        guard current == "{" else { throw .invalidArgument(command: "hspace", argument: current.map(String.init) ?? "", offset: commandOffset) }
        var j = index + 1
        var literal = ""
        while j < chars.count, chars[j] != "}" { literal.append(chars[j]); j += 1 }
        guard j < chars.count else { throw .unclosedGroup(offset: index) }
        let trimmed = literal.trimmingSpaces()
        // mathtext's float literal (no exponent); beyond 10,000 em a space is surely a typo,
        // and would overflow the layout's extents long before a float does.
        guard let value = Double(trimmed), abs(value) <= 10_000,
              trimmed.allSatisfy({ $0.isASCIIDigitChar || "+-.".contains($0) }) else {
            throw .invalidArgument(command: "hspace", argument: literal, offset: commandOffset)
        }
        index = j + 1
        return value
    }

    /// A placeable with its sub/superscripts and primes, or bare scripts (`_1` with no nucleus).
    mutating func parseScriptedPlaceable() throws(MathTextError) -> [MathNode] {
        let start = index
        var nucleus: [MathNode] = []
        if current != "_" && current != "^" && current != "'" {
            guard let parsed = try parsePlaceable() else {
                throw .unexpectedCharacter(current ?? " ", offset: index)
            }
            nucleus = parsed
        }
        let functionNeedsSpace = spaceAfterScripts
        var sub: MathNode?, sup: MathNode?
        var sawScript = false
        while true {
            let save = index
            skipSpaces()
            guard let op = current, op == "_" || op == "^" else { index = save; break }
            let opOffset = index
            index += 1
            skipSpaces()
            try enter(at: opOffset)
            guard let arg = try parsePlaceable() else {
                throw .missingArgument(after: String(op), offset: opOffset)
            }
            depth -= 1
            let node = arg.count == 1 ? arg[0] : .group(arg)
            if op == "_" {
                if sub != nil { throw .doubleScript("subscript", offset: opOffset) }
                sub = node
            } else {
                if sup != nil { throw .doubleScript("superscript", offset: opOffset) }
                sup = node
            }
            sawScript = true
        }
        var primes = ""
        while current == "'" { primes.append("\u{2032}"); index += 1 }

        var result: [MathNode]
        if sawScript {
            let base: MathNode = nucleus.count == 1 ? nucleus[0] : .group(nucleus)
            result = [.scripts(nucleus: base, sub: sub, sup: sup)]
            if functionNeedsSpace { result.append(.space(em: MathSymbols.spaces[","] ?? 0.16667)) }
        } else {
            result = nucleus
        }
        if functionNeedsSpace { spaceAfterScripts = false }
        if !primes.isEmpty { result.append(.glyphs(primes, .upright)) }
        if result.isEmpty && index == start { throw .unexpectedCharacter(current ?? " ", offset: index) }
        return result
    }

    mutating func enter(at offset: Int) throws(MathTextError) {
        depth += 1
        if depth > MathTextParser.nestingLimit { throw .nestedTooDeeply(limit: MathTextParser.nestingLimit, offset: offset) }
    }

    /// One placeable: a symbol (possibly spaced), a group, a font group, `\text{}`, a
    /// function name or a `\left`/`\right` delimiter. Nil when none starts here.
    mutating func parsePlaceable() throws(MathTextError) -> [MathNode]? {
        guard let c = current else { return nil }
        switch c {
        case "{":
            let open = index
            index += 1
            return [.group(try scopedList(openedAt: open))]
        case "\\":
            return try parseCommand()
        case "}", "_", "^", "$":
            return nil
        default:
            guard c.isMathSymbolCharacter else { throw .unexpectedCharacter(c, offset: index) }
            let at = index
            index += 1
            let ch: Character = c == "-" ? "\u{2212}" : c
            return spaced(ch, spacing: MathSymbols.spacing(of: ch), at: at)
        }
    }

    mutating func parseCommand() throws(MathTextError) -> [MathNode]? {
        let start = index
        let name = commandName(at: index)
        guard !name.isEmpty else { throw .missingArgument(after: "\\", offset: start) }
        if name.count == 1, let first = name.first, !first.isASCIILetter {
            if let ch = MathSymbols.escaped(first) {
                index += 2
                return [.glyphs(String(ch), font.style(of: ch))]
            }
            if MathSymbols.spaces[name] != nil { return nil }  // a space cannot be a script argument
            throw .unknownCommand(name: name, offset: start)
        }
        index += 1 + name.count
        if name.hasPrefix("math"), let f = FontClass(name: String(name.dropFirst(4))) {
            skipSpaces()
            guard current == "{" else {
                throw .missingArgument(after: "\\" + name, offset: start)
            }
            let open = index
            index += 1
            try enter(at: open)
            fonts.append(f)
            let inner = try parseList(closedByBrace: true)
            fonts.removeLast()
            depth -= 1
            return [.group(inner)]
        }
        if name == "text" || name == "operatorname" {
            skipSpaces()
            guard current == "{" else { throw .missingArgument(after: "\\" + name, offset: start) }
            let open = index
            var j = index + 1
            var body = ""
            var level = 1
            while j < chars.count {
                let d = chars[j]
                if d == "{" { level += 1 } else if d == "}" { level -= 1; if level == 0 { break } }
                body.append(d)
                j += 1
            }
            guard j < chars.count else { throw .unclosedGroup(offset: open) }
            index = j + 1
            if name == "text" { return body.isEmpty ? [.group([])] : [.glyphs(body, .upright)] }
            let word = body.filter { $0 != " " }
            return functionNodes(word.isEmpty ? [] : [.glyphs(word, .upright)])
        }
        if name == "frac" || name == "dfrac" {
            let numerator = try requiredGroup(of: name, commandOffset: start)
            let denominator = try requiredGroup(of: name, commandOffset: start)
            return [.fraction(numerator: numerator, denominator: denominator, display: name == "dfrac")]
        }
        if name == "sqrt" {
            var rootIndex: MathNode?
            skipSpaces()
            if current == "[" {
                let open = index
                index += 1
                let inner = try scopedList(openedAt: open, closedByBrace: false)
                guard !inner.isEmpty else { throw .invalidArgument(command: name, argument: "[]", offset: start) }
                rootIndex = .group(inner)
            }
            let body = try requiredGroup(of: name, commandOffset: start)
            return [.radical(body: body, index: rootIndex)]
        }
        if name == "overline" {
            return [.overline(try requiredGroup(of: name, commandOffset: start))]
        }
        if let accent = MathAccent(command: name) {
            skipSpaces()
            try enter(at: start)
            guard let body = try parsePlaceable(), !body.isEmpty else {
                throw .missingArgument(after: "\\" + name, offset: start)
            }
            depth -= 1
            let node: MathNode = if body.count == 1, case .group = body[0] { body[0] } else { .group(body) }
            return [.accent(accent, style: font.style(of: accent.character), body: node)]
        }
        if MathSymbols.functionNames.contains(name) {
            return functionNodes([.glyphs(name, .upright)])
        }
        if name == "left" || name == "right" {
            skipSpaces()
            guard let d = current else { throw .missingArgument(after: "\\" + name, offset: start) }
            var delimName: String
            if d == "\\" {
                delimName = commandName(at: index)
                if delimName.count == 1, let e = delimName.first, let ch = MathSymbols.escaped(e) {
                    delimName = String(ch)
                }
                index += 1 + commandName(at: index).count
            } else {
                delimName = String(d)
                index += 1
            }
            guard let ch = MathSymbols.delimiter(named: delimName) else {
                throw .invalidArgument(command: name, argument: delimName, offset: start)
            }
            return ch == "\u{0}" ? [.group([])] : [.glyphs(String(ch), .upright)]
        }
        if let entry = MathSymbols.named[name] {
            return spaced(entry.character, spacing: entry.spacing, at: start)
        }
        if FontClass(name: name) != nil || MathSymbols.spaces[name] != nil || name == "hspace" {
            return nil  // a switch or a space where a placeable was needed
        }
        throw .unknownCommand(name: name, offset: start)
    }

    /// The braced, non-empty group a command such as `\frac` requires.
    mutating func requiredGroup(of command: String, commandOffset: Int) throws(MathTextError) -> MathNode {
        skipSpaces()
        guard current == "{" else { throw .missingArgument(after: "\\" + command, offset: commandOffset) }
        let open = index
        index += 1
        let inner = try scopedList(openedAt: open)
        guard !inner.isEmpty else { throw .invalidArgument(command: command, argument: "{}", offset: commandOffset) }
        return .group(inner)
    }

    /// The list of a group opened at `open` (a `{`, or the `[` of a root's index when not
    /// `closedByBrace`): one nesting level deeper, with font switches scoped to it.
    mutating func scopedList(openedAt open: Int, closedByBrace: Bool = true) throws(MathTextError) -> [MathNode] {
        try enter(at: open)
        fonts.append(font)
        let inner = try parseList(closedByBrace: closedByBrace, indexOpenedAt: closedByBrace ? nil : open)
        fonts.removeLast()
        depth -= 1
        return inner
    }

    /// A function name's glyphs and the thin space mathtext puts after it, unless a
    /// delimiter follows; before a script the space goes after the script instead.
    mutating func functionNodes(_ body: [MathNode]) -> [MathNode] {
        var j = index
        while j < chars.count, chars[j] == " " { j += 1 }
        let next: Character? = j < chars.count ? chars[j] : nil
        if let next, next == "^" || next == "_" {
            spaceAfterScripts = true
            return body.isEmpty ? [.group([])] : body
        }
        if let next, "()[]<>|/.".contains(next) { return body.isEmpty ? [.group([])] : body }
        return body + [.space(em: MathSymbols.spaces[","] ?? 0.16667)]
    }

    /// A symbol with the space its class gets from its neighbours in the source.
    func spaced(_ ch: Character, spacing: MathSymbols.Spacing, at offset: Int) -> [MathNode] {
        let glyph = MathNode.glyphs(String(ch), font.style(of: ch))
        let before = previousNonSpace(before: offset)
        switch spacing {
        case .ordinary:
            return [glyph]
        case .binary, .relation:
            if spaceAfterScripts { return [glyph] }
            if spacing == .binary && (before == nil || MathSymbols.makesNextOperatorUnary(before ?? " ")) {
                return [glyph]
            }
            return [.space(em: 0.2), glyph, .space(em: 0.2)]
        case .punctuation:
            let after = nextNonSpace(after: index - 1)
            if ch == ",", before == "{", after == "}" { return [glyph] }
            if ch == ".", let b = before, let a = after, b.isASCIIDigitChar, a.isASCIIDigitChar { return [glyph] }
            return [glyph, .space(em: 0.2)]
        }
    }

    func previousNonSpace(before i: Int) -> Character? {
        var j = i - 1
        while j >= mathStart {
            if chars[j] != " " { return chars[j] }
            j -= 1
        }
        return nil
    }

    func nextNonSpace(after i: Int) -> Character? {
        var j = i + 1
        while j < chars.count {
            if chars[j] != " " { return chars[j] }
            j += 1
        }
        return nil
    }
}

/// Adjacent runs of one style merged into one, so each can be measured and drawn whole.
private func merged(_ nodes: [MathNode]) -> [MathNode] {
    var out: [MathNode] = []
    out.reserveCapacity(nodes.count)
    for node in nodes {
        if case .glyphs(let s, let style) = node, let last = out.last, case .glyphs(let t, let lastStyle) = last,
           lastStyle == style {
            out[out.count - 1] = .glyphs(t + s, style)
        } else {
            out.append(node)
        }
    }
    return out
}

extension MathTextError {
    /// The same error with its offset moved by `delta` (from a math segment to its line).
    func shifted(by delta: Int) -> MathTextError {
        switch self {
        case .unknownCommand(let n, let o): .unknownCommand(name: n, offset: o + delta)
        case .unclosedGroup(let o): .unclosedGroup(offset: o + delta)
        case .unexpectedCloseBrace(let o): .unexpectedCloseBrace(offset: o + delta)
        case .missingArgument(let a, let o): .missingArgument(after: a, offset: o + delta)
        case .doubleScript(let k, let o): .doubleScript(k, offset: o + delta)
        case .unexpectedCharacter(let c, let o): .unexpectedCharacter(c, offset: o + delta)
        case .invalidArgument(let c, let a, let o): .invalidArgument(command: c, argument: a, offset: o + delta)
        case .nestedTooDeeply(let l, let o): .nestedTooDeeply(limit: l, offset: o + delta)
        case .unclosedMath(let o): .unclosedMath(offset: o + delta)
        case .unclosedIndex(let o): .unclosedIndex(offset: o + delta)
        }
    }
}

extension Character {
    // ASCII tests by code, which is much faster than Unicode property lookups.
    var isASCIILetter: Bool {
        guard let v = asciiValue else { return false }
        return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
    }

    var isASCIIDigitChar: Bool {
        guard let v = asciiValue else { return false }
        return v >= 48 && v <= 57
    }

    /// Characters mathtext accepts as symbols inside `$...$` (its `symbol` regex).
    var isMathSymbolCharacter: Bool {
        if let v = asciiValue {
            if isASCIILetter || isASCIIDigitChar { return true }
            switch v {
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "<"),
                 UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "."),
                 UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "'"),
                 UInt8(ascii: "@"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "|"):
                return true
            default:
                return false
            }
        }
        return !(unicodeScalars.first.map { $0.properties.isWhitespace } ?? true)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
