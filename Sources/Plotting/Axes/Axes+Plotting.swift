/// The matplotlib-style calls recipes use: `scatter`, `plot`, reference lines,
/// labels, grid and legend. Each builds a mark value and adds it.
extension Axes {
    /// Points as markers (matplotlib's `scatter`).
    ///
    /// - Parameters:
    ///   - size: marker area in pt² for every point (36: a 6 pt disc), unless `sizes` gives one per point.
    ///   - color: one colour; default the next colour of the patch cycle.
    ///   - colors: per-point colours, mapped values or categories (overrides `color`).
    ///   - edge: outline colour (`.face` by default, as matplotlib).
    /// - Throws: `PlotError` when lengths do not match or a value is out of range.
    @discardableResult
    public func scatter(_ x: [Double], _ y: [Double], size: Double = 36, sizes: [Double]? = nil,
                        color: Color? = nil, colors: PointColors? = nil, marker: MarkerShape = .circle,
                        edge: ScatterMark.Edge = .face, edgeWidth: Double? = nil, alpha: Double = 1,
                        zOrder: Double = 1, label: String? = nil,
                        aggregation: ScatterMark.Aggregation = .automatic,
                        density: ScatterMark.DensityShading = .overplot) throws(PlotError) -> ScatterMark {
        let paint: PointColors
        if let colors {
            paint = colors
        } else if let color {
            paint = .uniform(color)
        } else {
            paint = .uniform(nextPatchColor())
        }
        let mark = try ScatterMark(x: x, y: y, sizes: sizes ?? [size], colors: paint, marker: marker,
                                   edge: edge, edgeWidth: edgeWidth, alpha: alpha, zOrder: zOrder,
                                   label: label, aggregation: aggregation, density: density)
        add(mark)
        return mark
    }

    /// A line (and/or markers) through points (matplotlib's `plot`).
    ///
    /// - Parameters:
    ///   - format: a matplotlib format string: `"k."`, `"-o"`, `"o"`, `"r--"`; empty for a solid line.
    ///   - color: overrides the format's colour; default the next colour of the line cycle.
    ///   - pattern: overrides the format's line style.
    ///   - marker: overrides the format's marker.
    ///   - markerSize: marker size in points (6).
    ///   - markerEdgeWidth: marker outline width in points (1).
    /// - Throws: `PlotError` for a bad format string or mismatched lengths.
    @discardableResult
    public func plot(_ x: [Double], _ y: [Double], _ format: String = "", color: Color? = nil,
                     width: Double = 1.5, pattern: LinePattern? = nil, marker: MarkerShape? = nil,
                     markerSize: Double = 6, markerFaceColor: Color? = nil, markerEdgeColor: Color? = nil,
                     markerEdgeWidth: Double = 1, alpha: Double = 1, zOrder: Double = 2,
                     label: String? = nil) throws(PlotError) -> LineMark {
        let fmt = try FormatString(format)
        guard alpha >= 0 && alpha <= 1 else {
            throw .invalidValue(what: "alpha", value: "\(alpha)", expected: "a value in 0...1")
        }
        let base = (color ?? fmt.color ?? nextLineColor())
        let lineColor = base.withAlpha(base.alpha * alpha)
        let shape = marker ?? fmt.marker
        // A marker given alone in the format means markers only; a `marker:` argument keeps the line.
        let linePattern: LinePattern? = pattern ?? (format.isEmpty ? .solid : fmt.pattern)
        var style: MarkerStyle?
        if let shape {
            let face = (markerFaceColor ?? base)
            let edge = (markerEdgeColor ?? base)
            style = MarkerStyle(shape: shape, size: markerSize, fill: face.withAlpha(face.alpha * alpha),
                                edge: edge.withAlpha(edge.alpha * alpha), edgeWidth: markerEdgeWidth)
        }
        let mark = try LineMark(x: x, y: y, color: lineColor, width: width, pattern: linePattern,
                                marker: style, zOrder: zOrder, label: label)
        add(mark)
        return mark
    }

    /// A horizontal line at data `y` across the axes (matplotlib's `axhline`).
    @discardableResult
    public func axhline(_ y: Double, span: ClosedRange<Double> = 0...1, color: Color = ColorCycle.tab10[0],
                        width: Double = 1.5, pattern: LinePattern = .solid, zOrder: Double = 2,
                        label: String? = nil) -> ReferenceLine {
        let mark = ReferenceLine(.horizontal, at: y, span: span, color: color, width: width, pattern: pattern,
                                 zOrder: zOrder, label: label)
        add(mark)
        return mark
    }

