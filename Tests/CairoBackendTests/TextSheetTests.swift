import CairoBackend
import Foundation
import Plotting
import Testing

/// A sheet of the labels the lab's figures use, laid out by `TextLayout` on the canvas
/// that draws them: 10 pt on the left as in a figure, 20 pt on the right to show the
/// detail, a rotated axis label and a two-line label with their boxes and anchors.
///
/// `Scripts/text-sheet-matplotlib.py` draws the same labels at the same anchors with
/// matplotlib, for comparing by eye.
struct TextSheet: Renderable, Sendable {
    static let labels = [
        "$x_1$", "$x^2$", "$\\alpha$", "$\\sigma^2$", "$10^{-3}$", "Feature 1", "[Fe/H]",
        "$E_n$ (km$^2$/s$^2$)", "$L_z$ [kpc km s$^{-1}$]", "$\\mu \\pm 2\\sigma$, $x_{12}^{a^b}$",
    ]
    static let rowPitch = 26.0
    static let top = 30.0

    let pageSize = Size(width: 460, height: 300)
    let dpi = 100.0
    let background = Color.white

    func render(on canvas: inout some Canvas) {
        let ink = Color.black
        let anchorColor = Color(hex: 0xd62728)
        for (i, label) in Self.labels.enumerated() {
            let y = Self.top + Double(i) * Self.rowPitch
            for (x, size) in [(40.0, 10.0), (160.0, 20.0)] where !(size == 20 && i >= 8) {
                let layout = TextLayout(label, font: Font(size: size), measuringWith: canvas)
                layout.draw(on: &canvas, origin: Point(x, y), color: ink)
                // The anchor: the left end of the baseline.
                canvas.fill(Path(circleCenter: Point(x, y), radius: 1), FillStyle(color: anchorColor))
            }
        }
        // A y-axis label: rotated 90 degrees about its anchor, box outlined.
        let yLabel = TextLayout("$\\sigma_v^2$ [km$^2$ s$^{-2}$]", font: Font(size: 12), measuringWith: canvas)
        let yPlacement = TextPlacement(horizontal: .center, vertical: .bottom, rotation: 90, rotationMode: .anchor)
        yPlacement.draw(yLabel, at: Point(20, 150), color: ink, on: &canvas)
        outline(yPlacement.bounds(of: yLabel, at: Point(20, 150)), on: &canvas)
        // Two centred lines, aligned on their top centre.
        let twoLines = TextLayout("Gaia-Enceladus\n$-1500 < L_z < 150$", font: Font(size: 12), measuringWith: canvas,
                                  lineAlignment: .center)
        let placement = TextPlacement(horizontal: .center, vertical: .top)
        placement.draw(twoLines, at: Point(390, 240), color: ink, on: &canvas)
        outline(placement.bounds(of: twoLines, at: Point(390, 240)), on: &canvas)
        canvas.fill(Path(circleCenter: Point(390, 240), radius: 1), FillStyle(color: anchorColor))
    }

    private func outline(_ r: Rect, on canvas: inout some Canvas) {
        canvas.stroke(Path(rect: r), StrokeStyle(color: Color(hex: 0x1f77b4), width: 0.5))
    }
}

@Suite struct TextSheetTests {
    /// The sheet against `Goldens/text-labels.png` (record with RECORD_GOLDENS=1, check by eye).
    @Test func labelSheetMatchesGolden() throws {
        try Goldens.check(TextSheet(), "text-labels")
    }

    /// Drawing the sheet twice gives the same pixels: layout and drawing are deterministic.
    @Test func labelSheetIsDeterministic() throws {
        #expect(try TextSheet().rasterize() == TextSheet().rasterize())
    }

    /// Every label parses: nothing on the sheet falls back to literal text.
    @Test func everyLabelParses() throws {
        let page = MeasuringLayouts(labels: TextSheet.labels)
        _ = try page.pngData()
        #expect(page.errors.isEmpty, "\(page.errors)")
        #expect(page.widths.allSatisfy { $0 > 0 })
    }
}

/// Lays out labels on a real Cairo canvas and keeps what came out.
final class MeasuringLayouts: Renderable, @unchecked Sendable {
    let pageSize = Size(width: 100, height: 100)
    let dpi = 72.0
    let background = Color.white
    let labels: [String]
    private(set) var errors: [MathTextError] = []
    private(set) var widths: [Double] = []

    init(labels: [String]) { self.labels = labels }

    func render(on canvas: inout some Canvas) {
        for label in labels {
            let layout = TextLayout(label, font: Font(size: 10), measuringWith: canvas)
            errors += layout.errors
            widths.append(layout.width)
        }
    }
}
