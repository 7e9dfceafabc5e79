import Foundation

/// One tick of an axis as placed on the canvas.
struct PlacedTick {
    let value: Double
    /// Canvas x (x axis) or y (y axis).
    let position: Double
    let isMinor: Bool
}

/// Where everything of one axes goes on the canvas: the box, the data transform,
/// ticks, and every text with its bounding box. Computed before drawing so the
/// figure can check that nothing falls off the page.
struct AxesLayout {
    let axes: Axes
    let box: Rect
    let transform: DataTransform
    let xTicks: [PlacedTick]
    let yTicks: [PlacedTick]
    /// Tick labels, offset texts, axis labels and title.
    let texts: [PlacedText]
    /// What each of `texts` is, in the same order.
    let roles: [TextRole]
    /// The legend box, if any.
    let legend: LegendLayout?

    /// What a text of the axes is, for layouts that treat them differently.
    enum TextRole: Sendable, Hashable {
        case tickLabel, offsetText, xLabel, yLabel, title
    }

    /// Everything this axes draws: box, texts, tick marks and legend.
    var bounds: Rect {
        var r = box.insetBy(dx: -axes.style.majorTickLength, dy: -axes.style.majorTickLength)
        for t in texts { r = r.union(t.bounds) }
        if let legend { r = r.union(legend.frame) }
        return r
    }

    /// matplotlib's tight bounding box "for layout only" (`Axes.get_tightbbox(for_layout_only=True)`),
    /// which `tight_layout` fits: the box, the tick labels and offset texts, the spines with the
    /// tick marks that stick out of them, the legend, and the axis labels and title collapsed
    /// to one pixel (`pixel`, in points) across, so that an x label's width, a y label's height
    /// and a title's width do not count. An axes without a frame is its box.
    func layoutBounds(pixel: Double) -> Rect {
        var r = box
        guard axes.showsFrame else { return r }
        let style = axes.style
        let xTicksOut = !xTicks.isEmpty ? style.majorTickLength : 0
        let yTicksOut = !yTicks.isEmpty ? style.majorTickLength : 0
        let spines = style.visibleSpines
        if spines.contains(.left) {
            r = r.union(Rect(x: box.minX - (axes.y.tickSides.contains(.primary) ? yTicksOut : 0), y: box.minY, width: 0,
                             height: box.height))
        }
        if spines.contains(.right) {
            r = r.union(Rect(x: box.maxX, y: box.minY, width: axes.y.tickSides.contains(.secondary) ? yTicksOut : 0,
                             height: box.height))
        }
        if spines.contains(.bottom) {
            r = r.union(Rect(x: box.minX, y: box.maxY, width: box.width,
                             height: axes.x.tickSides.contains(.primary) ? xTicksOut : 0))
        }
        if spines.contains(.top) {
            let out = axes.x.tickSides.contains(.secondary) ? xTicksOut : 0
            r = r.union(Rect(x: box.minX, y: box.minY - out, width: box.width, height: out))
        }
        for (text, role) in zip(texts, roles) {
            let b = text.bounds
            switch role {
            case .tickLabel, .offsetText:
                r = r.union(b)
            case .xLabel, .title:
                r = r.union(Rect(x: b.midX - pixel / 2, y: b.minY, width: pixel, height: b.height))
            case .yLabel:
                r = r.union(Rect(x: b.minX, y: b.midY - pixel / 2, width: b.width, height: pixel))
            }
        }
        if let legend { r = r.union(legend.frame) }
        return r
    }

