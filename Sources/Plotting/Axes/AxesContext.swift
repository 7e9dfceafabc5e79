/// What a mark needs to draw itself: where data lands on the canvas and at what resolution.
public struct AxesContext: Sendable {
    /// Data coordinates to canvas points (y flipped here, once).
    public let transform: DataTransform
    /// Device pixels per point of the canvas being drawn (dpi / 72 for PNG; the
    /// raster resolution of rasterised layers in vector output).
    public let rasterScale: Double
    /// The figure's dots per inch.
    public let dpi: Double

    /// The page size in points (for marks placed in figure fractions).
    public let pageSize: Size

    public init(transform: DataTransform, rasterScale: Double, dpi: Double, pageSize: Size = .zero) {
        self.transform = transform
        self.rasterScale = rasterScale
        self.dpi = dpi
        self.pageSize = pageSize
    }

    /// The canvas point of a position in figure fractions: (0, 0) bottom-left, (1, 1) top-right.
    public func fromFigureFraction(_ fx: Double, _ fy: Double) -> Point {
        Point(fx * pageSize.width, (1 - fy) * pageSize.height)
    }

    /// The plot area (axes box) on the canvas, which marks are clipped to.
    public var plotArea: Rect { transform.plotArea }
    public var xScale: Scale { transform.xScale }
    public var yScale: Scale { transform.yScale }
    public var xLimits: AxisLimits { transform.xLimits }
    public var yLimits: AxisLimits { transform.yLimits }
}
