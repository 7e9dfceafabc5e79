/// The painted strip of a colour bar, drawn in its own axes (y along the bar).
///
/// A continuous bar is a 1-pixel-wide gradient image of `gradientSteps` rows, sampled at the
/// centres of equal steps in the norm's space (matplotlib draws 256 flat segments), stretched
/// over the plot area with hard pixel edges; a contour bar is one rectangle a band. Contour
/// lines cross the bar at their levels.
public struct ColorBarMark: Mark {
    public let source: ColorBarSource
    /// Steps of a continuous gradient (the colour map's size, so every row shows once).
    public var gradientSteps: Int
    public var zOrder: Double = 0

    public init(source: ColorBarSource, gradientSteps: Int = 256) {
        self.source = source
        self.gradientSteps = Swift.max(2, Swift.min(gradientSteps, 4096))
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        let r = source.range
        return DataExtent(x: 0...1, y: r, stickyX: [0, 1], stickyY: [r.lowerBound, r.upperBound])
    }

    /// The gradient's colours, bottom row first.
    func gradientColors() -> [Color] {
        guard case let .continuous(norm, colormap, range) = source.paint else { return [] }
        let scale: Scale = source.logarithmic ? .log : .linear
        let a = scale.forward(range.lowerBound), b = scale.forward(range.upperBound)
        return (0..<gradientSteps).map { i in
            let t = (Double(i) + 0.5) / Double(gradientSteps)
            return norm.color(of: scale.inverse(a + t * (b - a)), in: colormap)
        }
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        let area = context.plotArea
        switch source.paint {
        case .continuous:
            // Top row first in the image; the gradient runs bottom (low) to top (high).
            let colors = gradientColors()
            let pixels = colors.reversed().map { RasterImage.pack($0) }
            let image = RasterImage(width: 1, height: pixels.count, pixels: pixels)
            let y0 = t.canvasY(source.range.upperBound), y1 = t.canvasY(source.range.lowerBound)
            canvas.draw(image, in: Rect(x: area.minX, y: Swift.min(y0, y1), width: area.width, height: abs(y1 - y0)),
                        interpolation: .nearest)
        case let .bands(levels, colors):
            // Nested from the bottom, each band painted over the one below to avoid seams.
            for k in 0..<Swift.min(colors.count, levels.count - 1) {
                let top = t.canvasY(levels[levels.count - 1]), bottom = t.canvasY(levels[k])
                guard top.isFinite, bottom.isFinite else { continue }
                let rect = Rect(x: area.minX, y: Swift.min(top, bottom), width: area.width, height: abs(bottom - top))
                canvas.fill(Path(rect: rect), FillStyle(color: colors[k]))
            }
        }
        for line in source.lines {
            let y = t.canvasY(line.level)
            guard y.isFinite, y >= area.minY - 0.01, y <= area.maxY + 0.01 else { continue }
            canvas.stroke(Path(polyline: [Point(area.minX, y), Point(area.maxX, y)]), line.style)
        }
    }
}
