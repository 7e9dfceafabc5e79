/// An ordered list of categorical colours, such as the hue levels of a pair plot.
///
/// Indexing wraps around, as matplotlib's colour cycle and seaborn's palettes do.
public struct Palette: Sendable, Hashable {
    public let colors: [Color]

    /// A palette of `colors` (at least one).
    public init(_ colors: [Color]) throws(ColorError) {
        guard !colors.isEmpty else { throw .noColors(what: "palette") }
        self.colors = colors
    }

    /// Callers guarantee at least one colour.
    init(nonEmpty colors: [Color]) {
        precondition(!colors.isEmpty, "internal: a palette needs at least one colour")
        self.colors = colors
    }

    public var count: Int { colors.count }

    /// The colour for category `index`, wrapping after the last.
    public subscript(index: Int) -> Color {
        let n = colors.count
        return colors[((index % n) + n) % n]
    }

    /// matplotlib's default colour cycle (tab10): what seaborn uses for up to ten categorical
    /// hue levels when no palette is given (seaborn 0.13 `color_palette(None, n)`).
    public static let matplotlibCycle = Palette(nonEmpty: Color.cycle)

    /// The palette `sns.color_palette(name, count)` returns: `nil` for the current colour
    /// cycle (matplotlib's tab10), a qualitative map (`"tab10"`, `"Set1"`...) row by row, a
    /// continuous map (`"viridis"`, `"Blues_r"`...) at `count` points strictly inside its
    /// range, seaborn's own palettes (`"deep"`, `"muted"`...), `"husl"` and `"hls"` evenly
    /// spaced hues, and cubehelix strings (`"ch:"`, `"ch:s=.25,r=-.5"`). Colours repeat if
    /// `count` exceeds what the palette has. Not supported: `"light:"`, `"dark:"`,
    /// `"blend:"` and the `_d` suffix.
    public static func seaborn(_ name: String?, count: Int) throws(ColorError) -> Palette {
        guard count >= 1, count <= Colormap.maximumRows else { throw .invalidCount(count, what: "palette colours") }
        let base: [Color]
        if let name {
            if name == "husl" {
                base = Husl.palette(count: count)
            } else if name == "hls" {
                base = Husl.hlsPalette(count: count)
            } else if name.hasPrefix("ch:") {
                base = try Cubehelix(parsing: name).colors(count: count)
            } else if let bits = ColormapTables.seabornPalette(named: name) {
                base = Color.rows(bits: bits)
            } else {
                let map: Colormap
                do { map = try Colormap.named(name) } catch {
                    throw .unknownPalette(name, known: ["husl", "hls", "ch:..."] + ColormapTables.seabornPaletteNames
                                          + Colormap.knownNames)
                }
                base = sampled(map, count: count)
            }
        } else {
            base = Color.cycle
        }
        guard !base.isEmpty else { throw .noColors(what: "palette '\(name ?? "None")'") }
        return Palette(nonEmpty: (0..<count).map { base[$0 % base.count] })
    }

    /// seaborn's colours for a categorical hue with `count` levels and no palette given:
    /// the colour cycle when it has enough colours, else `"husl"`.
    public static func seabornCategorical(count: Int) -> Palette {
        let count = min(count, Colormap.maximumRows)
        if count <= Color.cycle.count { return Palette(nonEmpty: Array(Color.cycle.prefix(max(1, count)))) }
        return Palette(nonEmpty: Husl.palette(count: count))
    }

    /// seaborn's `mpl_palette`: a qualitative map's first rows, or a continuous map at
    /// `linspace(0, 1, count + 2)[1:-1]`.
    static func sampled(_ map: Colormap, count: Int) -> [Color] {
        if map.isQualitative {
            let xs = Colormap.linspace01(map.count).prefix(count)
            return xs.map { map.color(at: $0) }
        }
        return Colormap.linspace01(count + 2).dropFirst().dropLast().map { map.color(at: $0) }
    }
}
