/// A canvas that records every call instead of drawing, for tests.
///
/// Text metrics are a deterministic fake (0.6 em per character, ascent 0.75 em;
/// descent 0.25 em when the text has a descender or bracket), so layouts can be
/// checked without fonts.
public struct RecordingCanvas: Canvas {
    /// One recorded call.
    public enum Call: Sendable, Hashable {
        case fill(Path, FillStyle)
        case stroke(Path, StrokeStyle)
        case text(String, at: Point, TextStyle)
        case image(width: Int, height: Int, in: Rect, RasterImage.Interpolation)
        case markers(Path, count: Int, fill: FillStyle?, stroke: StrokeStyle?)
        case pushClip(Path)
        case popClip
    }

    public private(set) var calls: [Call] = []
    /// The images drawn, in order (kept apart so `calls` stays light).
    public private(set) var images: [RasterImage] = []
    /// Marker positions of each `markers` call, in order.
    public private(set) var markerPositions: [[Point]] = []
    public let rasterScale: Double

    public init(rasterScale: Double = 100.0 / 72.0) {
        self.rasterScale = rasterScale
    }

    public mutating func fill(_ path: Path, _ style: FillStyle) { calls.append(.fill(path, style)) }
    public mutating func stroke(_ path: Path, _ style: StrokeStyle) { calls.append(.stroke(path, style)) }

    public func measure(_ text: String, _ font: Font) -> TextMetrics {
        let em = font.size
        let deep = text.contains { "gjpqy(),;[]{}|Q".contains($0) }
        return TextMetrics(width: 0.6 * em * Double(text.count), ascent: text.isEmpty ? 0 : 0.75 * em,
                           descent: deep ? 0.25 * em : 0)
    }

    public mutating func draw(_ text: String, at origin: Point, _ style: TextStyle) {
        calls.append(.text(text, at: origin, style))
    }

    public mutating func draw(_ image: RasterImage, in rect: Rect, interpolation: RasterImage.Interpolation) {
        calls.append(.image(width: image.width, height: image.height, in: rect, interpolation))
        images.append(image)
    }

    public mutating func pushClip(_ path: Path) { calls.append(.pushClip(path)) }
    public mutating func popClip() { calls.append(.popClip) }

    public mutating func drawMarkers(_ marker: Path, at positions: [Point], fill: FillStyle?, stroke: StrokeStyle?) {
        calls.append(.markers(marker, count: positions.count, fill: fill, stroke: stroke))
        markerPositions.append(positions)
    }

    /// The texts drawn, in order.
    public var texts: [(text: String, origin: Point, style: TextStyle)] {
        calls.compactMap { if case let .text(s, p, st) = $0 { (s, p, st) } else { nil } }
    }

    /// The stroked paths, in order.
    public var strokes: [(path: Path, style: StrokeStyle)] {
        calls.compactMap { if case let .stroke(p, s) = $0 { (p, s) } else { nil } }
    }

    /// The filled paths, in order.
    public var fills: [(path: Path, style: FillStyle)] {
        calls.compactMap { if case let .fill(p, s) = $0 { (p, s) } else { nil } }
    }
}
