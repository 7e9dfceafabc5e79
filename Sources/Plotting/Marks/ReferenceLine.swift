/// A horizontal or vertical line across the axes at a data value: matplotlib's
/// `axhline` / `axvline`.
///
/// It spans a fraction of the axes (0...1 by default) in the other direction and
/// takes part in autoscaling only along its own axis.
public struct ReferenceLine: Mark {
    public enum Orientation: Sendable, Hashable { case horizontal, vertical }

    public var orientation: Orientation
    /// The data y (horizontal) or x (vertical).
    public var value: Double
    /// Extent across the axes in axes fractions.
    public var span: ClosedRange<Double>
    public var color: Color
    public var width: Double
    public var pattern: LinePattern
    public var zOrder: Double
    public var label: String?

    public init(_ orientation: Orientation, at value: Double, span: ClosedRange<Double> = 0...1,
                color: Color = ColorCycle.tab10[0], width: Double = 1.5, pattern: LinePattern = .solid,
                zOrder: Double = 2, label: String? = nil) {
        self.orientation = orientation
        self.value = value
        self.span = span
        self.color = color
        self.width = width
        self.pattern = pattern
        self.zOrder = zOrder
        self.label = label
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        switch orientation {
        case .horizontal: return .along(y: [value], scale: yScale)
        case .vertical: return .along(x: [value], scale: xScale)
        }
    }

    var stroke: StrokeStyle {
        StrokeStyle(color: color, width: width, dash: pattern.dashes(width: width), cap: pattern.cap, join: .round,
                    snap: true)
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_") else { return [] }
        return [LegendEntry(label: label, handle: .line(stroke, marker: nil))]
    }

    func endpoints(_ t: DataTransform) -> [Point] {
        switch orientation {
        case .horizontal:
            let y = t.canvasY(value)
            return [Point(t.fromAxesFraction(span.lowerBound, 0).x, y), Point(t.fromAxesFraction(span.upperBound, 0).x, y)]
        case .vertical:
            let x = t.canvasX(value)
            return [Point(x, t.fromAxesFraction(0, span.lowerBound).y), Point(x, t.fromAxesFraction(0, span.upperBound).y)]
        }
    }

    public func legendObstacles(_ transform: DataTransform) -> LegendObstacles {
        LegendObstacles(polylines: [endpoints(transform)])
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let pts = endpoints(context.transform)
        guard pts.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { return }
        canvas.stroke(Path(polyline: pts), stroke)
    }
}
