import Testing
@testable import Plotting

/// Thousands of seeded random labels, biased towards mathtext's special characters, must
/// lay out and draw without crashing, with finite extents, the same way every time.
@Suite struct TextFuzzTests {
    /// SplitMix64: a small deterministic generator, so a failure names a reproducible case.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let tokens: [String] = [
        "$", "$", "$", "\\", "{", "}", "_", "^", "^", "_", "x", "y", "1", "2", "0", "-", "+", "=", " ", " ",
        "\\alpha", "\\Gamma", "\\times", "\\pm", "\\frac", "\\mathrm{", "\\rm", "\\text{", "\\left(", "\\right)",
        "\\log", "\\,", "\\!", "\\quad", "\\hspace{", "\\hspace{1.5}", "~", "'", "%", "#", "\\$", "\n", "\\\\",
        "é", "\u{301}", "😀", "\u{0}", "\r\n", "(", ")", "[", "]", ",", ".", "\\left", "\\right", "\\mathbf{", "}}",
        "{{", "\\odot", "\\infty", "\\sim", "\\leq", "\\mathdefault{", "\\unknown", ":", "<", ">", "|",
        // Fractions, radicals and accents, mostly whole (so the math path keeps being taken;
        // braces, scripts and the bare "\\frac" above break them up often enough).
        "\\frac{x}{2}", "\\dfrac{1}{y_2}", "\\sqrt", "\\sqrt{x}", "\\sqrt[", "\\sqrt[3]{x}", "\\hat",
        "\\hat{x}", "\\bar{x}", "\\vec v", "\\tilde{\\alpha}", "\\dot{x}", "\\ddot x", "\\overline{ab}",
        "\\mathsf{x}", "\\mathit{y}",
    ]

    /// Half the cases are one `$...$` around random tokens (so the math parser sees them),
    /// the other half anything at all.
    static func randomLabel(_ rng: inout SplitMix64) -> String {
        if rng.next() % 2 == 0 {
            var body = ""
            for _ in 0..<Int(rng.next() % 16) {
                let t = tokens[Int(rng.next() % UInt64(tokens.count))]
                if !t.contains("$") && !t.contains("\n") { body += t }
            }
            return "$" + body + "$"
        }
        let length = Int(rng.next() % 24)
        var s = ""
        for _ in 0..<length {
            if rng.next() % 10 == 0, let scalar = Unicode.Scalar(UInt32(rng.next() % 0x2FFF)) {
                s.unicodeScalars.append(scalar)
            } else {
                s += tokens[Int(rng.next() % UInt64(tokens.count))]
            }
        }
        return s
    }

    static let caseCount = 20_000

    @Test func randomLabelsLayOutWithFiniteExtents() throws {
        var rng = SplitMix64(state: 20_261_125)
        let canvas = RecordingCanvas()
        var parsedAsMath = 0, rejected = 0
        for i in 0..<Self.caseCount {
            let s = Self.randomLabel(&rng)
            let t = TextLayout(s, font: Font(size: 10), measuringWith: canvas)
            let ok = t.width.isFinite && t.width >= 0 && t.ascent >= 0 && t.descent >= 0 && t.ascent.isFinite && t.descent.isFinite
                && t.runs.allSatisfy { $0.offset.x.isFinite && $0.offset.y.isFinite && $0.font.size > 0 && $0.font.size.isFinite }
                && t.rules.allSatisfy { $0.minX.isFinite && $0.minY.isFinite && $0.width > 0 && $0.height > 0 }
            #expect(ok, "case \(i): \(s.debugDescription)")
            if !ok { return }
            parsedAsMath += t.lines.filter(\.isMath).count
            rejected += t.errors.count
            var recorder = RecordingCanvas()
            t.draw(on: &recorder, origin: Point(10, 10), color: .black, rotation: Double(i % 360))
            #expect(recorder.texts.count <= t.runs.count)
        }
        // The generator must exercise both paths, or the test proves little.
        #expect(parsedAsMath > 2000)
        #expect(rejected > 2000)
    }

    @Test func layoutIsDeterministic() throws {
        var rng = SplitMix64(state: 7)
        let canvas = RecordingCanvas()
        for _ in 0..<2000 {
            let s = Self.randomLabel(&rng)
            #expect(TextLayout(s, font: Font(size: 9), measuringWith: canvas)
                == TextLayout(s, font: Font(size: 9), measuringWith: canvas))
        }
    }

    @Test func pathologicalInputs() throws {
        let canvas = RecordingCanvas()
        let inputs = [
            String(repeating: "$", count: 10_000),
            "$" + String(repeating: "{", count: 5000) + "$",
            "$" + String(repeating: "x^", count: 5000) + "$",
            "$" + String(repeating: "\\", count: 5001) + "$",
            String(repeating: "\n", count: 1000),
            "$" + String(repeating: "a_{", count: 3000) + String(repeating: "}", count: 3000) + "$",
            "$\\hspace{1e308}x$",
            "$\\hspace{-1e308}x$",
            "$\\hspace{" + String(repeating: "9", count: 400) + "}x$",
            "$x" + String(repeating: "\\quad", count: 10_000) + "$",
        ]
        for s in inputs {
            let t = TextLayout(s, font: Font(size: 10), measuringWith: canvas)
            #expect(t.ascent.isFinite && t.descent.isFinite && t.width.isFinite)
        }
    }
}
