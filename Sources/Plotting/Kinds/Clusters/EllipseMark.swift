import Foundation

/// Confidence ellipses of Gaussian components: for each component, its 1-, 2- and 3-sigma
/// ellipses (or any list), outlined and optionally filled with fading opacity.
public struct EllipseMark: Mark {
    public let ellipses: [ConfidenceEllipse]
    public var edges: [StrokeStyle?]
    public var fills: [Color?]
    public var zOrder: Double
    public var label: String?

    public init(ellipses: [ConfidenceEllipse], edges: [StrokeStyle?], fills: [Color?], zOrder: Double = 2,
                label: String? = nil) throws(PlotKindError) {
        guard edges.count == ellipses.count, fills.count == ellipses.count else {
            throw .lengthMismatch(what: "ellipse styles", expected: ellipses.count, actual: Swift.min(edges.count, fills.count))
        }
        self.ellipses = ellipses
        self.edges = edges
        self.fills = fills
        self.zOrder = zOrder
        self.label = label
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        var xs: [Double] = [], ys: [Double] = []
        for e in ellipses {
            // Half-widths of the rotated ellipse's bounding box.
            let (s, c) = (sin(e.angle), cos(e.angle))
            let hx = hypot(e.semiMajor * c, e.semiMinor * s), hy = hypot(e.semiMajor * s, e.semiMinor * c)
            xs += [e.center.x - hx, e.center.x + hx]
            ys += [e.center.y - hy, e.center.y + hy]
        }
        return DataExtent(xs: xs, ys: ys, xScale: xScale, yScale: yScale)
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_"), let first = edges.first ?? nil else { return [] }
        return [LegendEntry(label: label, handle: .line(first, marker: nil))]
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        let segments = context.xScale == .linear && context.yScale == .linear ? 0 : 180
        for (i, e) in ellipses.enumerated() {
            let path = e.path(segments: segments) { t.apply($0) }
            if let fill = fills[i] { canvas.fill(path, FillStyle(color: fill)) }
            if let edge = edges[i], edge.width > 0 { canvas.stroke(path, edge) }
        }
    }
}
