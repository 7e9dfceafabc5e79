/// matplotlib's `fig.colorbar(mappable, ax=ax)`: a colour bar in an axes of its own, taking
/// room from the axes it describes.
extension Figure {
    /// Where a colour bar goes relative to its axes.
    public struct ColorBarLayout: Sendable, Hashable {
        /// Share of the parent's width given to the bar's slot (0.15).
        public var fraction: Double
        /// Gap between the parent and the slot, as a share of the parent's width (0.05).
        public var pad: Double
        /// Bar height over the parent's height (1).
        public var shrink: Double
        /// Length over thickness of the bar (20).
        public var aspect: Double

        public init(fraction: Double = 0.15, pad: Double = 0.05, shrink: Double = 1, aspect: Double = 20) {
            self.fraction = fraction
            self.pad = pad
            self.shrink = shrink
            self.aspect = aspect
        }
    }

    /// Adds a vertical colour bar to the right of `parent`, which is narrowed to make room
    /// (matplotlib's `make_axes` with `location='right'`).
    ///
    /// - Parameters:
    ///   - ticks: tick values; default the levels of a contour bar, automatic ticks otherwise.
    ///   - outline: draw the frame around the bar (matplotlib does; seaborn's heatmap does not).
    /// - Returns: the bar's axes (its y axis carries the ticks and `label`).
    @discardableResult
    public func colorbar(_ source: ColorBarSource, for parent: Axes, label: String? = nil, ticks: [Double]? = nil,
                         layout: ColorBarLayout = ColorBarLayout(), outline: Bool = true) throws(PlotKindError) -> Axes {
        guard layout.fraction > 0, layout.fraction < 1, layout.pad >= 0, layout.fraction + layout.pad < 1,
              layout.shrink > 0, layout.shrink <= 1, layout.aspect > 0, layout.aspect.isFinite else {
            throw .invalidValue(what: "colour bar layout", value: "\(layout)",
                                expected: "0 < fraction, pad ≥ 0, fraction + pad < 1, 0 < shrink ≤ 1, aspect > 0")
        }
        let range = source.range
        guard range.lowerBound < range.upperBound, range.lowerBound.isFinite, range.upperBound.isFinite,
              !source.logarithmic || range.lowerBound > 0 else {
            throw .invalidValue(what: "colour bar range", value: "\(range)",
                                expected: source.logarithmic ? "positive, increasing limits" : "finite, increasing limits")
        }
        let pb = position(of: parent)
        // Split the parent's box: parent | pad | slot.
        let x1 = 1 - layout.fraction
        let parentRect = FigureRect(left: pb.left, bottom: pb.bottom, width: (x1 - layout.pad) * pb.width, height: pb.height)
        let slot = FigureRect(left: pb.left + x1 * pb.width, bottom: pb.bottom, width: layout.fraction * pb.width, height: pb.height)
        let barHeight = slot.height * layout.shrink
        // Box aspect: thickness = length / aspect, in inches, anchored left and centred vertically.
        let thicknessInches = barHeight * height / layout.aspect
        let barWidth = Swift.min(slot.width, thicknessInches / width)
        let bar = FigureRect(left: slot.left, bottom: slot.bottom + (slot.height - barHeight) / 2,
                             width: barWidth, height: barHeight)
        parent.placement = .rect(parentRect)

        let cax: Axes
        do throws(PlotError) {
            cax = try addAxes(bar)
        } catch {
            throw .plot(error)
        }
        cax.add(ColorBarMark(source: source))
        cax.x.limits = AxisLimits(0, 1)
        cax.x.locator = .none
        cax.x.tickSides = .none
        cax.x.tickLabelSides = .none
        cax.y.scale = source.logarithmic ? .log : .linear
        cax.y.limits = AxisLimits(range.lowerBound, range.upperBound)
        cax.y.tickSides = .secondary
        cax.y.tickLabelSides = .secondary
        cax.y.minorLocator = .none
        if let ticks {
            cax.y.locator = .fixed(ticks)
        } else if case .bands(let levels, _) = source.paint {
            cax.y.locator = .fixed(Self.levelTicks(levels))
            // Every level labelled as a plain number (matplotlib's LogFormatter with infinite
            // thresholds: 1, 2.3, 5.3, 12.3, ...). matplotlib's own default here,
            // LogFormatterSciNotation, labels only the levels near a decade's multiples,
            // two of six for logspace(0, 2, 12): "10^0" and "1.23285 × 10^1".
            if source.logarithmic { cax.y.formatter = .log(.everyTick) }
        }
        if let label {
            cax.y.label = label
            cax.y.labelOnSecondarySide = true
        }
        if !outline { cax.style.visibleSpines = [] }
        return cax
    }

    /// Ticks at the levels, at most 11 of them: matplotlib's `FixedLocator(levels, nbins=10)`
    /// keeps every k-th level, starting where the smallest absolute value falls.
    static func levelTicks(_ levels: [Double], bins: Int = 10) -> [Double] {
        guard !levels.isEmpty else { return [] }
        let step = Swift.max((levels.count + bins - 1) / bins, 1)
        func every(from i: Int) -> [Double] { Swift.stride(from: i, to: levels.count, by: step).map { levels[$0] } }
        var ticks = every(from: 0)
        for i in 1..<step {
            let other = every(from: i)
            if let a = other.map(abs).min(), let b = ticks.map(abs).min(), a < b { ticks = other }
        }
        return ticks
    }

    /// An axes' box in figure fractions, as laid out before any colour bar (matplotlib's `original` position).
    func position(of ax: Axes) -> FigureRect {
        switch ax.placement {
        case let .grid(rows, columns, row, column, rowSpan, columnSpan):
            return subplotParameters.cell(rows: rows, columns: columns, row: row, column: column,
                                          rowSpan: rowSpan, columnSpan: columnSpan)
        case let .rect(rect):
            return rect
        }
    }
}
