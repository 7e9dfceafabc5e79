/// The data a mark covers, for autoscaling: a range on each axis, the smallest
/// positive value (log axes start there), and "sticky" values that the 5 % margins
/// must not cross (images and filled regions whose limits must equal their extent).
public struct DataExtent: Sendable, Hashable {
    /// Smallest and largest finite x, or nil when the mark says nothing about x
    /// (a horizontal reference line leaves x alone).
    public var x: ClosedRange<Double>?
    /// Smallest and largest finite y, or nil when the mark says nothing about y.
    public var y: ClosedRange<Double>?
    /// Smallest positive x (for log axes), if any.
    public var minPositiveX: Double?
    /// Smallest positive y (for log axes), if any.
    public var minPositiveY: Double?
    /// x values margins must not expand past (matplotlib's `sticky_edges.x`).
    public var stickyX: [Double]
    /// y values margins must not expand past.
    public var stickyY: [Double]

    public init(x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
                minPositiveX: Double? = nil, minPositiveY: Double? = nil,
                stickyX: [Double] = [], stickyY: [Double] = []) {
        self.x = x
        self.y = y
        self.minPositiveX = minPositiveX ?? x.flatMap { $0.lowerBound > 0 ? $0.lowerBound : nil }
        self.minPositiveY = minPositiveY ?? y.flatMap { $0.lowerBound > 0 ? $0.lowerBound : nil }
        self.stickyX = stickyX
        self.stickyY = stickyY
    }

    /// Covers nothing.
    public static let empty = DataExtent()

    /// The extent of paired coordinates, skipping points either scale cannot place
    /// (NaN, infinite, or non-positive on a log axis), as matplotlib masks them.
    public init(xs: [Double], ys: [Double], xScale: Scale = .linear, yScale: Scale = .linear) {
        var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
        var px = Double.infinity, py = Double.infinity
        for i in 0..<Swift.min(xs.count, ys.count) {
            let x = xs[i], y = ys[i]
            guard xScale.accepts(x), yScale.accepts(y) else { continue }
            if x < x0 { x0 = x }
            if x > x1 { x1 = x }
            if y < y0 { y0 = y }
            if y > y1 { y1 = y }
            if x > 0 && x < px { px = x }
            if y > 0 && y < py { py = y }
        }
        self.init(x: x0 <= x1 ? x0...x1 : nil, y: y0 <= y1 ? y0...y1 : nil,
                  minPositiveX: px.isFinite ? px : nil, minPositiveY: py.isFinite ? py : nil)
    }

    /// The extent of values along one axis only.
    public static func along(x values: [Double], scale: Scale = .linear) -> DataExtent {
        var e = DataExtent(xs: values, ys: [Double](repeating: 1, count: values.count), xScale: scale)
        e.y = nil
        e.minPositiveY = nil
        return e
    }

    /// The extent of values along the y axis only.
    public static func along(y values: [Double], scale: Scale = .linear) -> DataExtent {
        var e = DataExtent(xs: [Double](repeating: 1, count: values.count), ys: values, yScale: scale)
        e.x = nil
        e.minPositiveX = nil
        return e
    }

    /// The union of two extents.
    public func union(_ other: DataExtent) -> DataExtent {
        func join(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> ClosedRange<Double>? {
            guard let a else { return b }
            guard let b else { return a }
            return Swift.min(a.lowerBound, b.lowerBound)...Swift.max(a.upperBound, b.upperBound)
        }
        func least(_ a: Double?, _ b: Double?) -> Double? {
            guard let a else { return b }
            guard let b else { return a }
            return Swift.min(a, b)
        }
        return DataExtent(x: join(x, other.x), y: join(y, other.y),
                          minPositiveX: least(minPositiveX, other.minPositiveX),
                          minPositiveY: least(minPositiveY, other.minPositiveY),
                          stickyX: stickyX + other.stickyX, stickyY: stickyY + other.stickyY)
    }
}