    /// Lays out `axes` in `box` (before any aspect adjustment) with the given limits.
    static func make(axes: Axes, box proposed: Rect, view: FigureRenderer.ResolvedLimits,
                     canvas: some Canvas) -> AxesLayout {
        let xLimits = view.x, yLimits = view.y
        // A shared axis takes its scale from the axes it shares with.
        var xAxis = axes.x, yAxis = axes.y
        xAxis.scale = view.xScale
        yAxis.scale = view.yScale
        let box = adjustedForAspect(axes.aspect, proposed, xScale: view.xScale, yScale: view.yScale, xLimits, yLimits)
        let transform = DataTransform(xScale: view.xScale, yScale: view.yScale,
                                      xLimits: xLimits, yLimits: yLimits, plotArea: box)
        let style = axes.style
        var texts: [PlacedText] = []
        var roles: [TextRole] = []

        // Ticks and their labels.
        let xt = AxisTicks.makeWithoutOverlap(xAxis, limits: xLimits, length: box.width, minPositive: view.xMinPositive,
                                              canvas: canvas)
        let yt = AxisTicks.make(yAxis, limits: yLimits, length: box.height, isX: false, minPositive: view.yMinPositive)
        let xTicks = xt.all.map { PlacedTick(value: $0.value, position: transform.canvasX($0.value), isMinor: $0.isMinor) }
        let yTicks = yt.all.map { PlacedTick(value: $0.value, position: transform.canvasY($0.value), isMinor: $0.isMinor) }

        var xPrimaryLabels: [Rect] = [], xSecondaryLabels: [Rect] = []
        var yPrimaryLabels: [Rect] = [], ySecondaryLabels: [Rect] = []
        if axes.showsFrame {
            let xFont = Font(size: axes.x.tickLabelFontSize), yFont = Font(size: axes.y.tickLabelFontSize)
            for (tick, placed) in zip(xt.all, xTicks) where !tick.label.isEmpty {
                let layout = TextLayout(tick.label, font: xFont, measuringWith: canvas)
                let out = tickOutset(style, minor: tick.isMinor)
                if axes.x.tickLabelSides.contains(.primary) {
                    let t = PlacedText(layout, at: Point(placed.position, box.maxY + out),
                                       TextPlacement(horizontal: .center, vertical: .top, rotation: axes.x.tickLabelRotation),
                                       color: style.tickLabelColor)
                    texts.append(t)
                    roles.append(.tickLabel)
                    xPrimaryLabels.append(t.bounds)
                }
                if axes.x.tickLabelSides.contains(.secondary) {
                    let t = PlacedText(layout, at: Point(placed.position, box.minY - out),
                                       TextPlacement(horizontal: .center, vertical: .bottom, rotation: axes.x.tickLabelRotation),
                                       color: style.tickLabelColor)
                    texts.append(t)
                    roles.append(.tickLabel)
                    xSecondaryLabels.append(t.bounds)
                }
            }
            for (tick, placed) in zip(yt.all, yTicks) where !tick.label.isEmpty {
                let layout = TextLayout(tick.label, font: yFont, measuringWith: canvas)
                let out = tickOutset(style, minor: tick.isMinor)
                if axes.y.tickLabelSides.contains(.primary) {
                    let t = PlacedText(layout, at: Point(box.minX - out, placed.position),
                                       TextPlacement(horizontal: .right, vertical: axes.y.tickLabelVerticalAlignment ?? .centerBaseline, rotation: axes.y.tickLabelRotation),
                                       color: style.tickLabelColor)
                    texts.append(t)
                    roles.append(.tickLabel)
                    yPrimaryLabels.append(t.bounds)
                }
                if axes.y.tickLabelSides.contains(.secondary) {
                    let t = PlacedText(layout, at: Point(box.maxX + out, placed.position),
                                       TextPlacement(horizontal: .left, vertical: axes.y.tickLabelVerticalAlignment ?? .centerBaseline, rotation: axes.y.tickLabelRotation),
                                       color: style.tickLabelColor)
                    texts.append(t)
                    roles.append(.tickLabel)
                    ySecondaryLabels.append(t.bounds)
                }
            }

            // Offset texts ("1e6", "+1.68e5") at the axis ends.
            if !xt.offsetText.isEmpty && axes.x.tickLabelSides.contains(.primary) {
                let layout = TextLayout(xt.offsetText, font: xFont, measuringWith: canvas)
                let bottom = xPrimaryLabels.map(\.maxY).max() ?? box.maxY
                texts.append(PlacedText(layout, at: Point(box.maxX, bottom + 3),
                                        TextPlacement(horizontal: .right, vertical: .top), color: style.tickLabelColor))
                roles.append(.offsetText)
            }
            if !yt.offsetText.isEmpty && axes.y.tickLabelSides.contains(.primary) {
                let layout = TextLayout(yt.offsetText, font: yFont, measuringWith: canvas)
                texts.append(PlacedText(layout, at: Point(box.minX, box.minY - 3),
                                        TextPlacement(horizontal: .left, vertical: .baseline), color: style.tickLabelColor))
                roles.append(.offsetText)
            }
        }

        // Axis labels, outside the tick labels and the spine's tick marks.
        let hasXTicks = axes.showsFrame && axes.x.tickSides.contains(.primary) && !xTicks.isEmpty
        let hasYTicks = axes.showsFrame && axes.y.tickSides.contains(.primary) && !yTicks.isEmpty
        if let label = axes.x.label, !label.isEmpty {
            let layout = TextLayout(label, font: Font(size: axes.x.labelFontSize), measuringWith: canvas)
            let spineBottom = box.maxY + (hasXTicks ? maxTickOutset(style, xTicks) : 0)
            let bottom = Swift.max(spineBottom, xPrimaryLabels.map(\.maxY).max() ?? spineBottom)
            texts.append(PlacedText(layout, at: Point(box.midX, bottom + axes.x.labelPad),
                                    TextPlacement(horizontal: .center, vertical: .top, rotation: axes.x.labelRotation ?? 0),
                                    color: style.labelColor))
            roles.append(.xLabel)
        }
        if let label = axes.y.label, !label.isEmpty, axes.y.labelOnSecondarySide {
            let layout = TextLayout(label, font: Font(size: axes.y.labelFontSize), measuringWith: canvas)
            let hasRightTicks = axes.showsFrame && axes.y.tickSides.contains(.secondary) && !yTicks.isEmpty
            let spineRight = box.maxX + (hasRightTicks ? maxTickOutset(style, yTicks) : 0)
            let right = Swift.max(spineRight, ySecondaryLabels.map(\.maxX).max() ?? spineRight)
            texts.append(PlacedText(layout, at: Point(right + axes.y.labelPad, box.midY),
                                    TextPlacement(horizontal: .center, vertical: .top,
                                                  rotation: axes.y.labelRotation ?? 90, rotationMode: .anchor),
                                    color: style.labelColor))
            roles.append(.yLabel)
        } else if let label = axes.y.label, !label.isEmpty {
            let layout = TextLayout(label, font: Font(size: axes.y.labelFontSize), measuringWith: canvas)
            let spineLeft = box.minX - (hasYTicks ? maxTickOutset(style, yTicks) : 0)
            let left = Swift.min(spineLeft, yPrimaryLabels.map(\.minX).min() ?? spineLeft)
            texts.append(PlacedText(layout, at: Point(left - axes.y.labelPad, box.midY),
                                    TextPlacement(horizontal: .center, vertical: .bottom,
                                                  rotation: axes.y.labelRotation ?? 90, rotationMode: .anchor),
                                    color: style.labelColor))
            roles.append(.yLabel)
        }

        // The title above the box (and above any top tick labels).
        if let title = axes.title, !title.isEmpty {
            let layout = TextLayout(title, font: Font(size: axes.titleFontSize), measuringWith: canvas)
            var top = box.minY
            if axes.showsFrame && axes.x.tickSides.contains(.secondary) && !xTicks.isEmpty {
                top -= style.majorTickLength
            }
            if let labelsTop = xSecondaryLabels.map(\.minY).min() { top = Swift.min(top, labelsTop) }
            texts.append(PlacedText(layout, at: Point(box.midX, top - axes.titlePad),
                                    TextPlacement(horizontal: .center, vertical: .baseline), color: style.labelColor))
            roles.append(.title)
        }

        var layout = AxesLayout(axes: axes, box: box, transform: transform, xTicks: xTicks, yTicks: yTicks,
                                texts: texts, roles: roles, legend: nil)
        if let legend = axes.legend {
            layout = AxesLayout(axes: axes, box: box, transform: transform, xTicks: xTicks, yTicks: yTicks,
                                texts: texts, roles: roles, legend: LegendLayout.make(legend, for: layout, canvas: canvas))
        }
        return layout
    }

