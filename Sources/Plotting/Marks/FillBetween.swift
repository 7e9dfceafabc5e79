/// The area between two curves over the same x: matplotlib's `fill_between`.
///
/// NaN (or, on log axes, non-positive) values split the area into separate pieces.
public struct FillBetween: Mark {
    public var x: [Double]
    public var y1: [Double]
    public var y2: [Double]
    public var color: Color
    public var zOrder: Double
    public var label: String?

    /// - Throws: `PlotError.lengthMismatch` when `y1` or `y2` does not pair up with `x`.
    public init(x: [Double], y1: [Double], y2: [Double], color: Color, zOrder: Double = 1,
                label: String? = nil) throws(PlotError) {
        guard y1.count == x.count else { throw .lengthMismatch(what: "y1", expected: x.count, actual: y1.count) }
        guard y2.count == x.count else { throw .lengthMismatch(what: "y2", expected: x.count, actual: y2.count) }
        self.x = x
        self.y1 = y1
        self.y2 = y2
        self.color = color
        self.zOrder = zOrder
        self.label = label
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(xs: x, ys: y1, xScale: xScale, yScale: yScale)
            .union(DataExtent(xs: x, ys: y2, xScale: xScale, yScale: yScale))
    }

    public var omittedData: OmittedData? {
        OmittedData.counting("the filled band", label: label, unit: "point", total: x.count) {
            !x[$0].isFinite || !y1[$0].isFinite || !y2[$0].isFinite
        }
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_") else { return [] }
        return [LegendEntry(label: label, handle: .patch(fill: color, edge: nil))]
    }

    /// The filled pieces as closed canvas polygons.
    func polygons(_ t: DataTransform) -> [[Point]] {
        var pieces: [[Point]] = []
        var upper: [Point] = [], lower: [Point] = []
        func flush() {
            if upper.count > 1 { pieces.append(upper + lower.reversed()) }
            upper = []
            lower = []
        }
        for i in x.indices {
            let a = t.apply(x[i], y1[i]), b = t.apply(x[i], y2[i])
            if a.x.isFinite && a.y.isFinite && b.x.isFinite && b.y.isFinite {
                upper.append(a)
                lower.append(b)
            } else {
                flush()
            }
        }
        flush()
        return pieces
    }

    public func legendObstacles(_ transform: DataTransform) -> LegendObstacles {
        LegendObstacles(polylines: polygons(transform).map { $0 + [$0[0]] })
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        for piece in polygons(context.transform) {
            canvas.fill(Path(polyline: piece, closed: true), FillStyle(color: color))
        }
    }
}
