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
    /// The legend box, if any.
    let legend: LegendLayout?

    /// Everything this axes draws: box, texts, tick marks and legend.
    var bounds: Rect {
        var r = box.insetBy(dx: -axes.style.majorTickLength, dy: -axes.style.majorTickLength)
        for t in texts { r = r.union(t.bounds) }
        if let legend { r = r.union(legend.frame) }
        return r
    }

    /// Lays out `axes` in `box` (before any aspect adjustment) with the given limits.
    static func make(axes: Axes, box proposed: Rect, xLimits: AxisLimits, yLimits: AxisLimits,
                     xMinPositive: Double?, yMinPositive: Double?, canvas: some Canvas) -> AxesLayout {
        let box = adjustedForAspect(axes, proposed, xLimits, yLimits)
        let transform = DataTransform(xScale: axes.x.scale, yScale: axes.y.scale,
                                      xLimits: xLimits, yLimits: yLimits, plotArea: box)
        let style = axes.style
        var texts: [PlacedText] = []

        // Ticks and their labels.
        let xt = AxisTicks.makeWithoutOverlap(axes.x, limits: xLimits, length: box.width, minPositive: xMinPositive,
                                              canvas: canvas)
        let yt = AxisTicks.make(axes.y, limits: yLimits, length: box.height, isX: false, minPositive: yMinPositive)
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
                    xPrimaryLabels.append(t.bounds)
                }
                if axes.x.tickLabelSides.contains(.secondary) {
                    let t = PlacedText(layout, at: Point(placed.position, box.minY - out),
                                       TextPlacement(horizontal: .center, vertical: .bottom, rotation: axes.x.tickLabelRotation),
                                       color: style.tickLabelColor)
                    texts.append(t)
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
                    yPrimaryLabels.append(t.bounds)
                }
                if axes.y.tickLabelSides.contains(.secondary) {
                    let t = PlacedText(layout, at: Point(box.maxX + out, placed.position),
                                       TextPlacement(horizontal: .left, vertical: axes.y.tickLabelVerticalAlignment ?? .centerBaseline, rotation: axes.y.tickLabelRotation),
                                       color: style.tickLabelColor)
                    texts.append(t)
                    ySecondaryLabels.append(t.bounds)
                }
            }

            // Offset texts ("1e6", "+1.68e5") at the axis ends.
            if !xt.offsetText.isEmpty && axes.x.tickLabelSides.contains(.primary) {
                let layout = TextLayout(xt.offsetText, font: xFont, measuringWith: canvas)
                let bottom = xPrimaryLabels.map(\.maxY).max() ?? box.maxY
                texts.append(PlacedText(layout, at: Point(box.maxX, bottom + 3),
                                        TextPlacement(horizontal: .right, vertical: .top), color: style.tickLabelColor))
            }
            if !yt.offsetText.isEmpty && axes.y.tickLabelSides.contains(.primary) {
                let layout = TextLayout(yt.offsetText, font: yFont, measuringWith: canvas)
                texts.append(PlacedText(layout, at: Point(box.minX, box.minY - 3),
                                        TextPlacement(horizontal: .left, vertical: .baseline), color: style.tickLabelColor))
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
        } else if let label = axes.y.label, !label.isEmpty {
            let layout = TextLayout(label, font: Font(size: axes.y.labelFontSize), measuringWith: canvas)
            let spineLeft = box.minX - (hasYTicks ? maxTickOutset(style, yTicks) : 0)
            let left = Swift.min(spineLeft, yPrimaryLabels.map(\.minX).min() ?? spineLeft)
            texts.append(PlacedText(layout, at: Point(left - axes.y.labelPad, box.midY),
                                    TextPlacement(horizontal: .center, vertical: .bottom,
                                                  rotation: axes.y.labelRotation ?? 90, rotationMode: .anchor),
                                    color: style.labelColor))
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
        }

        var layout = AxesLayout(axes: axes, box: box, transform: transform, xTicks: xTicks, yTicks: yTicks,
                                texts: texts, legend: nil)
        if let legend = axes.legend {
            layout = AxesLayout(axes: axes, box: box, transform: transform, xTicks: xTicks, yTicks: yTicks,
                                texts: texts, legend: LegendLayout.make(legend, for: layout, canvas: canvas))
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
    static func adjustedForAspect(_ axes: Axes, _ box: Rect, _ xl: AxisLimits, _ yl: AxisLimits) -> Rect {
        guard axes.aspect == .equal else { return box }
        let dx = Swift.abs(axes.x.scale.forward(xl.end) - axes.x.scale.forward(xl.start))
        let dy = Swift.abs(axes.y.scale.forward(yl.end) - axes.y.scale.forward(yl.start))
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

/// The ticks of one axis for a view: values inside the view with their labels,
/// and the offset text.
struct AxisTicks {
    struct Tick {
        let value: Double
        let label: String
        let isMinor: Bool
    }

    var major: [Tick]
    var minor: [Tick]
    var offsetText: String
    var all: [Tick] { major + minor }

    /// matplotlib's `Axis.get_tick_space`: one tick per 3 label sizes along x, per 2 along y.
    static func tickSpace(length: Double, labelSize: Double, isX: Bool) -> Int {
        let size = labelSize * (isX ? 3 : 2)
        guard size > 0, length.isFinite, length > 0 else { return 1 }
        return Int(Swift.min((length / size).rounded(.down), 1_000_000))
    }

    /// Ticks of a horizontal axis whose labels do not run into each other.
    ///
    /// matplotlib picks x ticks from the axis length alone (one per three label heights),
    /// so long labels such as -200000, -180000, … on a narrow panel overlap. When the
    /// automatic locator's labels would come closer than 0.3 em, this asks for one tick
    /// fewer until they do not (or one bin is left). Labels are measured even where they
    /// are hidden, so axes sharing x (pair-plot columns) thin their ticks alike.
    static func makeWithoutOverlap(_ axis: Axis, limits: AxisLimits, length: Double, minPositive: Double?,
                                   canvas: some Canvas) -> AxisTicks {
        var space = tickSpace(length: length, labelSize: axis.tickLabelFontSize, isX: true)
        var ticks = make(axis, limits: limits, length: length, isX: true, minPositive: minPositive, tickSpace: space)
        guard case .automatic = axis.locator, axis.scale == .linear, axis.tickLabelRotation == 0 else { return ticks }
        let font = Font(size: axis.tickLabelFontSize)
        let gap = 0.3 * axis.tickLabelFontSize
        func overlaps(_ ticks: AxisTicks) -> Bool {
            let span = limits.upper - limits.lower
            guard span != 0, span.isFinite, ticks.major.count > 1 else { return false }
            let boxes = ticks.major.map { tick in
                (center: abs(tick.value - limits.lower) / abs(span) * length,
                 half: TextLayout(tick.label, font: font, measuringWith: canvas).width / 2)
            }.sorted { $0.center < $1.center }
            return zip(boxes, boxes.dropFirst()).contains { $0.center + $0.half + gap > $1.center - $1.half }
        }
        while space > 1 && overlaps(ticks) {
            space -= 1
            ticks = make(axis, limits: limits, length: length, isX: true, minPositive: minPositive, tickSpace: space)
        }
        return ticks
    }

    static func make(_ axis: Axis, limits: AxisLimits, length: Double, isX: Bool, minPositive: Double?,
                     tickSpace override: Int? = nil) -> AxisTicks {
        let space = override ?? tickSpace(length: length, labelSize: axis.tickLabelFontSize, isX: isX)
        let scale = axis.scale
        let majorValues = axis.locator.values(scale: scale, view: limits, tickSpace: space,
                                              minPositive: minPositive, minor: false)
        let (majorLabels, offset) = axis.formatter.labels(for: majorValues, scale: scale, view: limits, minor: false)
        var minorValues = axis.minorLocator.values(scale: scale, view: limits, tickSpace: space,
                                                   minPositive: minPositive, minor: true)
        // Drop minor ticks that coincide with major ones (matplotlib's remove_overlapping_locs).
        let t0 = scale.forward(limits.lower), t1 = scale.forward(limits.upper)
        let tol = Swift.abs(t1 - t0) * 1e-5
        let majorT = majorValues.map(scale.forward)
        minorValues = minorValues.filter { v in
            let tv = scale.forward(v)
            return !majorT.contains { Swift.abs($0 - tv) <= tol }
        }
        let (minorLabels, _) = axis.minorFormatter.labels(for: minorValues, scale: scale, view: limits, minor: true)
        func visible(_ v: Double) -> Bool {
            let tv = scale.forward(v)
            guard tv.isFinite else { return false }
            let slack = 1e-10 * Swift.abs(t1 - t0)
            return Swift.min(t0, t1) - slack <= tv && tv <= Swift.max(t0, t1) + slack
        }
        var major: [Tick] = [], minor: [Tick] = []
        for (i, v) in majorValues.enumerated() where visible(v) {
            major.append(Tick(value: v, label: i < majorLabels.count ? majorLabels[i] : "", isMinor: false))
        }
        for (i, v) in minorValues.enumerated() where visible(v) {
            minor.append(Tick(value: v, label: i < minorLabels.count ? minorLabels[i] : "", isMinor: true))
        }
        return AxisTicks(major: major, minor: minor, offsetText: offset)
    }
}
