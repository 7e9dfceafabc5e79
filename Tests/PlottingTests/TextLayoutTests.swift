import Testing
@testable import Plotting

/// Layout positions with `RecordingCanvas`'s fake metrics (0.6 em a character, ascent
/// 0.75 em, descent 0.25 em for descenders), checked against mathtext's rules written out.
@Suite struct TextLayoutTests {
    let canvas = RecordingCanvas()
    let size = 10.0
    // mathtext's DejaVu Sans constants at 10 pt.
    var xHeight: Double { 1120.0 / 2048 * size }
    var sup1: Double { 845.824 / 2048 * size }
    var sub1: Double { 307.199 / 2048 * size }
    let typoAscent = 1556.0 / 2048 * 10
    let typoDescent = 492.0 / 2048 * 10

    func layout(_ s: String, face: Font.Face = .regular) -> TextLayout {
        TextLayout(s, font: Font(size: size, face: face), measuringWith: canvas)
    }

    @Test func plainTextIsOneRunWithTheFontsMinimumBox() throws {
        let t = layout("Feature 1")
        #expect(t.runs == [TextLayout.Run(text: "Feature 1", font: Font(size: 10), offset: .zero)])
        #expect(t.width == 0.6 * 10 * 9)
        // Ink ascent 7.5 is below DejaVu Sans' ascender (1556/2048 em): the box uses the ascender.
        #expect(t.ascent == typoAscent)
        #expect(t.descent == typoDescent)
        #expect(t.lines.count == 1 && !t.lines[0].isMath)
        #expect(t.errors.isEmpty)
    }

    @Test func subscriptIsShrunkAndLoweredBySub1() throws {
        let t = layout("$x_1$")
        try #require(t.runs.count == 2)
        #expect(t.runs[0] == TextLayout.Run(text: "x", font: Font(size: 10, face: .oblique), offset: .zero))
        // After a slanted glyph the subscript kern is 0; shift = max(sub1 xh, height - 4/5 xh).
        let subHeight = 0.75 * 7
        let shift = max(sub1, subHeight - xHeight * 4 / 5)
        #expect(t.runs[1].font == Font(size: 7, face: .regular))
        #expect(abs(t.runs[1].offset.x - 6) < 1e-12)
        #expect(abs(t.runs[1].offset.y - shift) < 1e-12)
        // Width: nucleus, script, and mathtext's script space of 0.05 x-height.
        #expect(abs(t.width - (6 + 4.2 + 0.05 * xHeight)) < 1e-12)
        #expect(abs(t.lines[0].inkDescent - shift) < 1e-12)
    }

    @Test func superscriptAfterSlantedGlyphIsKernedRightAndRaisedBySup1() throws {
        let t = layout("$x^2$")
        try #require(t.runs.count == 2)
        let lastHeight = 0.75 * 10  // the fake 'x' ink height
        let kern = (0.025 * xHeight * 2 + 0.2 * (lastHeight - xHeight * 2 / 3)) * 0.7
        #expect(abs(t.runs[1].offset.x - (6 + kern)) < 1e-12)
        #expect(abs(t.runs[1].offset.y + sup1) < 1e-12)
        #expect(abs(t.lines[0].inkAscent - (sup1 + 0.75 * 7)) < 1e-12)
        // Taller than DejaVu's ascender, so the box grows with the ink.
        #expect(abs(t.ascent - (sup1 + 0.75 * 7)) < 1e-12)
    }

    @Test func uprightNucleusGetsTheSmallKern() throws {
        let t = layout("$2^2$")
        #expect(abs(t.runs[1].offset.x - (6 + 0.025 * xHeight * 0.7)) < 1e-12)
    }

    @Test func subAndSuperscriptStackWithClearance() throws {
        let t = layout("$x_1^2$")
        try #require(t.runs.count == 3)
        let sup = t.runs[1], sub = t.runs[2]
        #expect(sup.text == "2" && sub.text == "1")
        // Both start at the nucleus' edge plus their own kerns.
        #expect(sub.offset.x == 6)
        #expect(sup.offset.x > 6)
        // At least four rule thicknesses apart (0.75/12 em each).
        let gap = (-sup.offset.y - 0) - (0.75 * 7 - sub.offset.y)
        #expect(gap >= 4 * 0.0625 * size - 1e-12)
        #expect(sub.offset.y >= 632.832 / 2048 * size - 1e-12)
    }

