/// Draws one laid-out axes: background, then marks, grid, ticks and labels,
/// spines, texts and legend in z-order (ties in the order matplotlib draws them).
struct AxesRenderer {
    let layout: AxesLayout
    let dpi: Double
    let pageSize: Size

    /// Things drawn inside an axes, sorted by z-order.
    private enum Layer {
        case mark(any Mark)
        case gridAndTicks
        case spines
        case texts
        case legend
    }

    func draw(on canvas: inout some Canvas) {
        let axes = layout.axes
        let style = axes.style
        let box = layout.box
        if axes.showsFrame {
            canvas.fill(Path(rect: box), FillStyle(color: style.background, antialias: false))
        }
        var layers: [(z: Double, order: Int, layer: Layer)] = []
        for (i, m) in axes.marks.enumerated() { layers.append((m.zOrder, 1000 + i, .mark(m))) }
        if axes.showsFrame {
            layers.append((style.gridOrder.zOrder, 0, .gridAndTicks))
            layers.append((2.5, 1, .spines))
            layers.append((3, 2, .texts))
        }
        if layout.legend != nil { layers.append((5, 3, .legend)) }
        layers.sort { ($0.z, $0.order) < ($1.z, $1.order) }

        let context = AxesContext(transform: layout.transform, rasterScale: canvas.rasterScale, dpi: dpi, pageSize: pageSize)
        for entry in layers {
            switch entry.layer {
            case .mark(let mark):
                if mark.clipsToPlotArea { canvas.pushClip(Path(rect: box)) }
                mark.draw(in: context, on: &canvas)
                if mark.clipsToPlotArea { canvas.popClip() }
            case .gridAndTicks:
                drawGrid(on: &canvas)
                drawTicks(on: &canvas)
            case .spines:
                drawSpines(on: &canvas)
            case .texts:
                for t in layout.texts { t.draw(on: &canvas) }
            case .legend:
                layout.legend?.draw(on: &canvas)
            }
        }
    }

    func drawGrid(on canvas: inout some Canvas) {
        let axes = layout.axes
        let style = axes.style
        let box = layout.box
        guard axes.x.showsGrid || axes.y.showsGrid else { return }
        let stroke = StrokeStyle(color: style.gridColor.withAlpha(style.gridColor.alpha * style.gridAlpha),
                                 width: style.gridWidth, dash: style.gridPattern.dashes(width: style.gridWidth),
                                 cap: style.gridPattern.cap, join: .round, snap: true)
        canvas.pushClip(Path(rect: box))
        if axes.x.showsGrid {
            for t in layout.xTicks where !t.isMinor {
                canvas.stroke(Path(polyline: [Point(t.position, box.maxY), Point(t.position, box.minY)]), stroke)
            }
        }
        if axes.y.showsGrid {
            for t in layout.yTicks where !t.isMinor {
                canvas.stroke(Path(polyline: [Point(box.minX, t.position), Point(box.maxX, t.position)]), stroke)
            }
        }
        canvas.popClip()
    }

    func drawTicks(on canvas: inout some Canvas) {
        let axes = layout.axes
        let style = axes.style
        let box = layout.box
        func stroke(_ minor: Bool) -> StrokeStyle {
            StrokeStyle(color: style.tickColor, width: minor ? style.minorTickWidth : style.majorTickWidth,
                        cap: .butt, join: .miter, snap: true)
        }
        func length(_ minor: Bool) -> Double { minor ? style.minorTickLength : style.majorTickLength }
        for t in layout.xTicks {
            let len = length(t.isMinor)
            guard len > 0 else { continue }
            if axes.x.tickSides.contains(.primary) {
                canvas.stroke(Path(polyline: [Point(t.position, box.maxY), Point(t.position, box.maxY + len)]), stroke(t.isMinor))
            }
            if axes.x.tickSides.contains(.secondary) {
                canvas.stroke(Path(polyline: [Point(t.position, box.minY), Point(t.position, box.minY - len)]), stroke(t.isMinor))
            }
        }
        for t in layout.yTicks {
            let len = length(t.isMinor)
            guard len > 0 else { continue }
            if axes.y.tickSides.contains(.primary) {
                canvas.stroke(Path(polyline: [Point(box.minX, t.position), Point(box.minX - len, t.position)]), stroke(t.isMinor))
            }
            if axes.y.tickSides.contains(.secondary) {
                canvas.stroke(Path(polyline: [Point(box.maxX, t.position), Point(box.maxX + len, t.position)]), stroke(t.isMinor))
            }
        }
    }

    func drawSpines(on canvas: inout some Canvas) {
        let style = layout.axes.style
        let box = layout.box
        guard style.spineWidth > 0 else { return }
        let stroke = StrokeStyle(color: style.spineColor, width: style.spineWidth, cap: .square, join: .miter, snap: true)
        for side in AxesStyle.Side.allCases where style.visibleSpines.contains(side) {
            let (a, b): (Point, Point)
            switch side {
            case .left: (a, b) = (Point(box.minX, box.maxY), Point(box.minX, box.minY))
            case .right: (a, b) = (Point(box.maxX, box.maxY), Point(box.maxX, box.minY))
            case .bottom: (a, b) = (Point(box.minX, box.maxY), Point(box.maxX, box.maxY))
            case .top: (a, b) = (Point(box.minX, box.minY), Point(box.maxX, box.minY))
            }
            canvas.stroke(Path(polyline: [a, b]), stroke)
        }
    }
}
