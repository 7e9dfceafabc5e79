import Foundation
import Testing
@testable import Plotting

/// Lays out the fixture's labels with DejaVu Sans' real glyph metrics and checks every
/// glyph lands where matplotlib 3.11's mathtext puts it (Scripts/make-text-fixtures.py).
@Suite struct TextMatplotlibParityTests {
    static let fixture: MathtextFixture? = try? MathtextFixture.load()

    /// Each glyph of a layout: character, face, size and baseline position (y up).
    struct PlacedGlyph {
        let char: Character
        let face: Font.Face
        let size: Double
        let x: Double
        let y: Double
    }

    static func glyphs(of layout: TextLayout, canvas: DejaVuMetricsCanvas) -> [PlacedGlyph] {
        var out: [PlacedGlyph] = []
        for run in layout.runs {
            var prefix = ""
            for c in run.text {
                prefix.append(c)
                // The glyph starts where the prefix ending with it ends, less its own advance.
                let end = canvas.measure(prefix, run.font).width
                let own = canvas.measure(String(c), run.font).width
                out.append(PlacedGlyph(char: c, face: run.font.face, size: run.font.size,
                                       x: run.offset.x + end - own, y: -run.offset.y))
            }
        }
        return out
    }

    @Test func fixtureIsFromMatplotlib311() throws {
        let fixture = try #require(Self.fixture)
        #expect(fixture.matplotlib.hasPrefix("3.11"))
        #expect(fixture.samples.count >= 20)
    }

    @Test(arguments: (try? MathtextFixture.load())?.samples.map(\.text) ?? [])
    func glyphPositionsMatchMathtext(_ text: String) throws {
        let fixture = try #require(Self.fixture)
        let sample = try #require(fixture.samples.first { $0.text == text })
        let canvas = DejaVuMetricsCanvas(fixture: fixture)
        let layout = TextLayout(text, font: Font(size: fixture.fontSize), measuringWith: canvas)
        #expect(layout.errors.isEmpty, "\(layout.errors)")
        #expect(canvas.misses.chars.isEmpty, "no metrics for \(canvas.misses.chars)")
        let ours = Self.glyphs(of: layout, canvas: canvas)
        try #require(ours.count == sample.glyphs.count,
                     "\(ours.map(\.char)) vs \(sample.glyphs.map(\.char))")
        // Positions come from the same metrics through a different order of additions.
        let tolerance = 1e-9
        for (mine, theirs) in zip(ours, sample.glyphs) {
            #expect(String(mine.char) == theirs.char)
            #expect(mine.face.fixtureName == theirs.face, "\(theirs.char) in \(text)")
            #expect(abs(mine.size - theirs.size) <= tolerance, "\(theirs.char) in \(text)")
            #expect(abs(mine.x - theirs.x) <= tolerance, "x of \(theirs.char) in \(text): \(mine.x) vs \(theirs.x)")
            #expect(abs(mine.y - theirs.y) <= tolerance, "y of \(theirs.char) in \(text): \(mine.y) vs \(theirs.y)")
        }
        let line = try #require(layout.lines.first)
        #expect(abs(line.width - sample.width) <= tolerance)
        #expect(abs(line.inkAscent - sample.height) <= tolerance)
        #expect(abs(line.inkDescent - sample.depth) <= tolerance)
    }

    /// Line boxes and spacing as Text._get_layout computes them (PDF renderer, 72 dpi).
    /// matplotlib rounds mathtext boxes up to whole device pixels; we keep them exact, so a
    /// math line may sit up to one pixel (here one point) lower than matplotlib's.
    @Test(arguments: (try? MathtextFixture.load())?.layouts.map(\.text) ?? [])
    func lineBoxesMatchTextLayout(_ text: String) throws {
        let fixture = try #require(Self.fixture)
        let expected = try #require(fixture.layouts.first { $0.text == text })
        let canvas = DejaVuMetricsCanvas(fixture: fixture)
        let layout = TextLayout(text, font: Font(size: fixture.fontSize), measuringWith: canvas)
        try #require(layout.lines.count == expected.lines.count)
        for (line, theirs) in zip(layout.lines, expected.lines) {
            if line.isMath {
                #expect(line.ascent <= theirs.ascent + 1e-9 && line.ascent > theirs.ascent - 1)
                #expect(line.descent <= theirs.descent + 1e-9 && line.descent > theirs.descent - 1)
            } else {
                #expect(abs(line.ascent - theirs.ascent) <= 1e-9, "ascent of \(text)")
                #expect(abs(line.descent - theirs.descent) <= 1e-9, "descent of \(text)")
                // matplotlib's FT2Font.set_text rounds each glyph's advance to 1/64 pt at 72 dpi.
                let glyphCount = Double(layout.runs[line.runs].reduce(0) { $0 + $1.text.count })
                #expect(abs(line.width - theirs.width) <= glyphCount / 64, "width of \(text)")
            }
        }
        if !layout.lines.contains(where: \.isMath) {
            for (line, theirs) in zip(layout.lines, expected.lines) {
                #expect(abs(-line.origin.y - theirs.baseline) <= 1e-9, "baseline in \(text)")
            }
        }
    }

    /// Window extents of left/centre/right, top/center/baseline/center_baseline/bottom text
    /// at 0, 90, 30 and -45 degrees in both rotation modes, as matplotlib computes them
    /// (the multi-line text aligns its lines by `ha`, matplotlib's default multialignment).
    @Test func alignedAndRotatedBoxesMatchMatplotlib() throws {
        let fixture = try #require(Self.fixture)
        #expect(fixture.placements.count == 180)
        let canvas = DejaVuMetricsCanvas(fixture: fixture)
        let anchor = Point(300, 200)
        for p in fixture.placements {
            let h: TextPlacement.Horizontal = p.ha == "left" ? .left : p.ha == "right" ? .right : .center
            let v: TextPlacement.Vertical = switch p.va {
            case "top": .top
            case "center": .center
            case "baseline": .baseline
            case "center_baseline": .centerBaseline
            default: .bottom
            }
            let layout = TextLayout(p.text, font: Font(size: 10), measuringWith: canvas, lineAlignment: h)
            let r = layout.bounds(at: anchor, horizontal: h, vertical: v, rotation: p.rotation,
                                  rotationMode: p.mode == "anchor" ? .anchor : .default)
            let ours = [r.minX - anchor.x, anchor.y - r.maxY, r.maxX - anchor.x, anchor.y - r.minY]
            // Widths differ by matplotlib's 1/64-pt rounding of each glyph's advance (7 glyphs at most).
            let ok = zip(ours, p.bbox).allSatisfy { abs($0 - $1) <= 7.0 / 64 }
            #expect(ok, "\(p.text.debugDescription) \(p.ha) \(p.va) \(p.rotation) \(p.mode): \(ours) vs \(p.bbox)")
        }
    }
}
