import Foundation

/// A colour map: a lookup table of colours indexed by a value in 0...1, with matplotlib's
/// exact tables and lookup rules.
///
/// `color(at:)` picks row `floor(x * N)`, with x = 1 giving the last row; values below 0
/// take the `under` colour, above 1 the `over` colour (by default the first and last
/// rows), and NaN the `bad` colour (transparent by default). Maps come by name from
/// matplotlib (`viridis`, `tab10`, `Pastel2`, `Blues`...) and seaborn (`rocket`, `mako`,
/// `flare`, `crest`, and `ch:`, seaborn's default for a numeric hue, or any cubehelix
/// string such as `ch:s=.25,r=-.5`); a name ending in `_r` gives the reversed map.
public struct Colormap: Sendable, Hashable {
    /// The name the map was looked up by (`"viridis"`, `"Blues_r"`).
    public let name: String
    /// The lookup table, first row for x = 0.
    public let colors: [Color]
    /// The colour for values below 0; nil means the first row.
    public var underColor: Color?
    /// The colour for values above 1; nil means the last row.
    public var overColor: Color?
    /// The colour for NaN and masked values.
    public var badColor: Color
    /// Whether the map is a qualitative palette (tab10, Set1...), which seaborn samples
    /// row by row rather than across its range.
    public let isQualitative: Bool
    /// A LinearSegmentedColormap's anchor points, so resampling interpolates them as
    /// matplotlib does instead of sampling the table.
    let segments: Segments?

    /// A listed map from its colours (at least one).
    public init(name: String, colors: [Color], under: Color? = nil, over: Color? = nil, bad: Color = .clear,
                isQualitative: Bool = false) throws(ColorError) {
        guard !colors.isEmpty else { throw .noColors(what: "colour map '\(name)'") }
        self.init(name: name, colors: colors, under: under, over: over, bad: bad, isQualitative: isQualitative,
                  segments: nil)
    }

    /// Callers guarantee at least one colour.
    init(name: String, colors: [Color], under: Color?, over: Color?, bad: Color, isQualitative: Bool,
         segments: Segments?) {
        precondition(!colors.isEmpty, "internal: a colour map needs at least one colour")
        self.name = name
        self.colors = colors
        self.underColor = under
        self.overColor = over
        self.badColor = bad
        self.isQualitative = isQualitative
        self.segments = segments
    }

    /// The most rows a resampled map or a palette may ask for (a million; matplotlib's maps have 256).
    public static let maximumRows = 1 << 20

    /// The number of rows (matplotlib's `N`).
    public var count: Int { colors.count }

    /// The colour used below 0.
    public var under: Color { underColor ?? colors[0] }
    /// The colour used above 1.
    public var over: Color { overColor ?? colors[colors.count - 1] }

    // MARK: - Lookup

    /// The colour at `x`: row `floor(x * N)` for x in 0...1 (x = 1 is the last row),
    /// `under` below 0, `over` above 1, `bad` for NaN.
    @inlinable
    public func color(at x: Double) -> Color {
        if x.isNaN { return badColor }
        let n = Double(colors.count)
        var scaled = x * n
        if scaled == n { scaled = n - 1 }
        if scaled < 0 { return under }
        if scaled >= n { return over }
        return colors[Int(scaled)]
    }

    /// The colour of row `index`, with `under` for negative and `over` for too large indices
    /// (matplotlib's integer lookup).
    @inlinable
    public func color(index: Int) -> Color {
        if index < 0 { return under }
        if index >= colors.count { return over }
        return colors[index]
    }

    /// The colours at each of `values`, in order.
    public func colors(at values: [Double]) -> [Color] { values.map { color(at: $0) } }

    // MARK: - Derived maps

    /// The map run backwards, named with `_r` (or without it, if it had one); under and
    /// over swap places, as in matplotlib.
    public func reversed() -> Colormap {
        let newName = name.hasSuffix("_r") ? String(name.dropLast(2)) : name + "_r"
        if let segments {
            let r = segments.reversed()
            return Colormap(name: newName, colors: r.lookupTable(count: colors.count), under: overColor,
                            over: underColor, bad: badColor, isQualitative: isQualitative, segments: r)
        }
        return Colormap(name: newName, colors: colors.reversed(), under: overColor, over: underColor,
                        bad: badColor, isQualitative: isQualitative, segments: nil)
    }

