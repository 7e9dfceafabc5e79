/// Turns a figure into draw calls: autoscale every axes (shared axes together),
/// lay out ticks and text, pull the margins in if anything would fall off the
/// page, then draw each axes in z-order, figure legends and the suptitle.
struct FigureRenderer {
    let figure: Figure

    /// The placed axes and figure-level texts for one page.
    struct PageLayout {
        var axes: [AxesLayout]
        var legends: [LegendLayout]
        var suptitle: PlacedText?
        /// `Figure.texts`, placed where their author put them.
        var texts: [PlacedText]
        var subplotParameters: SubplotParameters
        /// How far every axes was moved up to keep `Figure.reservedBottom` clear: figure
        /// fractions `y` became `lift + y (1 - lift)` (0 when nothing moved).
        var lift: Double

        /// Everything the axes, the legends and the suptitle draw: what must stay on the page.
        /// Figure texts are left out; their author placed them.
        var bounds: Rect? {
            var r: Rect?
            func add(_ b: Rect) { r = r.map { $0.union(b) } ?? b }
            for a in axes where a.axes.isVisible { add(a.bounds) }
            for l in legends { add(l.frame) }
            if let s = suptitle { add(s.bounds) }
            return r
        }
    }

    func render(on canvas: inout some Canvas) {
        let page = layout(measuringWith: canvas)
        for a in page.axes where a.axes.isVisible {
            AxesRenderer(layout: a, dpi: figure.dpi, pageSize: figure.pageSize).draw(on: &canvas)
        }
        for l in page.legends { l.draw(on: &canvas) }
        page.suptitle?.draw(on: &canvas)
        for t in page.texts { t.draw(on: &canvas) }
    }

    /// The page layout, with the grid's margins moved in when decorations would be cut off
    /// and `fitsDecorations` is set, and every axes moved up when decorations would reach into
    /// `reservedBottom`.
    func layout(measuringWith canvas: some Canvas) -> PageLayout {
        var params = figure.subplotParameters
        var lift = 0.0
        var page = layout(params, lift: lift, canvas)
        if let tight = figure.tightLayout, let fitted = tightParameters(tight, measuring: page) {
            params = fitted
            page = layout(params, lift: lift, canvas)
        }
        let fitsGrid = figure.fitsDecorations
            && figure.axes.contains(where: { if case .grid = $0.placement { true } else { false } })
        let reserved = figure.reservedBottom.isFinite ? Swift.max(0, figure.reservedBottom * 72) : 0
        guard fitsGrid || reserved > 0 else { return page }
        let pageSize = figure.pageSize
        let margin = 2.0  // points kept clear at the page edge
        // The lowest axes bottom before lifting, in figure fractions: decorations under it move
        // by (1 - bottom) for each unit of lift.
        let lowestBottom = figure.axes.filter(\.isVisible).map { box(of: $0, params, lift: 0, pageSize) }
            .map { 1 - $0.maxY / pageSize.height }.min() ?? 0
        for _ in 0..<4 {
            guard let b = page.bounds else { break }
            var changed = false
            if fitsGrid {
                let overLeft = margin - b.minX, overRight = b.maxX - (pageSize.width - margin)
                let overTop = margin - b.minY, overBottom = b.maxY - (pageSize.height - margin)
                if overLeft > 0.01 { params.left += overLeft / pageSize.width; changed = true }
                if overRight > 0.01 { params.right -= overRight / pageSize.width; changed = true }
                if overTop > 0.01 { params.top -= overTop / pageSize.height; changed = true }
                if reserved == 0 && overBottom > 0.01 { params.bottom += overBottom / pageSize.height; changed = true }
            }
            let intoReserve = b.maxY - (pageSize.height - reserved)
            if reserved > 0 && intoReserve > 0.01 {
                lift += intoReserve / pageSize.height / Swift.max(0.05, 1 - lowestBottom)
                changed = true
            }
            guard changed else { break }
            guard params.right - params.left > 0.05, params.top - params.bottom > 0.05, lift < 0.9 else { break }
            page = layout(params, lift: lift, canvas)
        }
        return page
    }

