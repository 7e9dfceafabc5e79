import CairoBackend
import Foundation
import Plotting

/// One drawing call a test page makes on its canvas.
enum DrawOp: Sendable {
    case fill(Path, FillStyle)
    case stroke(Path, StrokeStyle)
    case text(String, Point, TextStyle)
    /// Text with its measured box outlined in `boxColor`: shows that `measure` and `draw` agree.
    case measuredText(String, Point, TextStyle, boxColor: Color)
    case image(RasterImage, Rect, RasterImage.Interpolation)
    case pushClip(Path)
    case popClip
    case markers(Path, [Point], FillStyle?, StrokeStyle?)
    /// Markers each in one of a few paints (`drawMarkers(_:at:paints:paintIndices:)`).
    case paintedMarkers(Path, [Point], [MarkerPaint], [Int])
}

/// A page that replays a list of drawing calls: the smallest `Renderable`, for tests that
/// draw straight on the canvas.
struct TestPage: Renderable, Sendable {
    var pageSize: Size
    var dpi: Double
    var background: Color
    var ops: [DrawOp]

    init(width: Double, height: Double, dpi: Double = 100, background: Color = .white, _ ops: [DrawOp]) {
        pageSize = Size(width: width, height: height)
        self.dpi = dpi
        self.background = background
        self.ops = ops
    }

    func render(on canvas: inout some Canvas) {
        for op in ops {
            switch op {
            case let .fill(path, style): canvas.fill(path, style)
            case let .stroke(path, style): canvas.stroke(path, style)
            case let .text(text, origin, style): canvas.draw(text, at: origin, style)
            case let .measuredText(text, origin, style, boxColor):
                let m = canvas.measure(text, style.font)
                let box = Rect(x: origin.x, y: origin.y - m.ascent, width: m.width, height: m.height)
                canvas.stroke(Path(rect: box), StrokeStyle(color: boxColor, width: 0.5))
                canvas.draw(text, at: origin, style)
            case let .image(image, rect, interpolation): canvas.draw(image, in: rect, interpolation: interpolation)
            case let .pushClip(path): canvas.pushClip(path)
            case .popClip: canvas.popClip()
            case let .markers(marker, positions, fill, stroke):
                canvas.drawMarkers(marker, at: positions, fill: fill, stroke: stroke)
            case let .paintedMarkers(marker, positions, paints, indices):
                canvas.drawMarkers(marker, at: positions, paints: paints, paintIndices: indices)
            }
        }
    }
}
