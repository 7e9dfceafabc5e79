@testable import Plotting

/// A recording canvas that measures text as the Cairo backend does in width (DejaVu Sans'
/// advances and kerning, `ApproximateText`) and roughly in height (digit height or the
/// ascender, the descender for descending letters): close enough to the real text for checks of
/// layouts that depend on label sizes, such as a tight layout against seaborn's.
struct AdvanceMeasuringCanvas: Canvas {
    var recording = RecordingCanvas()
    var rasterScale: Double { recording.rasterScale }

    func measure(_ text: String, _ font: Font) -> TextMetrics {
        guard !text.isEmpty else { return TextMetrics(width: 0, ascent: 0, descent: 0) }
        let em = font.size
        let tall = text.contains { $0.isLetter && ($0.isUppercase || "bdfhklt".contains($0)) }
        let deep = text.contains { "gjpqy(),;[]{}|Q_".contains($0) }
        return TextMetrics(width: ApproximateText.width(text, fontSize: em), ascent: (tall ? 0.76 : 0.729) * em,
                           descent: deep ? 0.236 * em : 0)
    }

    mutating func fill(_ path: Path, _ style: FillStyle) { recording.fill(path, style) }
    mutating func stroke(_ path: Path, _ style: StrokeStyle) { recording.stroke(path, style) }
    mutating func draw(_ text: String, at origin: Point, _ style: TextStyle) { recording.draw(text, at: origin, style) }
    mutating func draw(_ image: RasterImage, in rect: Rect, interpolation: RasterImage.Interpolation) {
        recording.draw(image, in: rect, interpolation: interpolation)
    }
    mutating func pushClip(_ path: Path) { recording.pushClip(path) }
    mutating func popClip() { recording.popClip() }
}
