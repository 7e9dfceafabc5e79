/// Picks a colour-map row by which bin between boundaries a value falls in, as
/// matplotlib's `BoundaryNorm`.
///
/// With more rows than bins, bins spread evenly over the rows (`(N-1)/(bins-1)` apart);
/// values below the first boundary take the under colour and from the last boundary on
/// the over colour (with `clip`, the first and last rows instead). `extend` adds a bin
/// below and/or above, as for a colour bar with triangular ends. NaN is bad.
public struct BoundaryNorm: ColorNorm, Hashable {
    /// Which out-of-range bins get a colour of their own.
    public enum Extend: Sendable, Hashable { case neither, min, max, both }

    public let boundaries: [Double]
    /// The number of rows of the colour map it is meant for (matplotlib's `ncolors`).
    public let colorCount: Int
    public let clip: Bool
    public let extend: Extend
    private let regions: Int
    private let offset: Int

    public init(boundaries: [Double], colorCount: Int, clip: Bool = false, extend: Extend = .neither)
        throws(ColorError)
    {
        guard boundaries.count >= 2 else {
            throw .invalidBoundaries(boundaries, reason: "at least 2 are needed to make a bin")
        }
        guard boundaries.allSatisfy(\.isFinite) else { throw .invalidBoundaries(boundaries, reason: "all must be finite") }
        for i in 1..<boundaries.count where !(boundaries[i - 1] < boundaries[i]) {
            throw .invalidBoundaries(boundaries, reason: "they must increase strictly")
        }
        guard colorCount >= 1, colorCount <= Colormap.maximumRows else {
            throw .invalidCount(colorCount, what: "colours for a boundary norm")
        }
        var regions = boundaries.count - 1
        var offset = 0
        if extend == .min || extend == .both { regions += 1; offset = 1 }
        if extend == .max || extend == .both { regions += 1 }
        guard regions <= colorCount else {
            throw .invalidBoundaries(boundaries, reason: "\(regions) bins need at least \(regions) colours, not \(colorCount)")
        }
        self.boundaries = boundaries
        self.colorCount = colorCount
        self.clip = clip
        self.extend = extend
        self.regions = regions
        self.offset = offset
    }

    public var vmin: Double { boundaries[0] }
    public var vmax: Double { boundaries[boundaries.count - 1] }

    /// The colour-map row of `value`: -1 for under, `colorCount` for over, nil for NaN.
    public func index(of value: Double) -> Int? {
        if value.isNaN { return nil }
        var x = value
        let maxColor: Int
        if clip {
            x = Swift.min(Swift.max(x, vmin), vmax)
            maxColor = colorCount - 1
        } else {
            maxColor = colorCount
        }
        if x < vmin { return -1 }
        if x >= vmax { return maxColor }
        // numpy's digitize: how many boundaries are <= x.
        var lo = 0, hi = boundaries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if boundaries[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1 + offset
        if colorCount > regions {
            if regions == 1 {
                if i == 0 { i = (colorCount - 1) / 2 }
            } else {
                i = Int(Double(colorCount - 1) / Double(regions - 1) * Double(i))
            }
        }
        return i
    }

    public func color(of value: Double, in colormap: Colormap) -> Color {
        guard let i = index(of: value) else { return colormap.badColor }
        return colormap.color(index: i)
    }
}
