import Foundation

extension PairPlot {
    /// Builds the pair plot as a figure (which can then be adjusted and written like any other).
    public func figure() throws(PlotKindError) -> Figure {
        try validate()
        let n = columns.count
        let hueColors = hueColors()
        let diagonalKind: Diagonal = diagonal == .automatic ? (hue == nil ? .histogram : .kde) : diagonal

        // Page: n panels a side, widened for the legend as seaborn's add_legend does.
        let legendWidth = hueColors.map { Self.estimatedLegendWidth($0) } ?? 0
        let fig: Figure
        do throws(PlotError) {
            fig = try Figure(width: Double(n) * height + legendWidth / 72, height: Double(n) * height, dpi: dpi)
        } catch {
            throw .plot(error)
        }
        fig.subplotParameters = tightLayout(pageWidth: fig.pageSize.width, legendWidth: legendWidth, pageHeight: fig.pageSize.height)
        // seaborn's final `grid.tight_layout()`: pad 0.5 everywhere, inside [.01, .01, .99, .99]
        // (the right edge moved in for a legend outside).
        fig.tightLayout = TightLayout(pad: 0.5, rect: FigureRect(left: 0.01, bottom: 0.01, width: 0.98, height: 0.98))

        let grid: [[Axes]]
        do throws(PlotError) {
            grid = try fig.subplots(rows: n, columns: n, shareX: .column, shareY: .row)
        } catch {
            throw .plot(error)
        }
        for i in 0..<n {
            for j in 0..<n {
                let ax = grid[i][j]
                ax.despine()
                if corner && j > i {
                    ax.isVisible = false
                    continue
                }
                if i == n - 1 { ax.x.label = columns[j].name }
                if j == 0 { ax.y.label = columns[i].name }
                if i == j { continue }
                if j > i && upper == .correlation {
                    let r = Self.correlation(columns[j].values, columns[i].values)
                    ax.add(PanelTextMark(text: r.isNaN ? "r = n/a" : String(format: "r = %.2f", r),
                                         position: Point(0.5, 0.5), fontSize: 12 + 4 * (r.isNaN ? 0 : abs(r))))
                    // Keep the panel's own data range, as a scatter would have set it, for the shared axes.
                    ax.add(InvisibleExtentMark(x: columns[j].values, y: columns[i].values))
                    continue
                }
                try addScatter(to: ax, x: columns[j].values, y: columns[i].values, hue: hueColors)
            }
        }
        if diagonalKind != .none {
            for i in 0..<n {
                let frame = grid[i][i]
                if corner {
                    frame.y.tickSides = .none
                    frame.y.tickLabelSides = .none
                    frame.y.label = nil
                    frame.style.visibleSpines.remove(.left)
                }
                // The distribution goes on a twin axes sharing x, with its own hidden y axis,
                // unless the grid has a single panel (nothing else sets the frame's limits).
                let target: Axes
                if n == 1 {
                    target = frame
                } else {
                    do throws(PlotError) {
                        target = try fig.addSubplot(rows: n, columns: n, row: i, column: i)
                    } catch {
                        throw .plot(error)
                    }
                    target.shareX(with: frame)
                    target.showsFrame = false
                }
                try addDiagonal(to: target, values: columns[i].values, kind: diagonalKind, hue: hueColors)
            }
        }
        if let hueColors {
            let size = markerSize.squareRoot()
            let entries = hueColors.levels.map { level in
                LegendEntry(label: level.label, handle: .marker(MarkerStyle(shape: .circle, size: size, fill: level.color,
                                                                          edge: .white, edgeWidth: 0.08 * size)))
            }
            fig.legend(Legend(entries: entries, location: .outsideRight, title: hueColors.title, showsFrame: false))
        }
        return fig
    }

    private func addScatter(to ax: Axes, x: [Double], y: [Double], hue: HueColors?) throws(PlotKindError) {
        let size = markerSize.squareRoot()
        let colors: PointColors = hue.map { .perPoint($0.perRow) } ?? .uniform(ColorCycle.tab10[0])
        do throws(PlotError) {
            try ax.scatter(x, y, size: markerSize, colors: colors, edge: .color(.white), edgeWidth: 0.08 * size,
                           aggregation: .above(aggregationThreshold))
        } catch {
            throw .plot(error)
        }
    }

