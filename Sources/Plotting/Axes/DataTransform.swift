/// Maps data coordinates to canvas points inside an axes' plot area.
///
/// This is the one place where y is flipped: data y grows upwards, canvas y grows
/// downwards. Each axis goes through its `Scale` (identity or `log10`) and then a
/// linear map from the scaled limits onto the plot area, so inverted axes (limits
/// with `start > end`) need no special case.
public struct DataTransform: Sendable, Hashable {
    public let xScale: Scale
    public let yScale: Scale
    public let xLimits: AxisLimits
    public let yLimits: AxisLimits
    /// The plot area on the canvas (the axes box), in points.
    public let plotArea: Rect

    // x_canvas = xOrigin + xSlope * scaled(x); y likewise (ySlope is negative).
    @usableFromInline let xSlope: Double
    @usableFromInline let xOrigin: Double
    @usableFromInline let ySlope: Double
    @usableFromInline let yOrigin: Double

    public init(xScale: Scale = .linear, yScale: Scale = .linear,
                xLimits: AxisLimits, yLimits: AxisLimits, plotArea: Rect) {
        self.xScale = xScale
        self.yScale = yScale
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.plotArea = plotArea
        let x0 = xScale.forward(xLimits.start), x1 = xScale.forward(xLimits.end)
        let y0 = yScale.forward(yLimits.start), y1 = yScale.forward(yLimits.end)
        let dx = x1 - x0, dy = y1 - y0
        xSlope = dx != 0 && dx.isFinite ? plotArea.width / dx : 0
        xOrigin = plotArea.minX - xSlope * (x0.isFinite ? x0 : 0)
        // Data y = start sits on the bottom edge (maxY); y = end on the top edge.
        ySlope = dy != 0 && dy.isFinite ? -plotArea.height / dy : 0
        yOrigin = plotArea.maxY - ySlope * (y0.isFinite ? y0 : 0)
    }

    /// The canvas x of a data x (non-finite for values the scale cannot place).
    @inlinable
    public func canvasX(_ x: Double) -> Double { xOrigin + xSlope * xScale.forward(x) }

    /// The canvas y of a data y (non-finite for values the scale cannot place).
    @inlinable
    public func canvasY(_ y: Double) -> Double { yOrigin + ySlope * yScale.forward(y) }

    /// The canvas point of a data point.
    @inlinable
    public func apply(_ x: Double, _ y: Double) -> Point { Point(canvasX(x), canvasY(y)) }

    /// The canvas point of a data point.
    @inlinable
    public func apply(_ p: Point) -> Point { apply(p.x, p.y) }

    /// The data x at a canvas x.
    public func dataX(_ cx: Double) -> Double {
        xSlope == 0 ? xLimits.start : xScale.inverse((cx - xOrigin) / xSlope)
    }

    /// The data y at a canvas y.
    public func dataY(_ cy: Double) -> Double {
        ySlope == 0 ? yLimits.start : yScale.inverse((cy - yOrigin) / ySlope)
    }

    /// The data point at a canvas point.
    public func inverse(_ p: Point) -> Point { Point(dataX(p.x), dataY(p.y)) }

    /// The canvas point of a position in axes fractions: (0, 0) bottom-left, (1, 1) top-right.
    @inlinable
    public func fromAxesFraction(_ fx: Double, _ fy: Double) -> Point {
        Point(plotArea.minX + fx * plotArea.width, plotArea.maxY - fy * plotArea.height)
    }
}