    @Test func scriptsShrinkBySevenTenthsPerLevelAndStopAfterFive() throws {
        let t = layout("$a^{b^{c^{d^{e^{f^{g}}}}}}$")
        let sizes = t.runs.map(\.font.size)
        let expected = [10.0, 7, 4.9, 3.43, 2.401, 1.6807, 1.6807]
        try #require(sizes.count == expected.count)
        for (s, e) in zip(sizes, expected) { #expect(abs(s - e) < 1e-9) }
        // Each level sits above the one before.
        let ys = t.runs.map(\.offset.y)
        for i in 1..<ys.count { #expect(ys[i] < ys[i - 1]) }
    }

    @Test func greekAndVariablesItalicCapitalsAndDigitsUpright() throws {
        let t = layout("$\\alpha\\Gamma 2x$")
        #expect(t.runs.map(\.text) == ["α", "Γ2", "x"])
        #expect(t.runs.map(\.font.face) == [.oblique, .regular, .oblique])
    }

    @Test func operatorsAreSpacedByAFifthOfTheObliqueM() throws {
        let t = layout("$a+b$")
        let em = 0.6 * 10  // the fake oblique 'm'
        #expect(t.runs.map(\.text) == ["a", "+", "b"])
        #expect(abs(t.runs[1].offset.x - (6 + 0.2 * em)) < 1e-12)
        #expect(abs(t.runs[2].offset.x - (12 + 0.4 * em)) < 1e-12)
    }

    @Test func textOutsideMathKeepsTheLabelsFace() throws {
        let t = layout("Bold $x$ title", face: .bold)
        #expect(t.runs.map(\.text) == ["Bold ", "x", " title"])
        #expect(t.runs.map(\.font.face) == [.bold, .oblique, .bold])
        #expect(t.runs.allSatisfy { $0.offset.y == 0 })
    }

    @Test func multipleLinesAreOnePointTwoEmsApartAndTheOriginIsTheLastBaseline() throws {
        let t = layout("one\ntwo\nthree")
        #expect(t.lines.count == 3)
        let pitch = (1556.0 + 492 + 410) / 2048 * size
        #expect(abs(t.lines[2].origin.y) < 1e-12)
        #expect(abs(t.lines[1].origin.y + pitch) < 1e-12)
        #expect(abs(t.lines[0].origin.y + 2 * pitch) < 1e-12)
        #expect(abs(t.ascent - (2 * pitch + typoAscent + 205.0 / 2048 * size)) < 1e-12)
        #expect(abs(t.descent - (typoDescent + 205.0 / 2048 * size)) < 1e-12)
        #expect(t.runs.map(\.offset.y) == t.lines.map(\.origin.y))
    }

    @Test func linesAlignAmongThemselves() throws {
        let centred = TextLayout("a\nbbb", font: Font(size: 10), measuringWith: canvas, lineAlignment: .center)
        #expect(centred.runs[0].offset.x == 6)
        let right = TextLayout("a\nbbb", font: Font(size: 10), measuringWith: canvas, lineAlignment: .right)
        #expect(right.runs[0].offset.x == 12)
    }

    @Test func unparsableMathIsDrawnLiterallyWithItsError() throws {
        let t = layout("$\\binom{a}{b}$ ok")
        #expect(t.runs.map(\.text) == ["$\\binom{a}{b}$ ok"])
        #expect(t.errors == [.unknownCommand(name: "binom", offset: 1)])
        #expect(!t.lines[0].isMath)
    }

    @Test func oddDollarsArePlainText() throws {
        let t = layout("costs $5")
        #expect(t.runs.map(\.text) == ["costs $5"])
        #expect(t.errors.isEmpty)
    }

    @Test func drawingPlacesRunsAndRotatesThem() throws {
        var c = RecordingCanvas()
        let t = layout("$x_1$")
        t.draw(on: &c, origin: Point(100, 50), color: .black)
        #expect(c.texts.map(\.origin) == [Point(100, 50), Point(106, 50 + t.runs[1].offset.y)])
        var r = RecordingCanvas()
        t.draw(on: &r, origin: Point(100, 50), color: .white, rotation: 90)
        // Rotated a quarter turn counter-clockwise: along the baseline is up the page.
        #expect(r.texts[1].origin == Point(100 + t.runs[1].offset.y, 44))
        #expect(r.texts.allSatisfy { $0.style.rotation == 90 && $0.style.color == .white })
    }

    @Test func placementAlignsTheBoxAsMatplotlib() throws {
        let t = layout("$x^2$")
        let centred = TextPlacement(horizontal: .center, vertical: .top).bounds(of: t, at: Point(50, 20))
        #expect(abs(centred.midX - 50) < 1e-12)
        #expect(abs(centred.minY - 20) < 1e-12)
        #expect(abs(centred.height - t.height) < 1e-12)
        // A y-axis label: rotated a quarter turn about its anchor, its bottom edge on the anchor.
        let yLabel = TextPlacement(horizontal: .center, vertical: .bottom, rotation: 90, rotationMode: .anchor)
            .bounds(of: t, at: Point(30, 100))
        #expect(abs(yLabel.width - t.height) < 1e-12)
        #expect(abs(yLabel.maxX - 30) < 1e-12)
        #expect(abs(yLabel.midY - 100) < 1e-12)
    }

    @Test func degenerateFontSizesDoNotBreakLayout() throws {
        for size in [0, -3, .nan, .infinity] {
            let t = TextLayout("$x_1^2$ and text", font: Font(size: size), measuringWith: canvas)
            #expect(t.width.isFinite && t.ascent.isFinite && t.descent.isFinite)
        }
    }

    @Test func inkBoundsCoverTheGlyphs() throws {
        let t = layout("$x^2$")
        let ink = try #require(t.inkBounds)
        // From the top of the superscript to the baseline (the fake glyphs have no descent).
        #expect(abs(ink.minY - (-(sup1 + 0.75 * 7))) < 1e-12)
        #expect(abs(ink.maxY) < 1e-12)
        #expect(ink.minX == 0 && abs(ink.maxX - t.runs[1].offset.x - 4.2) < 1e-12)
        #expect(layout("").inkBounds == nil)
        let two = layout("a\nb")
        #expect(try #require(two.inkBounds).minY < -10)
    }

    @Test func theCacheReturnsTheSameLayout() throws {
        let cache = TextLayoutCache()
        let a = cache.layout("$10^{3}$", font: Font(size: 10), canvas: canvas)
        let b = cache.layout("$10^{3}$", font: Font(size: 10), canvas: canvas)
        #expect(a == b)
        #expect(cache.count == 1)
        _ = cache.layout("$10^{3}$", font: Font(size: 12), canvas: canvas)
        #expect(cache.count == 2)
        let centred = cache.layout("a\nbbb", font: Font(size: 10), canvas: canvas, lineAlignment: .center)
        #expect(centred.runs[0].offset.x == 6)
        #expect(cache.layout("a\nbbb", font: Font(size: 10), canvas: canvas).runs[0].offset.x == 0)
    }
}