    private func addDiagonal(to ax: Axes, values: [Double], kind: Diagonal, hue: HueColors?) throws(PlotKindError) {
        switch (kind, hue) {
        case (.histogram, nil), (.automatic, nil):
            ax.add(try HistogramMark(values, color: ColorCycle.tab10[0]))
        case (.histogram, let hue?):
            // One layer a level over common bins, alpha 0.5 (seaborn's layered hue histogram).
            let edges: [Double]
            do throws(StatisticsError) {
                edges = try HistogramBins.edges(values)
            } catch {
                throw .statistics(error)
            }
            for level in hue.levels {
                ax.add(try HistogramMark(level.rows.map { values[$0] }, bins: .edges(edges), color: level.color,
                                         alpha: 0.5, label: nil))
            }
        case (.kde, nil), (.automatic, _):
            if let kde = try? DensityMark(kde: values, color: ColorCycle.tab10[0]) { ax.add(kde) }
        case (.kde, let hue?):
            // Common normalisation: each level's density times its share of the rows; drawn in
            // reverse so the first level ends on top, as seaborn layers them.
            let total = Double(values.filter { !$0.isNaN }.count)
            for level in hue.levels.reversed() {
                let subset = level.rows.map { values[$0] }.filter { !$0.isNaN }
                guard total > 0, subset.count >= 2 else { continue }
                // Levels whose values are all equal have no density; seaborn skips them too.
                if let kde = try? DensityMark(kde: subset, scale: Double(subset.count) / total, color: level.color) {
                    ax.add(kde)
                }
            }
        case (.none, _):
            break
        }
    }
}

// MARK: - Layout

extension PairPlot {
    /// matplotlib's `tight_layout(pad=0.5)` for this grid, estimated without a canvas: room for
    /// the outer tick labels and axis labels, gaps for the tick marks between panels.
    func tightLayout(pageWidth: Double, legendWidth: Double, pageHeight: Double) -> SubplotParameters {
        let n = Double(columns.count)
        let fontSize = 10.0
        let pad = 0.5 * fontSize
        let tick = 3.5, tickPad = 3.5, labelPad = 4.0
        let lineHeight = 1.0 * fontSize           // DejaVu Sans ascent + descent, about one em
        let overhang = 0.5 * 0.73 * fontSize      // half a digit's height: y tick labels at a panel's top edge
        let panel = height * 72 * 0.9              // close enough for choosing ticks
        let widest = columns.indices.map { i in
            Self.estimatedTickLabels(columns[i].values, length: panel, isX: false)
                .map { ApproximateText.width($0, fontSize: fontSize) }.max() ?? 0
        }.max() ?? 0
        let left = pad + lineHeight + labelPad + widest + tickPad + tick
        let bottom = pad + lineHeight + labelPad + lineHeight + tickPad + tick
        let top = pad + overhang
        let lastLabels = Self.estimatedTickLabels(columns[columns.count - 1].values, length: panel, isX: true)
        let right = pad + 0.5 * (lastLabels.last.map { ApproximateText.width($0, fontSize: fontSize) } ?? 0)
        // seaborn keeps 1 % of the page and the legend's width free on the right.
        let usableRight = legendWidth > 0 ? pageWidth * 0.99 - legendWidth : pageWidth
        // With KDEs on the diagonal seaborn's twin axes keep an invisible "Density" label on their
        // right, which matplotlib's tight layout still makes room for: every column gap widens.
        let diagonalKind: Diagonal = diagonal == .automatic ? (hue == nil ? .histogram : .kde) : diagonal
        var hGap = pad + (diagonalKind == .kde ? Swift.max(tick, lineHeight + labelPad) : tick)
        // The bottom row's x tick labels at a panel's edges reach past it; tight layout keeps
        // neighbouring columns' labels a pad apart (-200000 beside 200 on a 2.5 in panel).
        let reach = columns.map { Self.estimatedLabelReach($0.values, length: panel, fontSize: fontSize) }
        for (a, b) in zip(reach, reach.dropFirst()) {
            hGap = Swift.max(hGap, pad + a.right + b.left)
        }
        let vGap = pad + tick + overhang
        let gridWidth = usableRight - left - right, gridHeight = pageHeight - top - bottom
        let cellW = (gridWidth - (n - 1) * hGap) / n, cellH = (gridHeight - (n - 1) * vGap) / n
        guard cellW > 10, cellH > 10 else { return SubplotParameters() }
        return SubplotParameters(left: left / pageWidth, right: (left + gridWidth) / pageWidth,
                                 bottom: bottom / pageHeight, top: 1 - top / pageHeight,
                                 wspace: hGap / cellW, hspace: vGap / cellH)
    }