    /// The map with `count` rows, as matplotlib's `resampled`: a listed map is sampled at
    /// `count` evenly spaced points of 0...1, a segmented map re-interpolated from its
    /// anchor points. Extremes carry over.
    public func resampled(_ count: Int) throws(ColorError) -> Colormap {
        guard count >= 1, count <= Self.maximumRows else {
            throw .invalidCount(count, what: "rows of a resampled colour map")
        }
        let newColors: [Color]
        if let segments {
            newColors = segments.lookupTable(count: count)
        } else {
            newColors = Self.linspace01(count).map { color(at: $0) }
        }
        return Colormap(name: name, colors: newColors, under: underColor, over: overColor, bad: badColor,
                        isQualitative: isQualitative, segments: segments)
    }

    /// The same map with other colours for out-of-range and bad values (nil keeps the current one).
    public func withExtremes(under: Color? = nil, over: Color? = nil, bad: Color? = nil) -> Colormap {
        var m = self
        if let under { m.underColor = under }
        if let over { m.overColor = over }
        if let bad { m.badColor = bad }
        return m
    }

    /// numpy's `linspace(0, 1, n)`: `i * (1 / (n - 1))`, with the last point exactly 1.
    static func linspace01(_ n: Int) -> [Double] {
        if n <= 0 { return [] }
        if n == 1 { return [0] }
        let step = 1.0 / Double(n - 1)
        var out = (0..<n).map { Double($0) * step }
        out[n - 1] = 1
        return out
    }

    // MARK: - Named maps

    /// The map matplotlib or seaborn calls `name` (case-sensitive); `_r` reverses it.
    public static func named(_ name: String) throws(ColorError) -> Colormap {
        if let m = builtIns[name] { return m }
        if name.hasPrefix("ch:") { return try Cubehelix(parsing: name).colormap(name: name) }
        if name.hasSuffix("_r"), let m = builtIns[String(name.dropLast(2))] { return m.reversed() }
        throw .unknownColormap(name, known: knownNames)
    }

    /// Every name `named(_:)` accepts, without the `_r` variants and cubehelix strings.
    public static var knownNames: [String] { ColormapTables.names }

    /// The generated maps, decoded once (immutable, so safe to share).
    private static let builtIns: [String: Colormap] = {
        var maps: [String: Colormap] = [:]
        for name in ColormapTables.names {
            guard let table = ColormapTables.table(named: name) else { continue }
            let segments = ColormapTables.segments(named: name).map {
                Segments(red: $0.red.map(Segments.Anchor.init(bits:)), green: $0.green.map(Segments.Anchor.init(bits:)),
                         blue: $0.blue.map(Segments.Anchor.init(bits:)))
            }
            maps[name] = Colormap(name: name, colors: Color.rows(bits: table.bits), under: nil, over: nil, bad: .clear,
                                  isQualitative: table.qualitative, segments: segments)
        }
        return maps
    }()

    /// A map that the generated tables must hold.
    private static func required(_ name: String) -> Colormap {
        guard let m = builtIns[name] else {
            preconditionFailure("generated colour table '\(name)' is missing; rerun Scripts/make-colormaps.py")
        }
        return m
    }

    // The maps the figures use most; each is exactly `named(...)`'s map.
    /// matplotlib's default continuous map.
    public static let viridis = required("viridis")
    /// matplotlib's default categorical colours (the colour cycle).
    public static let tab10 = required("tab10")
    /// The decision-region colours of the lab's K-means plots.
    public static let pastel2 = required("Pastel2")
    /// The lab's aligned confusion matrices.
    public static let blues = required("Blues")
    /// seaborn's default heatmap map.
    public static let rocket = required("rocket")
    /// seaborn's default map for a numeric hue (`color_palette("ch:", as_cmap=True)`).
    public static let seabornNumericHue = required("ch:")
}
