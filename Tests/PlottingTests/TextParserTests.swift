import Testing
@testable import Plotting

/// Parse trees of the mathtext subset: what `MathTextParser` makes of a line.
@Suite struct TextParserTests {
    let parser = MathTextParser()

    func parse(_ s: String) throws -> [MathNode] { try parser.parse(s) }

    @Test func plainTextIsOneRunInTheLabelsFace() throws {
        #expect(try parse("Feature 1") == [.glyphs("Feature 1", .text)])
        #expect(try parse("[Fe/H]") == [.glyphs("[Fe/H]", .text)])
        #expect(try parse("") == [])
    }

    @Test func variablesAreItalicDigitsUpright() throws {
        #expect(try parse("$x_1$") == [.scripts(nucleus: .glyphs("x", .italic), sub: .glyphs("1", .upright), sup: nil)])
        #expect(try parse("$x^2$") == [.scripts(nucleus: .glyphs("x", .italic), sub: nil, sup: .glyphs("2", .upright))])
        #expect(try parse("$ab12$") == [.glyphs("ab", .italic), .glyphs("12", .upright)])
    }

    @Test func subscriptAndSuperscriptTogetherInEitherOrder() throws {
        let expected: [MathNode] = [.scripts(nucleus: .glyphs("x", .italic), sub: .glyphs("1", .upright),
                                             sup: .glyphs("2", .upright))]
        #expect(try parse("$x_1^2$") == expected)
        #expect(try parse("$x^2_1$") == expected)
        #expect(try parse("$x _ 1 ^ 2$") == expected)
    }

