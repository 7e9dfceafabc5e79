/// The levels and colours of one `contour` or `contourf` call: what a colour bar needs to
/// show the same bands and lines.
public struct ContourSet: Sendable {
    /// The levels, increasing.
    public let levels: [Double]
    /// True for filled bands, false for lines.
    public let filled: Bool
    /// One colour a band (filled) or a level (lines).
    public let colors: [Color]
    /// The norm the colours went through (nil when fixed colours were given).
    public let norm: (any ColorNorm)?
    /// The colour map the colours came from (nil when fixed colours were given).
    public let colormap: Colormap?

    /// The value each colour stands for: band midpoints (geometric under a log norm) or the levels.
    public var layerValues: [Double] {
        guard filled else { return levels }
        return zip(levels, levels.dropFirst()).map { norm?.bandValue(lower: $0, upper: $1) ?? 0.5 * ($0 + $1) }
    }

    /// Whether the levels are on a logarithmic scale (a `LogNorm`).
    public var isLogarithmic: Bool { norm is LogNorm }
}

/// What contour lines drawn with a filled contour look like (matplotlib's second `contour` call).
public struct ContourLineOptions: Sendable, Hashable {
    /// Colour of every level (black), or nil to colour each level from the colour map.
    public var color: Color?
    /// Width in points (matplotlib's default 1.5; the lab uses 1).
    public var width: Double
    /// Dash pattern; nil is solid, with negative levels dashed when all levels share one colour.
    public var pattern: LinePattern?
    /// In-line labels, or nil.
    public var labels: ContourLabels?

    public init(color: Color? = .black, width: Double = 1.5, pattern: LinePattern? = nil, labels: ContourLabels? = nil) {
        self.color = color
        self.width = width
        self.pattern = pattern
        self.labels = labels
    }
}

extension ContourSet {
    /// Resolves levels and colours the way matplotlib's `ContourSet` does: automatic levels
    /// over the finite (positive, under a log norm) data; the norm defaults to a linear one over
    /// the levels; bands are coloured at their midpoints and lines at their levels.
    static func resolve(grid: ContourGrid, levels: ContourLevels, norm: (any ColorNorm)?, colormap: Colormap,
                        fixedColors: [Color]?, filled: Bool) throws(PlotKindError) -> ContourSet {
        let log = norm is LogNorm
        let masking: ContourMasking = log ? .nonPositive : .nonFinite
        // The data range matters only for automatic levels; explicit ones skip the scan.
        var range: ClosedRange<Double>? = nil
        if case .automatic = levels { range = ContourLevels.range(of: grid.z, masking: masking) }
        let resolved: [Double]
        do throws(ContourError) {
            resolved = try levels.resolve(zMin: range?.lowerBound ?? .nan, zMax: range?.upperBound ?? .nan, logarithmic: log)
        } catch {
            throw .contour(error)
        }
        if filled && resolved.count < 2 { throw .contour(.tooFewLevels(count: resolved.count, minimum: 2)) }
        let count = filled ? resolved.count - 1 : resolved.count
        if let fixedColors {
            guard !fixedColors.isEmpty else {
                throw .invalidValue(what: "contour colours", value: "an empty list", expected: "at least one colour")
            }
            return ContourSet(levels: resolved, filled: filled, colors: (0..<count).map { fixedColors[$0 % fixedColors.count] },
                              norm: nil, colormap: nil)
        }
        let usedNorm: any ColorNorm
        if let norm {
            usedNorm = norm
        } else {
            do throws(ColorError) {
                usedNorm = try Normalize(vmin: resolved[0], vmax: resolved[resolved.count - 1])
            } catch {
                throw .color(error)
            }
        }
        let values = filled
            ? zip(resolved, resolved.dropFirst()).map { usedNorm.bandValue(lower: $0, upper: $1) }
            : resolved
        return ContourSet(levels: resolved, filled: filled, colors: usedNorm.colors(of: values, in: colormap),
                          norm: usedNorm, colormap: colormap)
    }
}
