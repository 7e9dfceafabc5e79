/// Bars (matplotlib's `bar` and `barh`): rectangles from a baseline to a value.
///
/// On a logarithmic value axis a baseline at or below zero has no place; the bar then runs
/// past the edge of the plot area (and is clipped there), as matplotlib draws it.
public struct BarMark: Mark {
    public enum Orientation: Sendable, Hashable {
        /// Bars stand up from the x axis (`bar`).
        case vertical
        /// Bars lie along the y axis (`barh`).
        case horizontal
    }

    /// Where a bar sits relative to its position.
    public enum Alignment: Sendable, Hashable {
        /// Centred on the position (matplotlib's default).
        case center
        /// Starting at the position (histograms: the position is the left bin edge).
        case edge
    }

    public var orientation: Orientation
    /// Bar positions along the category axis.
    public var positions: [Double]
    /// Bar lengths along the value axis.
    public var lengths: [Double]
    /// Where each bar starts on the value axis (0 by default).
    public var baselines: [Double]
    /// Bar thickness along the category axis, one for all or one a bar (0.8).
    public var thicknesses: [Double]
    public var alignment: Alignment
    /// Fill colour, one for all or one a bar.
    public var colors: [Color]
    /// Outline, or nil for none.
    public var edge: StrokeStyle?
    public var zOrder: Double
    public var label: String?

    public init(orientation: Orientation = .vertical, positions: [Double], lengths: [Double], baselines: [Double] = [0],
                thicknesses: [Double] = [0.8], alignment: Alignment = .center, colors: [Color],
                edge: StrokeStyle? = nil, zOrder: Double = 1, label: String? = nil) throws(PlotKindError) {
        guard lengths.count == positions.count else {
            throw .lengthMismatch(what: "bar lengths", expected: positions.count, actual: lengths.count)
        }
        for (name, list) in [("bar baselines", baselines), ("bar thicknesses", thicknesses)]
            where list.count != 1 && list.count != positions.count {
            throw .lengthMismatch(what: "\(name) (one for all, or one a bar)", expected: positions.count, actual: list.count)
        }
        guard colors.count == 1 || colors.count == positions.count else {
            throw .lengthMismatch(what: "bar colours (one for all, or one a bar)", expected: positions.count, actual: colors.count)
        }
        for t in thicknesses where !(t >= 0 && t.isFinite) {
            throw .invalidValue(what: "bar thickness", value: "\(t)", expected: "a finite thickness ≥ 0")
        }
        self.orientation = orientation
        self.positions = positions
        self.lengths = lengths
        self.baselines = baselines
        self.thicknesses = thicknesses
        self.alignment = alignment
        self.colors = colors
        self.edge = edge
        self.zOrder = zOrder
        self.label = label
    }

    func baseline(_ i: Int) -> Double { baselines.count == 1 ? baselines[0] : baselines[i] }
    func thickness(_ i: Int) -> Double { thicknesses.count == 1 ? thicknesses[0] : thicknesses[i] }
    func color(_ i: Int) -> Color { colors.count == 1 ? colors[0] : colors[i] }

    /// The category-axis span of bar `i`.
    func span(_ i: Int) -> (Double, Double) {
        let w = thickness(i)
        return alignment == .center ? (positions[i] - w / 2, positions[i] + w / 2) : (positions[i], positions[i] + w)
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        let valueScale = orientation == .vertical ? yScale : xScale
        let categoryScale = orientation == .vertical ? xScale : yScale
        var cats: [Double] = [], vals: [Double] = [], sticky: [Double] = []
        for i in positions.indices {
            let (a, b) = span(i)
            if categoryScale.accepts(a) && categoryScale.accepts(b) { cats += [a, b] }
            let base = baseline(i), end = base + lengths[i]
            if valueScale.accepts(end) { vals.append(end) }
            if valueScale.accepts(base) { vals.append(base); sticky.append(base) }
        }
        let catExtent = DataExtent.along(x: cats, scale: categoryScale)
        let valExtent = DataExtent.along(x: vals, scale: valueScale)
        if orientation == .vertical {
            return DataExtent(x: catExtent.x, y: valExtent.x, minPositiveX: catExtent.minPositiveX,
                              minPositiveY: valExtent.minPositiveX, stickyY: sticky)
        }
        return DataExtent(x: valExtent.x, y: catExtent.x, minPositiveX: valExtent.minPositiveX,
                          minPositiveY: catExtent.minPositiveX, stickyX: sticky)
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_"), !colors.isEmpty else { return [] }
        return [LegendEntry(label: label, handle: .patch(fill: colors[0], edge: edge))]
    }

