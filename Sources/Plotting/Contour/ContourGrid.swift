/// A regular grid of samples to contour: `z[row * nx + column]` is the value at `(x[column], y[row])`.
///
/// The coordinate vectors may increase or decrease but must be strictly monotonic and finite;
/// `z` may hold NaN or infinite values, which mark cells the tracer leaves out.
/// Validation happens once here, so the tracer itself cannot index out of range.
public struct ContourGrid: Sendable {
    /// Column coordinates, `nx` of them.
    public let x: [Double]
    /// Row coordinates, `ny` of them.
    public let y: [Double]
    /// Row-major values, `ny * nx` of them.
    public let z: [Double]

    public var nx: Int { x.count }
    public var ny: Int { y.count }

    /// Largest node count whose edge and node keys fit the tracer's 32-bit keys.
    static let maximumNodes = 1_000_000_000

    public init(x: [Double], y: [Double], z: [Double]) throws(ContourError) {
        try Self.validate(x: x, y: y, valueCount: z.count)
        self.x = x
        self.y = y
        self.z = z
    }

    /// A grid over evenly spaced coordinates, as `np.linspace` makes them.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, nx: Int, ny: Int, z: [Double]) throws(ContourError) {
        try self.init(x: Self.linspace(xRange, nx), y: Self.linspace(yRange, ny), z: z)
    }

    /// `n` evenly spaced values from the lower to the upper bound, both included (numpy's `linspace`).
    public static func linspace(_ range: ClosedRange<Double>, _ n: Int) -> [Double] {
        guard n > 1 else { return n == 1 ? [range.lowerBound] : [] }
        let step = (range.upperBound - range.lowerBound) / Double(n - 1)
        var out = (0..<n).map { range.lowerBound + Double($0) * step }
        out[n - 1] = range.upperBound
        return out
    }

    /// Whether the columns and rows run in opposite senses, which mirrors the grid and so
    /// flips the orientation of every traced ring.
    var isMirrored: Bool { (x[1] > x[0]) != (y[1] > y[0]) }

    /// Checks coordinates and that `valueCount` fills the grid; shared with categorical grids.
    static func validate(x: [Double], y: [Double], valueCount: Int) throws(ContourError) {
        try checkAxis(x, name: "x")
        try checkAxis(y, name: "y")
        let (count, overflow) = x.count.multipliedReportingOverflow(by: y.count)
        if overflow || count > maximumNodes { throw .gridTooLarge(nodes: overflow ? Int.max : count) }
        guard valueCount == count else {
            throw .shapeMismatch(expected: count, nx: x.count, ny: y.count, actual: valueCount)
        }
    }

    private static func checkAxis(_ v: [Double], name: String) throws(ContourError) {
        guard v.count >= 2 else { throw .tooFewCoordinates(axis: name, count: v.count) }
        for (i, value) in v.enumerated() where !value.isFinite {
            throw .nonFiniteCoordinate(axis: name, index: i)
        }
        let increasing = v[1] > v[0]
        for i in 1..<v.count where increasing ? !(v[i] > v[i - 1]) : !(v[i] < v[i - 1]) {
            throw .nonMonotonicCoordinates(axis: name, index: i)
        }
    }
}
