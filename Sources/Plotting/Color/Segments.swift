/// The anchor points of a matplotlib LinearSegmentedColormap, per channel, and the
/// lookup table matplotlib interpolates from them (`colors._create_lookup_table`).
struct Segments: Sendable, Hashable {
    /// One anchor: at `x`, the channel approaches `below` from the left and leaves at `above`.
    struct Anchor: Sendable, Hashable {
        var x: Double
        var below: Double
        var above: Double

        init(_ t: (Double, Double, Double)) {
            (x, below, above) = t
        }

        /// An anchor from the generated tables' bit patterns.
        init(bits t: (UInt64, UInt64, UInt64)) {
            self.init((Double(bitPattern: t.0), Double(bitPattern: t.1), Double(bitPattern: t.2)))
        }
    }

    var red: [Anchor]
    var green: [Anchor]
    var blue: [Anchor]

    /// The map run backwards: anchors mirrored to 1 - x, below and above swapped.
    func reversed() -> Segments {
        func flip(_ a: [Anchor]) -> [Anchor] { a.reversed().map { Anchor((1.0 - $0.x, $0.above, $0.below)) } }
        return Segments(red: flip(red), green: flip(green), blue: flip(blue))
    }

    /// `count` colours interpolated from the anchors at evenly spaced points, exactly as
    /// matplotlib computes them (gamma 1).
    func lookupTable(count: Int) -> [Color] {
        let r = Self.channel(red, count), g = Self.channel(green, count), b = Self.channel(blue, count)
        return (0..<count).map { Color(red: r[$0], green: g[$0], blue: b[$0]) }
    }

    /// One channel of matplotlib's `_create_lookup_table(N, data, gamma=1)`.
    static func channel(_ anchors: [Anchor], _ n: Int) -> [Double] {
        guard n > 0, let first = anchors.first, let last = anchors.last else { return [] }
        func clip(_ v: Double) -> Double { min(max(v, 0), 1) }
        if n == 1 { return [clip(last.below)] }
        let scale = Double(n - 1)
        let xs = anchors.map { $0.x * scale }
        let grid = Colormap.linspace01(n).map { scale * $0 }
        var lut = [Double](repeating: 0, count: n)
        lut[0] = clip(first.above)
        lut[n - 1] = clip(last.below)
        var ind = 0
        for i in 1..<(n - 1) {
            let xi = grid[i]
            // numpy's searchsorted(side='left'): the first anchor at or after xi.
            while ind < xs.count && xs[ind] < xi { ind += 1 }
            let k = max(1, min(ind, xs.count - 1))
            let distance = (xi - xs[k - 1]) / (xs[k] - xs[k - 1])
            lut[i] = clip(distance * (anchors[k].below - anchors[k - 1].above) + anchors[k - 1].above)
        }
        return lut
    }
}