    /// A vertical line at data `x` across the axes (matplotlib's `axvline`).
    @discardableResult
    public func axvline(_ x: Double, span: ClosedRange<Double> = 0...1, color: Color = ColorCycle.tab10[0],
                        width: Double = 1.5, pattern: LinePattern = .solid, zOrder: Double = 2,
                        label: String? = nil) -> ReferenceLine {
        let mark = ReferenceLine(.vertical, at: x, span: span, color: color, width: width, pattern: pattern,
                                 zOrder: zOrder, label: label)
        add(mark)
        return mark
    }

    /// Sets the x axis label; `fontSize` and `rotation` as in matplotlib's `set_xlabel`.
    public func setXLabel(_ text: String, fontSize: Double = 10, rotation: Double? = nil) {
        x.label = text
        x.labelFontSize = fontSize
        x.labelRotation = rotation
    }

    /// Sets the y axis label; the lab sets `rotation: 0` for horizontal labels.
    public func setYLabel(_ text: String, fontSize: Double = 10, rotation: Double? = nil) {
        y.label = text
        y.labelFontSize = fontSize
        y.labelRotation = rotation
    }

    /// Turns major grid lines on or off on both axes (matplotlib's `grid(True)`).
    public func grid(_ on: Bool = true) {
        x.showsGrid = on
        y.showsGrid = on
    }

    /// Adds a legend of the labelled marks (or of `entries`).
    public func legend(location: Legend.Location = .best, title: String? = nil, entries: [LegendEntry]? = nil) {
        legend = Legend(entries: entries, location: location, title: title)
    }

    /// Removes the spines on the given sides (seaborn's `despine` removes top and right).
    public func despine(_ sides: Set<AxesStyle.Side> = [.top, .right]) {
        style.visibleSpines.subtract(sides)
    }
}

extension Axes {
    /// Text at a point (matplotlib's `text`); not clipped, not autoscaled.
    @discardableResult
    public func text(_ x: Double, _ y: Double, _ text: String, coordinates: Coordinates = .data,
                     fontSize: Double = 10, color: Color = .black,
                     horizontal: TextPlacement.Horizontal = .left, vertical: TextPlacement.Vertical = .baseline,
                     rotation: Double = 0) -> TextMark {
        let mark = TextMark(text, at: Point(x, y), coordinates: coordinates, fontSize: fontSize, color: color,
                            placement: TextPlacement(horizontal: horizontal, vertical: vertical, rotation: rotation))
        add(mark)
        return mark
    }

    /// Text pointing at a data point with an arrow (matplotlib's `annotate` with `arrowprops`).
    @discardableResult
    public func annotate(_ text: String, point: Point, textPosition: Point? = nil,
                         textCoordinates: Coordinates = .data, arrow: Annotation.Arrow? = .open,
                         fontSize: Double = 10, color: Color = .black,
                         horizontal: TextPlacement.Horizontal = .left,
                         vertical: TextPlacement.Vertical = .baseline) -> Annotation {
        let mark = Annotation(text, point: point, textPosition: textPosition, textCoordinates: textCoordinates,
                              arrow: arrow, fontSize: fontSize, color: color,
                              placement: TextPlacement(horizontal: horizontal, vertical: vertical))
        add(mark)
        return mark
    }

    /// Fills between two curves (matplotlib's `fill_between`); colour from the patch cycle by default.
    @discardableResult
    public func fillBetween(_ x: [Double], _ y1: [Double], _ y2: [Double], color: Color? = nil, alpha: Double = 1,
                            zOrder: Double = 1, label: String? = nil) throws(PlotError) -> FillBetween {
        guard alpha >= 0 && alpha <= 1 else {
            throw .invalidValue(what: "alpha", value: "\(alpha)", expected: "a value in 0...1")
        }
        let base = color ?? nextPatchColor()
        let mark = try FillBetween(x: x, y1: y1, y2: y2, color: base.withAlpha(base.alpha * alpha),
                                   zOrder: zOrder, label: label)
        add(mark)
        return mark
    }

    /// Fills between a curve and a constant (matplotlib's `fill_between(x, y1, y2=0)`).
    @discardableResult
    public func fillBetween(_ x: [Double], _ y1: [Double], _ y2: Double = 0, color: Color? = nil, alpha: Double = 1,
                            zOrder: Double = 1, label: String? = nil) throws(PlotError) -> FillBetween {
        try fillBetween(x, y1, [Double](repeating: y2, count: x.count), color: color, alpha: alpha,
                        zOrder: zOrder, label: label)
    }
}
