import Foundation

/// seaborn's cubehelix palettes (`sns.cubehelix_palette`, and strings such as `"ch:"` or
/// `"ch:s=.25,r=-.5"`), computed the way seaborn computes them.
///
/// Green's (2011) helix through RGB space with brightness rising linearly, sampled by
/// seaborn from a 256-row matplotlib lookup table between `light` and `dark`. The default
/// (`"ch:"`) is what seaborn colours a numeric hue with.
public struct Cubehelix: Sendable, Hashable {
    /// Hue at the start of the helix, 0...3.
    public var start = 0.0
    /// Rotations around the hue wheel over the palette.
    public var rotation = 0.4
    /// Above 1 emphasises light colours, below 1 dark ones.
    public var gamma = 1.0
    /// Saturation, 0...1.
    public var hue = 0.8
    /// Intensity of the lightest colour, 0...1.
    public var light = 0.85
    /// Intensity of the darkest colour, 0...1.
    public var dark = 0.15
    /// Dark to light instead of light to dark.
    public var reverse = false

    public init(start: Double = 0, rotation: Double = 0.4, gamma: Double = 1, hue: Double = 0.8,
                light: Double = 0.85, dark: Double = 0.15, reverse: Bool = false) {
        (self.start, self.rotation, self.gamma, self.hue) = (start, rotation, gamma, hue)
        (self.light, self.dark, self.reverse) = (light, dark, reverse)
    }

    /// Parses seaborn's `"ch:"` syntax: positional values in the order start, rot, gamma,
    /// hue, light, dark, or `s=`, `r=`, `g=`, `h=`, `l=`, `d=` (or the long names), and a
    /// trailing `_r` to reverse.
    public init(parsing spec: String) throws(ColorError) {
        guard spec.hasPrefix("ch:") else { throw .unknownPalette(spec, known: ["ch:..."]) }
        var body = String(spec.dropFirst(3))
        var reverse = false
        if body.hasSuffix("_r") {
            reverse = true
            body.removeLast(2)
        }
        self.init(reverse: reverse)
        guard !body.isEmpty else { return }
        var positional = 0
        for part in body.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let valueText = String(pieces.last ?? "").trimmingSpaces()
            guard let value = Double(valueText), value.isFinite else {
                throw .invalidPaletteArgument(spec, argument: String(part))
            }
            let key: String
            if pieces.count == 2 {
                key = String(pieces[0]).trimmingSpaces()
            } else {
                let order = ["start", "rot", "gamma", "hue", "light", "dark"]
                guard positional < order.count else { throw .invalidPaletteArgument(spec, argument: String(part)) }
                key = order[positional]
                positional += 1
            }
            switch key {
            case "s", "start": start = value
            case "r", "rot": rotation = value
            case "g", "gamma": gamma = value
            case "h", "hue": hue = value
            case "l", "light": light = value
            case "d", "dark": dark = value
            default: throw .invalidPaletteArgument(spec, argument: String(part))
            }
        }
    }

    /// The 256-row table of matplotlib's 'cubehelix' LinearSegmentedColormap with these parameters.
    func helixTable() -> [Color] {
        func channel(_ p0: Double, _ p1: Double, _ x: Double) -> Double {
            let xg = pow(x, gamma)
            let a = hue * xg * (1 - xg) / 2
            let phi = 2 * Double.pi * (start / 3 + rotation * x)
            return min(max(xg + a * (p0 * cos(phi) + p1 * sin(phi)), 0), 1)
        }
        return Colormap.linspace01(256).map { x in
            Color(red: channel(-0.14861, 1.78277, x), green: channel(-0.29227, -0.90649, x),
                  blue: channel(1.97294, 0, x))
        }
    }

    /// `count` colours from light to dark (dark to light when reversed).
    public func colors(count: Int) -> [Color] {
        let helix = Self.map("cubehelix", helixTable())
        var out = Self.linspace(light, dark, count).map { helix.color(at: $0) }
        if reverse { out.reverse() }
        return out
    }

    /// The palette as a 256-row colour map (`as_cmap=True`).
    public func colormap(name: String = "seaborn_cubehelix") -> Colormap {
        let helix = Self.map("cubehelix", helixTable())
        var xs = Self.linspace(light, dark, 256)
        if reverse { xs.reverse() }
        return Self.map(name, xs.map { helix.color(at: $0) })
    }

    /// A listed map of 256 computed colours.
    private static func map(_ name: String, _ colors: [Color]) -> Colormap {
        Colormap(name: name, colors: colors, under: nil, over: nil, bad: .clear, isQualitative: false, segments: nil)
    }

    /// numpy's `linspace(a, b, n)`.
    static func linspace(_ a: Double, _ b: Double, _ n: Int) -> [Double] {
        if n <= 0 { return [] }
        if n == 1 { return [a] }
        let step = (b - a) / Double(n - 1)
        var out = (0..<n).map { Double($0) * step + a }
        out[n - 1] = b
        return out
    }
}