    /// The canvas rectangle of bar `i`, or nil when it cannot be placed.
    public func rect(_ i: Int, _ t: DataTransform) -> Rect? {
        let (a, b) = span(i)
        let base = baseline(i), end = base + lengths[i]
        let area = t.plotArea
        func value(_ v: Double, horizontal: Bool) -> Double? {
            let c = horizontal ? t.canvasX(v) : t.canvasY(v)
            if c.isFinite { return c }
            // A value the scale cannot place (0 on a log axis): past the low end of the axis.
            guard v <= 0 else { return nil }
            let lowEnd = horizontal ? t.canvasX(t.xLimits.lower) : t.canvasY(t.yLimits.lower)
            let highEnd = horizontal ? t.canvasX(t.xLimits.upper) : t.canvasY(t.yLimits.upper)
            guard lowEnd.isFinite, highEnd.isFinite else { return nil }
            let span = horizontal ? area.width : area.height
            return lowEnd + (lowEnd < highEnd ? -span : span)
        }
        if orientation == .vertical {
            let x0 = t.canvasX(a), x1 = t.canvasX(b)
            guard x0.isFinite, x1.isFinite, let y0 = value(base, horizontal: false), let y1 = value(end, horizontal: false) else { return nil }
            return Rect(x: Swift.min(x0, x1), y: Swift.min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
        }
        let y0 = t.canvasY(a), y1 = t.canvasY(b)
        guard y0.isFinite, y1.isFinite, let x0 = value(base, horizontal: true), let x1 = value(end, horizontal: true) else { return nil }
        return Rect(x: Swift.min(x0, x1), y: Swift.min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        for i in positions.indices where lengths[i].isFinite {
            guard let r = rect(i, context.transform) else { continue }
            let path = Path(rect: r)
            canvas.fill(path, FillStyle(color: color(i)))
            if let edge, edge.width > 0 { canvas.stroke(path, edge) }
        }
    }
}

extension Axes {
    /// Vertical bars (matplotlib's `bar`): `heights` at `x`, colours from the patch cycle by default.
    @discardableResult
    public func bar(_ x: [Double], _ heights: [Double], width: Double = 0.8, bottom: Double = 0, color: Color? = nil,
                    colors: [Color]? = nil, edge: StrokeStyle? = nil, alignment: BarMark.Alignment = .center,
                    zOrder: Double = 1, label: String? = nil) throws(PlotKindError) -> BarMark {
        let mark = try BarMark(orientation: .vertical, positions: x, lengths: heights, baselines: [bottom],
                               thicknesses: [width], alignment: alignment,
                               colors: colors ?? [color ?? nextPatchColor()], edge: edge, zOrder: zOrder, label: label)
        add(mark)
        return mark
    }

    /// Horizontal bars (matplotlib's `barh`): `widths` at `y`.
    @discardableResult
    public func barh(_ y: [Double], _ widths: [Double], height: Double = 0.8, left: Double = 0, color: Color? = nil,
                     colors: [Color]? = nil, edge: StrokeStyle? = nil, alignment: BarMark.Alignment = .center,
                     zOrder: Double = 1, label: String? = nil) throws(PlotKindError) -> BarMark {
        let mark = try BarMark(orientation: .horizontal, positions: y, lengths: widths, baselines: [left],
                               thicknesses: [height], alignment: alignment,
                               colors: colors ?? [color ?? nextPatchColor()], edge: edge, zOrder: zOrder, label: label)
        add(mark)
        return mark
    }
}