    /// The tick labels an axis over `values` (± 5 % margins) would get.
    /// How far an x axis's outermost tick labels reach past its left and right ends, in points
    /// (0 when they stay inside), with the labels thinned as the axis thins overlapping ones.
    static func estimatedLabelReach(_ values: [Double], length: Double, fontSize: Double) -> (left: Double, right: Double) {
        let finite = values.filter(\.isFinite)
        guard var lo = finite.min(), var hi = finite.max() else { return (0, 0) }
        if lo == hi { lo -= 1; hi += 1 }
        let m = 0.05 * (hi - lo)
        let limits = AxisLimits(lo - m, hi + m)
        let span = limits.upper - limits.lower
        var space = AxisTicks.tickSpace(length: length, labelSize: fontSize, isX: true)
        while true {
            let ticks = MaxNLocator.auto.ticks(limits.lower, limits.upper, tickSpace: space)
                .filter { $0 >= limits.lower - 1e-10 * span && $0 <= limits.upper + 1e-10 * span }
            let labels = ScalarFormatter().labels(for: ticks, view: limits).labels
            let boxes = zip(ticks, labels).map { v, label in
                (center: (v - limits.lower) / span * length, half: ApproximateText.width(label, fontSize: fontSize) / 2)
            }
            let overlaps = zip(boxes, boxes.dropFirst()).contains { $0.center + $0.half + 0.3 * fontSize > $1.center - $1.half }
            if overlaps && space > 1 {
                space -= 1
                continue
            }
            guard let first = boxes.first, let last = boxes.last else { return (0, 0) }
            return (Swift.max(0, first.half - first.center), Swift.max(0, last.center + last.half - length))
        }
    }

    static func estimatedTickLabels(_ values: [Double], length: Double, isX: Bool) -> [String] {
        let finite = values.filter(\.isFinite)
        guard var lo = finite.min(), var hi = finite.max() else { return [] }
        if lo == hi { lo -= 1; hi += 1 }
        let m = 0.05 * (hi - lo)
        let limits = AxisLimits(lo - m, hi + m)
        let space = AxisTicks.tickSpace(length: length, labelSize: 10, isX: isX)
        let ticks = MaxNLocator.auto.ticks(limits.lower, limits.upper, tickSpace: space)
            .filter { $0 >= limits.lower - 1e-10 * (limits.upper - limits.lower) && $0 <= limits.upper + 1e-10 * (limits.upper - limits.lower) }
        return ScalarFormatter().labels(for: ticks, view: limits).labels
    }

    /// seaborn's legend box width, as `LegendLayout` measures it: handle (2 em), gap (0.8 em),
    /// the longest label or the title, and the border padding (0.4 em) on both sides.
    static func estimatedLegendWidth(_ hue: HueColors) -> Double {
        let fontSize = 10.0
        let text = hue.levels.map { ApproximateText.width($0.label, fontSize: fontSize) }.max() ?? 0
        let title = ApproximateText.width(hue.title, fontSize: fontSize)
        return Swift.max(text + (2.0 + 0.8) * fontSize, title) + 2 * 0.4 * fontSize
    }
}
