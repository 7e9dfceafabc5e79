import CairoBackend
import Foundation
import Plotting
import Testing

/// Fractions, radicals, accents and font commands drawn through Cairo: 12 pt on the left
/// as in a figure, 24 pt on the right to show the detail (rules are filled rectangles
/// through `Canvas.fill`, accents and the radical sign glyphs).
///
/// `Scripts/math-constructs-matplotlib.py` draws the same labels at the same anchors with
/// matplotlib, for comparing by eye.
struct MathConstructSheet: Renderable, Sendable {
    static let labels = [
        "$\\frac{1}{2}$ and $\\dfrac{1}{2}$", "$\\frac{x_1}{\\sigma^2}$", "$e^{-\\frac{x^2}{2}}$",
        "$\\sqrt{2}$, $\\sqrt[3]{x}$", "$\\sqrt{\\frac{a}{b}}$", "$\\hat{x}\\ \\bar{x}_i\\ \\vec{v}$",
        "$\\tilde{y}\\ \\dot{x}\\ \\ddot{x}\\ \\overline{x}$", "$\\mathrm{d}x\\ \\mathbf{x} + \\mathsf{y}$",
    ]
    static let rowPitch = 44.0
    static let top = 48.0

    let pageSize = Size(width: 460, height: 380)
    let dpi = 100.0
    let background = Color.white

    func render(on canvas: inout some Canvas) {
        for (i, label) in Self.labels.enumerated() {
            let y = Self.top + Double(i) * Self.rowPitch
            for (x, size) in [(20.0, 12.0), (170.0, 24.0)] {
                let layout = TextLayout(label, font: Font(size: size), measuringWith: canvas)
                layout.draw(on: &canvas, origin: Point(x, y), color: .black)
                canvas.fill(Path(circleCenter: Point(x, y), radius: 1), FillStyle(color: Color(hex: 0xd62728)))
            }
        }
    }
}

@Suite struct MathConstructSheetTests {
    /// The sheet against `Goldens/text-math-constructs.png` (record with RECORD_GOLDENS=1, check by eye).
    @Test func constructSheetMatchesGolden() throws {
        try Goldens.check(MathConstructSheet(), "text-math-constructs")
    }

    /// Every label parses and the fractions and radicals bring their rules.
    @Test func everyLabelParsesAndDrawsItsRules() throws {
        let page = MeasuringLayouts(labels: MathConstructSheet.labels)
        _ = try page.pngData()
        #expect(page.errors.isEmpty, "\(page.errors)")
        #expect(page.widths.allSatisfy { $0 > 0 })
        var recorder = RuleCounter()
        let layout = TextLayout("$\\sqrt{\\frac{a}{b}}$", font: Font(size: 12), measuringWith: recorder)
        layout.draw(on: &recorder, origin: Point(0, 0), color: .black)
        #expect(recorder.fills == 2)
    }
}

/// Counts fills, the way rules reach a canvas.
private struct RuleCounter: Canvas {
    var fills = 0
    var rasterScale: Double { 1 }
    func measure(_ text: String, _ font: Font) -> TextMetrics {
        TextMetrics(width: Double(text.count) * font.size * 0.6, ascent: font.size * 0.7, descent: font.size * 0.2)
    }
    mutating func fill(_ path: Path, _ style: FillStyle) { fills += 1 }
    mutating func stroke(_ path: Path, _ style: StrokeStyle) {}
    mutating func draw(_ text: String, at origin: Point, _ style: TextStyle) {}
    mutating func draw(_ image: RasterImage, in rect: Rect, interpolation: RasterImage.Interpolation) {}
    mutating func pushClip(_ path: Path) {}
    mutating func popClip() {}
}