    func layout(_ params: SubplotParameters, lift: Double = 0, _ canvas: some Canvas) -> PageLayout {
        let pageSize = figure.pageSize
        var params = params
        // Figure legends outside on the right take room from the grid.
        var legendSizes: [Size] = []
        for legend in figure.legends {
            let entries = legend.entries ?? figure.axes.flatMap { $0.marks.flatMap(\.legendEntries) }
            let size = entries.isEmpty ? .zero : LegendLayout.measure(legend, entries, canvas: canvas)
            legendSizes.append(size)
            if legend.location == .outsideRight, size.width > 0 {
                params.right = Swift.min(params.right, 1 - 0.01 - size.width / pageSize.width)
            }
        }

        let boxes = figure.axes.map { box(of: $0, params, lift: lift, pageSize) }
        let limits = resolveLimits()
        var axesLayouts: [AxesLayout] = []
        for (i, ax) in figure.axes.enumerated() {
            let l = limits[i]
            axesLayouts.append(AxesLayout.make(axes: ax, box: boxes[i], view: l, canvas: canvas))
        }

        var legends: [LegendLayout] = []
        for (legend, size) in zip(figure.legends, legendSizes) where size.width > 0 {
            let entries = legend.entries ?? figure.axes.flatMap { $0.marks.flatMap(\.legendEntries) }
            let page = Rect(x: 0, y: 0, width: pageSize.width, height: pageSize.height)
            let origin: Point
            if legend.location == .outsideRight {
                // seaborn: matplotlib's loc='center right' on the figure, `borderaxespad` (0.5 font
                // sizes) from the page's right edge, its middle at `centerY`.
                origin = Point(pageSize.width - size.width - 0.5 * legend.fontSize,
                               (1 - legend.centerY) * pageSize.height - size.height / 2)
            } else {
                origin = LegendLayout.anchored(legend.location, size: size, in: page, pad: 0.5 * legend.fontSize)
            }
            legends.append(LegendLayout.place(legend, entries, at: origin, canvas: canvas))
        }

        var suptitle: PlacedText?
        if let text = figure.suptitle, !text.isEmpty {
            let layout = TextLayout(text, font: Font(size: figure.suptitleFontSize), measuringWith: canvas)
            suptitle = PlacedText(layout, at: Point(pageSize.width / 2, (1 - figure.suptitleY) * pageSize.height),
                                  TextPlacement(horizontal: .center, vertical: .top), color: .black)
        }
        let texts = figure.texts.map { t in
            PlacedText(TextLayout(t.text, font: Font(size: t.fontSize), measuringWith: canvas,
                                  lineAlignment: t.placement.horizontal),
                       at: Point(t.position.x * pageSize.width, (1 - t.position.y) * pageSize.height), t.placement,
                       color: t.color)
        }
        return PageLayout(axes: axesLayouts, legends: legends, suptitle: suptitle, texts: texts,
                          subplotParameters: params, lift: lift)
    }

    /// An axes box in canvas points, moved up by `lift` (figure fractions `y` become
    /// `lift + y (1 - lift)`).
    func box(of ax: Axes, _ params: SubplotParameters, lift: Double = 0, _ page: Size) -> Rect {
        var r: FigureRect
        switch ax.placement {
        case let .grid(rows, columns, row, column, rowSpan, columnSpan):
            r = params.cell(rows: rows, columns: columns, row: row, column: column,
                            rowSpan: rowSpan, columnSpan: columnSpan)
        case let .rect(rect):
            r = rect
        }
        if lift > 0 {
            r.bottom = lift + r.bottom * (1 - lift)
            r.height *= 1 - lift
        }
        return Rect(x: r.left * page.width, y: (1 - r.bottom - r.height) * page.height,
                    width: r.width * page.width, height: r.height * page.height)
    }

    /// One axes' view: limits and scales (taken from the axes it shares with), and the
    /// smallest positive data values for log ticks.
    struct ResolvedLimits {
        var x: AxisLimits
        var y: AxisLimits
        var xScale: Scale
        var yScale: Scale
        var xMinPositive: Double?
        var yMinPositive: Double?
    }

    /// Limits for every axes; axes sharing an axis autoscale to the union of their data.
    func resolveLimits() -> [ResolvedLimits] {
        let axes = figure.axes
        // Axes sharing an axis use the scale of the axes they share with (the chain's root).
        let extents = axes.map { ax in
            ax.marks.reduce(DataExtent.empty) {
                $0.union($1.dataExtent(xScale: ax.xShareRoot.x.scale, yScale: ax.yShareRoot.y.scale))
            }
        }
        var xGroups: [ObjectIdentifier: DataExtent] = [:]
        var yGroups: [ObjectIdentifier: DataExtent] = [:]
        for (ax, e) in zip(axes, extents) {
            let xr = ObjectIdentifier(ax.xShareRoot), yr = ObjectIdentifier(ax.yShareRoot)
            xGroups[xr] = (xGroups[xr] ?? .empty).union(e)
            yGroups[yr] = (yGroups[yr] ?? .empty).union(e)
        }
        return axes.map { ax in
            let xRoot = ax.xShareRoot, yRoot = ax.yShareRoot
            let xe = xGroups[ObjectIdentifier(xRoot)] ?? .empty
            let ye = yGroups[ObjectIdentifier(yRoot)] ?? .empty
            let xl = Autoscale.limits(for: xRoot.x, range: xe.x, minPositive: xe.minPositiveX, sticky: xe.stickyX)
            let yl = Autoscale.limits(for: yRoot.y, range: ye.y, minPositive: ye.minPositiveY, sticky: ye.stickyY)
            return ResolvedLimits(x: xl, y: yl, xScale: xRoot.x.scale, yScale: yRoot.y.scale,
                                  xMinPositive: xe.minPositiveX, yMinPositive: ye.minPositiveY)
        }
    }
}