    /// How far outside the box a tick's label anchor sits: the tick length (ticks
    /// point out) plus the label pad, as matplotlib pads tick labels.
    static func tickOutset(_ style: AxesStyle, minor: Bool) -> Double {
        minor ? style.minorTickLength + style.minorTickPad : style.majorTickLength + style.majorTickPad
    }

    static func maxTickOutset(_ style: AxesStyle, _ ticks: [PlacedTick]) -> Double {
        ticks.contains { !$0.isMinor } ? style.majorTickLength : style.minorTickLength
    }

    /// Shrinks the box about its centre so one data unit is equally long on both axes.
    static func adjustedForAspect(_ aspect: Axes.Aspect, _ box: Rect, xScale: Scale, yScale: Scale,
                                  _ xl: AxisLimits, _ yl: AxisLimits) -> Rect {
        guard aspect == .equal else { return box }
        let dx = Swift.abs(xScale.forward(xl.end) - xScale.forward(xl.start))
        let dy = Swift.abs(yScale.forward(yl.end) - yScale.forward(yl.start))
        guard dx > 0, dy > 0, dx.isFinite, dy.isFinite, box.width > 0, box.height > 0 else { return box }
        let wanted = dy / dx  // height / width
        if box.height / box.width > wanted {
            let h = box.width * wanted
            return Rect(x: box.minX, y: box.midY - h / 2, width: box.width, height: h)
        } else {
            let w = box.height / wanted
            return Rect(x: box.midX - w / 2, y: box.minY, width: w, height: box.height)
        }
    }
}
