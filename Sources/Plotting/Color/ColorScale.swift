import Foundation

/// Maps a column of values to colours: continuously through a norm and a colour map,
/// or level by level through a palette. Scatter colours, hue legends and colour bars
/// read from the same scale, so they always agree.
public struct ColorScale: Sendable {
    /// How values become colours.
    public enum Mapping: Sendable {
        /// Through a norm into a colour map.
        case continuous(Colormap, any ColorNorm)
        /// Each level its own colour; values that are no level get `other`.
        case categorical(levels: [Double], colors: [Color], other: Color)
    }

    public let mapping: Mapping
    /// The distinct values a legend lists, ascending (empty for a scale made from a norm alone).
    public let levels: [Double]

    /// A continuous scale.
    public init(colormap: Colormap, norm: any ColorNorm, levels: [Double] = []) {
        self.mapping = .continuous(colormap, norm)
        self.levels = levels
    }

    /// A categorical scale: `levels[i]` gets `palette[i]`; anything else (NaN included) `other`.
    public init(levels: [Double], palette: Palette, other: Color = .clear) {
        self.mapping = .categorical(levels: levels, colors: levels.indices.map { palette[$0] }, other: other)
        self.levels = levels
    }

    /// The colour of one value.
    public func color(of value: Double) -> Color {
        switch mapping {
        case .continuous(let map, let norm):
            return norm.color(of: value, in: map)
        case .categorical(let levels, let colors, let other):
            if let i = levels.firstIndex(of: value) { return colors[i] }
            return other
        }
    }

    /// The colours of many values, in order; large columns are split over both cores in
    /// fixed chunks, so the result does not depend on thread timing.
    public func colors(of values: [Double]) -> [Color] {
        let n = values.count
        let chunk = 1 << 15
        if n <= chunk { return values.map(color(of:)) }
        var out = [Color](repeating: .clear, count: n)
        let lookup: @Sendable (Double) -> Color
        if case .categorical(let levels, let colors, let other) = mapping {
            var table: [Double: Color] = [:]
            for (l, c) in zip(levels, colors) where table[l] == nil { table[l] = c }
            let frozen = table
            lookup = { frozen[$0] ?? other }
        } else {
            let scale = self
            lookup = { scale.color(of: $0) }
        }
        out.withUnsafeMutableBufferPointer { buffer in
            values.withUnsafeBufferPointer { input in
                guard let inBase = input.baseAddress, let outBase = buffer.baseAddress else { return }
                let io = ChunkPointers(input: inBase, output: outBase)
                let chunks = (n + chunk - 1) / chunk
                ParallelChunks.forEach(chunks) { c in
                    let start = c * chunk, end = min(n, start + chunk)
                    for i in start..<end { io.output[i] = lookup(io.input[i]) }
                }
            }
        }
        return out
    }

    /// seaborn's colours for a categorical hue: one colour per level in `levels`' order, from
    /// `palette` (any `Palette.seaborn` name) or, by default, the colour cycle for up to ten
    /// levels and `"husl"` beyond.
    public static func seabornCategoricalHue(levels: [Double], palette: String? = nil) throws(ColorError) -> ColorScale {
        let colors = palette == nil ? Palette.seabornCategorical(count: levels.count)
            : try Palette.seaborn(palette, count: max(1, levels.count))
        return ColorScale(levels: levels, palette: colors)
    }

    /// seaborn's colours for a numeric hue column (`hue=` with numbers, as in
    /// `sns.pairplot(df, hue="cluster_labels")`): levels are the sorted distinct finite
    /// values, a `Normalize` spans their range, and the map is `palette` (a colour-map
    /// name such as `"viridis"`) or, by default, seaborn's light-to-dark cubehelix `"ch:"`.
    /// Labels 0, 1, 2 thus get the map's colours at 0, 0.5 and 1.
    public static func seabornNumericHue(_ values: [Double], palette: String? = nil) throws(ColorError) -> ColorScale {
        let map = try Colormap.named(palette ?? "ch:")
        let levels = Array(Set(values.filter(\.isFinite))).sorted()
        let norm = try Normalize(autoscaling: levels)
        return ColorScale(colormap: map, norm: norm, levels: levels)
    }
}

/// Input and output of a chunked parallel map; each chunk touches only its own indices.
private struct ChunkPointers: @unchecked Sendable {
    let input: UnsafePointer<Double>
    let output: UnsafeMutablePointer<Color>
}

extension ColorScale: ColorMapping {
    public func color(for value: Double) -> Color { color(of: value) }
}
