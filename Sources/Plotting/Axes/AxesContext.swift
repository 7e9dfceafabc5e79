/// What a mark needs to draw itself: where data lands on the canvas and at what resolution.
public struct AxesContext: Sendable {
    /// Data coordinates to canvas points (y flipped here, once).
    public let transform: DataTransform
    /// Device pixels per point of the canvas being drawn (dpi / 72 for PNG; the
    /// raster resolution of rasterised layers in vector output).
    public let rasterScale: Double
    /// The figure's dots per inch.
    public let dpi: Double

    public init(transform: DataTransform, rasterScale: Double, dpi: Double) {
        self.transform = transform
        self.rasterScale = rasterScale
        self.dpi = dpi
    }

    /// The plot area (axes box) on the canvas, which marks are clipped to.
    public var plotArea: Rect { transform.plotArea }
    public var xScale: Scale { transform.xScale }
    public var yScale: Scale { transform.yScale }
    public var xLimits: AxisLimits { transform.xLimits }
    public var yLimits: AxisLimits { transform.yLimits }
}
