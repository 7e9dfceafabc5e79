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
        // Ticks the scale cannot place (NaN, infinite, non-positive on log) are dropped
        // before formatting; fixed labels keep their pairing with the ticks left.
        let (majorValues, majorFormatter) = placeable(
            axis.locator.values(scale: scale, view: limits, tickSpace: space, minPositive: minPositive, minor: false),
            scale: scale, formatter: axis.formatter)
        let (majorLabels, offset) = majorFormatter.labels(for: majorValues, scale: scale, view: limits, minor: false)
        // Drop minor ticks that coincide with major ones (matplotlib's remove_overlapping_locs).
        let t0 = scale.forward(limits.lower), t1 = scale.forward(limits.upper)
        let tol = Swift.abs(t1 - t0) * 1e-5
        let majorT = majorValues.map(scale.forward)
        let (minorValues, minorFormatter) = placeable(
            axis.minorLocator.values(scale: scale, view: limits, tickSpace: space, minPositive: minPositive,
                                     minor: true, majors: majorValues),
            scale: scale, formatter: axis.minorFormatter) { v in
            let tv = scale.forward(v)
            return !majorT.contains { Swift.abs($0 - tv) <= tol }
        }
        let (minorLabels, _) = minorFormatter.labels(for: minorValues, scale: scale, view: limits, minor: true)
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

    /// The values a scale can place (and `also` keeps), and the formatter with fixed
    /// labels re-paired to them.
    static func placeable(_ values: [Double], scale: Scale, formatter: TickFormatter,
                          also: (Double) -> Bool = { _ in true }) -> ([Double], TickFormatter) {
        let keep = values.indices.filter { scale.accepts(values[$0]) && also(values[$0]) }
        guard keep.count != values.count else { return (values, formatter) }
        var f = formatter
        if case .fixed(let labels) = formatter {
            f = .fixed(keep.map { $0 < labels.count ? labels[$0] : "" })
        }
        return (keep.map { values[$0] }, f)
    }
}
