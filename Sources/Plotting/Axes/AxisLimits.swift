/// The data values at the two ends of an axis: `start` at the left (x) or bottom (y)
/// end, `end` at the right or top.
///
/// `start > end` is an inverted axis, which matplotlib also expresses by limits
/// alone, so one transform serves both directions.
public struct AxisLimits: Sendable, Hashable {
    public var start: Double
    public var end: Double

    public init(_ start: Double, _ end: Double) {
        self.start = start
        self.end = end
    }

    /// The smaller of the two ends.
    public var lower: Double { Swift.min(start, end) }
    /// The larger of the two ends.
    public var upper: Double { Swift.max(start, end) }
    /// Whether values decrease from the left/bottom end to the right/top end.
    public var isInverted: Bool { start > end }
    /// The same limits, ends swapped.
    public var reversed: AxisLimits { AxisLimits(end, start) }

    /// Whether `v` lies between the ends (inclusive), with a relative tolerance.
    public func contains(_ v: Double, tolerance: Double = 0) -> Bool {
        let slack = tolerance * Swift.abs(end - start)
        return v >= lower - slack && v <= upper + slack
    }
}
