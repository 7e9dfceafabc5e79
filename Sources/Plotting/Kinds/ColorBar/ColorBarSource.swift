/// What a colour bar shows: a continuous colour map through a norm, or the bands and lines
/// of a contour plot.
public struct ColorBarSource: Sendable {
    /// How the bar is painted.
    public enum Paint: Sendable {
        /// A smooth gradient over the norm's range (heatmaps, images, scatter colours).
        case continuous(norm: any ColorNorm, colormap: Colormap, range: ClosedRange<Double>)
        /// One flat band a level interval (filled contours), ticks at the levels.
        case bands(levels: [Double], colors: [Color])
    }

    public var paint: Paint
    /// Lines drawn across the bar at contour levels (a `contour` set's levels and strokes).
    public var lines: [(level: Double, style: StrokeStyle)]
    /// Whether the bar's axis is logarithmic.
    public var logarithmic: Bool

    public init(paint: Paint, lines: [(level: Double, style: StrokeStyle)] = [], logarithmic: Bool = false) {
        self.paint = paint
        self.lines = lines
        self.logarithmic = logarithmic
    }

    /// A bar for values mapped through `norm` into `colormap` (the norm's limits are the bar's ends).
    public static func continuous(norm: Normalize, colormap: Colormap) -> ColorBarSource {
        ColorBarSource(paint: .continuous(norm: norm, colormap: colormap, range: norm.vmin...norm.vmax))
    }

    /// A logarithmic bar for values mapped through a `LogNorm`.
    public static func continuous(norm: LogNorm, colormap: Colormap) -> ColorBarSource {
        ColorBarSource(paint: .continuous(norm: norm, colormap: colormap, range: norm.vmin...norm.vmax), logarithmic: true)
    }

    /// The range the bar's long axis spans.
    var range: ClosedRange<Double> {
        switch paint {
        case .continuous(_, _, let r): return r
        case .bands(let levels, _):
            guard let lo = levels.first, let hi = levels.last, lo < hi else { return 0...1 }
            return lo...hi
        }
    }
}

extension ContourSet {
    /// The colour bar of a filled contour (bands, ticks at the levels) or of contour lines
    /// (lines across the bar at their levels).
    public var colorBarSource: ColorBarSource {
        if filled {
            return ColorBarSource(paint: .bands(levels: levels, colors: colors), logarithmic: isLogarithmic)
        }
        let range = (levels.first ?? 0)...(levels.last ?? 1)
        let paint: ColorBarSource.Paint = norm.map { n in
            .continuous(norm: n, colormap: colormap ?? .viridis, range: range)
        } ?? .bands(levels: levels, colors: Array(colors.dropLast()))
        return ColorBarSource(paint: paint, lines: zip(levels, colors).map { ($0, StrokeStyle(color: $1, width: 1.5)) },
                              logarithmic: isLogarithmic)
    }
}