    @Test func bracedScriptsAndNestedGroups() throws {
        #expect(try parse("$x_{12}$") == [.scripts(nucleus: .glyphs("x", .italic), sub: .group([.glyphs("12", .upright)]), sup: nil)])
        #expect(try parse("$x^{a^{b}}$") == [.scripts(
            nucleus: .glyphs("x", .italic), sub: nil,
            sup: .group([.scripts(nucleus: .glyphs("a", .italic), sub: nil, sup: .group([.glyphs("b", .italic)]))]))])
        // Only the last placeable is the nucleus.
        #expect(try parse("$ab_1$") == [.glyphs("a", .italic),
                                         .scripts(nucleus: .glyphs("b", .italic), sub: .glyphs("1", .upright), sup: nil)])
    }

    @Test func minusBecomesUnicodeMinusAndIsUnaryAfterABrace() throws {
        // The nucleus is the last placeable only, '0', as in mathtext.
        #expect(try parse("$10^{-3}$") == [.glyphs("1", .upright), .scripts(nucleus: .glyphs("0", .upright), sub: nil,
                                                    sup: .group([.glyphs("\u{2212}3", .upright)]))])
        #expect(try parse("$-2$") == [.glyphs("\u{2212}2", .upright)])
        // Binary between operands: 0.2 em each side.
        #expect(try parse("$a-b$") == [.glyphs("a", .italic), .space(em: 0.2), .glyphs("\u{2212}", .upright),
                                        .space(em: 0.2), .glyphs("b", .italic)])
        // Unary after a relation, which is itself spaced.
        #expect(try parse("$a=-2$") == [.glyphs("a", .italic), .space(em: 0.2), .glyphs("=", .upright),
                                         .space(em: 0.2), .glyphs("\u{2212}2", .upright)])
    }

    @Test func greekLowerCaseItalicCapitalUpright() throws {
        #expect(try parse("$\\alpha$") == [.glyphs("α", .italic)])
        #expect(try parse("$\\sigma^2$") == [.scripts(nucleus: .glyphs("σ", .italic), sub: nil, sup: .glyphs("2", .upright))])
        #expect(try parse("$\\Gamma\\Omega\\omega$") == [.glyphs("ΓΩ", .upright), .glyphs("ω", .italic)])
        #expect(try parse("$\\phi\\varphi\\epsilon$") == [.glyphs("\u{3D5}\u{3C6}\u{3B5}", .italic)])
    }

    @Test func symbolsAndTheirSpacing() throws {
        #expect(try parse("$x \\times y$") == [.glyphs("x", .italic), .space(em: 0.2), .glyphs("×", .upright),
                                                .space(em: 0.2), .glyphs("y", .italic)])
        #expect(try parse("$\\mu \\pm \\sigma$") == [.glyphs("μ", .italic), .space(em: 0.2), .glyphs("±", .upright),
                                                      .space(em: 0.2), .glyphs("σ", .italic)])
        #expect(try parse("$\\leq 5$") == [.space(em: 0.2), .glyphs("≤", .upright), .space(em: 0.2), .glyphs("5", .upright)])
        // A binary operator as a lone script is still spaced (its source neighbour is '_').
        #expect(try parse("$M_\\odot$") == [.scripts(nucleus: .glyphs("M", .italic),
                                                        sub: .group([.space(em: 0.2), .glyphs("⊙", .upright), .space(em: 0.2)]), sup: nil)])
        #expect(try parse("$\\infty \\sim \\cdot$").map(\.plainText).joined() == "∞∼⋅")
        #expect(try parse("$a, b$") == [.glyphs("a", .italic), .glyphs(",", .upright), .space(em: 0.2), .glyphs("b", .italic)])
        #expect(try parse("$1.5$") == [.glyphs("1.5", .upright)])
    }

    @Test func fontCommandsAndText() throws {
        #expect(try parse("$\\mathrm{km}\\,s$") == [.group([.glyphs("km", .upright)]), .space(em: 0.16667), .glyphs("s", .italic)])
        #expect(try parse("$\\mathdefault{10^{2}}$") == [.group([.glyphs("1", .text), .scripts(
            nucleus: .glyphs("0", .text), sub: nil, sup: .group([.glyphs("2", .text)]))])])
        #expect(try parse("$\\mathbf{v}_x$") == [.scripts(nucleus: .group([.glyphs("v", .bold)]), sub: .glyphs("x", .italic), sup: nil)])
        // A switch lasts to the end of its group, as in TeX.
        #expect(try parse("$\\rm{km} x$") == [.group([.glyphs("km", .upright)]), .glyphs("x", .upright)])
        #expect(try parse("${\\rm d}x$") == [.group([.glyphs("d", .upright)]), .glyphs("x", .italic)])
        #expect(try parse("$\\text{a b}$") == [.glyphs("a b", .upright)])
        #expect(try parse("$\\mathit{2}$") == [.group([.glyphs("2", .italic)])])
    }

    @Test func functionsAreUprightWithAThinSpace() throws {
        #expect(try parse("$\\log x$") == [.glyphs("log", .upright), .space(em: 0.16667), .glyphs("x", .italic)])
        #expect(try parse("$\\sin(x)$") == [.glyphs("sin(", .upright), .glyphs("x", .italic), .glyphs(")", .upright)])
        #expect(try parse("$\\log_{10} x$") == [.scripts(nucleus: .glyphs("log", .upright), sub: .group([.glyphs("10", .upright)]), sup: nil),
                                                 .space(em: 0.16667), .glyphs("x", .italic)])
    }

    @Test func spacesAndDelimiters() throws {
        #expect(try parse("$a b$") == [.glyphs("ab", .italic)])
        #expect(try parse("$a\\ b~c\\quad d\\!e$") == [.glyphs("a", .italic), .space(em: 0.33333), .glyphs("b", .italic),
                                                        .space(em: 0.33333), .glyphs("c", .italic), .space(em: 1),
                                                        .glyphs("d", .italic), .space(em: -0.16667), .glyphs("e", .italic)])
        #expect(try parse("$\\hspace{0.5}x$") == [.space(em: 0.5), .glyphs("x", .italic)])
        #expect(try parse("$\\left(x\\right)$") == [.glyphs("(", .upright), .glyphs("x", .italic), .glyphs(")", .upright)])
    }

    @Test func dollarsEscapedAndOdd() throws {
        #expect(try parse("costs \\$5") == [.glyphs("costs $5", .text)])
        // An odd number of unescaped dollars: the whole line is plain text, as in matplotlib.
        #expect(try parse("$5 and $x$") == [.glyphs("$5 and $x$", .text)])
        #expect(try parse("a $x$ \\$ b") == [.glyphs("a ", .text), .glyphs("x", .italic), .glyphs(" $ b", .text)])
        #expect(try parse("$\\$$") == [.glyphs("$", .upright)])
        #expect(!MathTextParser.containsMath("\\$x\\$"))
        #expect(MathTextParser.containsMath("$x$"))
    }

    @Test func mixedTextAndMath() throws {
        #expect(try parse("$E_n$ (km$^2$/s$^2$)") == [
            .scripts(nucleus: .glyphs("E", .italic), sub: .glyphs("n", .italic), sup: nil),
            .glyphs(" (km", .text),
            .scripts(nucleus: .group([]), sub: nil, sup: .glyphs("2", .upright)),
            .glyphs("/s", .text),
            .scripts(nucleus: .group([]), sub: nil, sup: .glyphs("2", .upright)),
            .glyphs(")", .text),
        ])
    }

    @Test(arguments: [
        ("$\\tfrac{a}{b}$", MathTextError.unknownCommand(name: "tfrac", offset: 1)),
        ("$\\frac{a}$", .missingArgument(after: "\\frac", offset: 1)),
        ("$\\frac a b$", .missingArgument(after: "\\frac", offset: 1)),
        ("$\\frac{a}{}$", .invalidArgument(command: "frac", argument: "{}", offset: 1)),
        ("$\\dfrac{a}{b$", .unclosedGroup(offset: 12)),
        ("$\\sqrt[$", .unclosedIndex(offset: 6)),
        ("$x + \\sqrt[3 x$", .unclosedIndex(offset: 10)),
        ("$\\sqrt[3]$", .missingArgument(after: "\\sqrt", offset: 1)),
        ("$\\sqrt[]{x}$", .invalidArgument(command: "sqrt", argument: "[]", offset: 1)),
        ("$\\sqrt{}$", .invalidArgument(command: "sqrt", argument: "{}", offset: 1)),
        ("$\\hat$", .missingArgument(after: "\\hat", offset: 1)),
        ("$\\vec}$", .missingArgument(after: "\\vec", offset: 1)),
        ("$a\\bar_1$", .missingArgument(after: "\\bar", offset: 2)),
        ("$\\overline x$", .missingArgument(after: "\\overline", offset: 1)),
        ("$x_$", .missingArgument(after: "_", offset: 2)),
        ("$x^$", .missingArgument(after: "^", offset: 2)),
        ("$x_1_2$", .doubleScript("subscript", offset: 4)),
        ("$x^1^2$", .doubleScript("superscript", offset: 4)),
        ("${x$", .unclosedGroup(offset: 3)),
        ("$x}$", .unexpectedCloseBrace(offset: 2)),
        ("$50%$", .unexpectedCharacter("%", offset: 3)),
        ("ab $\\alphax$", .unknownCommand(name: "alphax", offset: 4)),
        ("$\\hspace{wide}$", .invalidArgument(command: "hspace", argument: "wide", offset: 1)),
        ("$\\hspace{20000}$", .invalidArgument(command: "hspace", argument: "20000", offset: 1)),
        ("$\\left\\foo x\\right)$", .invalidArgument(command: "left", argument: "foo", offset: 1)),
        ("$\\$", MathTextError.unexpectedCharacter("$", offset: 0)),
    ])
    func errorsSayWhatAndWhere(_ input: String, _ expected: MathTextError) throws {
        if !MathTextParser.containsMath(input) {
            // Odd dollars never reach the math parser: plain text, no error.
            #expect(try parse(input) == [.glyphs(input.replacingOccurrences(of: "\\$", with: "$"), .text)])
            return
        }
        #expect(throws: expected) { try parse(input) }
        #expect(!expected.description.isEmpty)
    }

    @Test func fractionsRadicalsAndAccents() throws {
        #expect(try parse("$\\frac{1}{x}$") == [.fraction(numerator: .group([.glyphs("1", .upright)]),
                                                             denominator: .group([.glyphs("x", .italic)]), display: false)])
        #expect(try parse("$\\dfrac {a} {b}$") == [.fraction(numerator: .group([.glyphs("a", .italic)]),
                                                               denominator: .group([.glyphs("b", .italic)]), display: true)])
        #expect(try parse("$\\sqrt{2}$") == [.radical(body: .group([.glyphs("2", .upright)]), index: nil)])
        #expect(try parse("$\\sqrt[n]{x}$") == [.radical(body: .group([.glyphs("x", .italic)]),
                                                          index: .group([.glyphs("n", .italic)]))])
        // A ']' inside braces belongs to the index; the first one outside ends it.
        #expect(try parse("$\\sqrt[{]}]{x}$") == [.radical(body: .group([.glyphs("x", .italic)]),
                                                            index: .group([.group([.glyphs("]", .upright)])]))])
        #expect(try parse("$\\hat{x}$") == [.accent(.hat, style: .upright, body: .group([.glyphs("x", .italic)]))])
        #expect(try parse("$\\vec v$") == [.accent(.vec, style: .upright, body: .group([.glyphs("v", .italic)]))])
        #expect(try parse("$\\mathbf{\\bar{x}}$") == [.group([.accent(.bar, style: .bold, body: .group([.glyphs("x", .bold)]))])])
        #expect(try parse("$\\bar{x}_i$") == [.scripts(nucleus: .accent(.bar, style: .upright, body: .group([.glyphs("x", .italic)])),
                                                        sub: .glyphs("i", .italic), sup: nil)])
        #expect(try parse("$\\overline{AB}$") == [.overline(.group([.glyphs("AB", .italic)]))])
        #expect(MathNode.fraction(numerator: .glyphs("a", .italic), denominator: .glyphs("b", .italic), display: false)
            .plainText == "(a)/(b)")
    }

    @Test func errorMessagesAreActionable() {
        let e = MathTextError.unknownCommand(name: "frac", offset: 3)
        #expect(e.description.contains("\\frac"))
        #expect(e.description.contains("offset 3"))
        #expect(MathTextError.unclosedGroup(offset: 1).description.contains("'}'"))
        #expect(MathTextError.unclosedIndex(offset: 6).description.contains("']'"))
        #expect(MathTextError.unclosedIndex(offset: 6).description.contains("offset 6"))
    }

    @Test func nestingIsBounded() {
        let deep = "$" + String(repeating: "{", count: 200) + "x" + String(repeating: "}", count: 200) + "$"
        #expect(throws: MathTextError.nestedTooDeeply(limit: MathTextParser.nestingLimit, offset: 65)) {
            try parse(deep)
        }
        let scripts = "$" + String(repeating: "x^{", count: 100) + "1" + String(repeating: "}", count: 100) + "$"
        #expect(throws: (any Error).self) { try parse(scripts) }
    }
}
