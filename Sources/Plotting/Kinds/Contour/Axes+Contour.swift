/// matplotlib's `contourf` and `contour` on an axes.
extension Axes {
    /// Filled contour bands of a grid (matplotlib's `contourf`), painted seam-free, with
    /// optional contour lines at the same levels traced in the same pass.
    ///
    /// - Parameters:
    ///   - levels: explicit levels, or about N automatic ones (matplotlib's default 7).
    ///   - norm: how values map to colours; default linear over the levels. A `LogNorm` also
    ///     masks values ≤ 0 and picks automatic levels by decades.
    ///   - colormap: the colour map (viridis), unless `colors` gives fixed colours a band.
    ///   - lines: contour lines at the same levels drawn over the bands (the lab's black 1 pt lines).
    ///   - rasterized: paint the bands as an image at the raster resolution (small vector files).
    /// - Returns: the levels and colours, for a colour bar.
    @discardableResult
    public func contourf(_ grid: ContourGrid, levels: ContourLevels = .matplotlibDefault, norm: (any ColorNorm)? = nil,
                         colormap: Colormap = .viridis, colors: [Color]? = nil, alpha: Double = 1,
                         lines: ContourLineOptions? = nil, rasterized: Bool = false, zOrder: Double = 1,
                         label: String? = nil) throws(PlotKindError) -> ContourSet {
        let set = try ContourSet.resolve(grid: grid, levels: levels, norm: norm, colormap: colormap,
                                         fixedColors: colors, filled: true)
        let masking: ContourMasking = set.isLogarithmic ? .nonPositive : .nonFinite
        let traced: (regions: [ContourRegion], lines: [ContourLineSet])
        do throws(ContourError) {
            traced = try MarchingSquares(grid: grid, masking: masking).trace(levels: set.levels, includingLowest: true,
                                                                              lines: lines != nil)
        } catch {
            throw .contour(error)
        }
        guard alpha >= 0 && alpha <= 1 else { throw .invalidValue(what: "alpha", value: "\(alpha)", expected: "a value in 0...1") }
        var filled = FilledContourMark(levels: set.levels, regions: traced.regions, bandColors: set.colors, grid: grid,
                                       masking: masking, alpha: alpha, zOrder: zOrder, label: label)
        filled.rasterized = rasterized
        add(filled)
        if let lines {
            let lineColors = lines.color.map { [$0] }
                ?? set.levels.map { set.norm?.color(of: $0, in: colormap) ?? .black }
            let styles = Self.contourStyles(levels: set.levels, colors: lineColors, widths: [lines.width],
                                            pattern: lines.pattern)
            add(try ContourLineMark(levels: set.levels, lineSets: traced.lines, styles: styles, grid: grid,
                                    labels: lines.labels, zOrder: 2, label: nil))
        }
        return set
    }

    /// Contour lines of a grid (matplotlib's `contour`).
    ///
    /// - Parameters:
    ///   - colors: fixed colours (one for all levels, or one a level, cycling); nil colours each
    ///     level from `colormap` through `norm`.
    ///   - widths: line widths in points, cycling over the levels (1.5).
    ///   - pattern: dash pattern for all levels; nil is solid, except that negative levels are
    ///     dashed when all lines share one colour, as in matplotlib.
    ///   - labels: in-line level labels (`clabel`), or nil.
    @discardableResult
    public func contour(_ grid: ContourGrid, levels: ContourLevels = .matplotlibDefault, norm: (any ColorNorm)? = nil,
                        colormap: Colormap = .viridis, colors: [Color]? = nil, widths: [Double] = [1.5],
                        pattern: LinePattern? = nil, labels: ContourLabels? = nil, zOrder: Double = 2,
                        label: String? = nil) throws(PlotKindError) -> ContourSet {
        let set = try ContourSet.resolve(grid: grid, levels: levels, norm: norm, colormap: colormap,
                                         fixedColors: colors, filled: false)
        let masking: ContourMasking = set.isLogarithmic ? .nonPositive : .nonFinite
        let traced: [ContourLineSet]
        do throws(ContourError) {
            traced = try MarchingSquares(grid: grid, masking: masking).lines(at: set.levels)
        } catch {
            throw .contour(error)
        }
        guard !widths.isEmpty else { throw .invalidValue(what: "contour widths", value: "an empty list", expected: "at least one width") }
        let styles = Self.contourStyles(levels: set.levels, colors: set.colors, widths: widths, pattern: pattern)
        add(try ContourLineMark(levels: set.levels, lineSets: traced, styles: styles, grid: grid,
                                labels: labels, zOrder: zOrder, label: label))
        return set
    }

    /// One stroke a level: colours and widths cycle; with one colour and no pattern, negative
    /// levels are dashed (matplotlib's `contour.negative_linestyle`).
    static func contourStyles(levels: [Double], colors: [Color], widths: [Double], pattern: LinePattern?) -> [StrokeStyle] {
        let monochrome = Set(colors).count <= 1
        return levels.enumerated().map { k, level in
            let width = widths[k % widths.count]
            let p = pattern ?? (monochrome && level < 0 ? .dashed : .solid)
            return StrokeStyle(color: colors[k % colors.count], width: width, dash: p.dashes(width: width),
                               cap: p == .solid ? .butt : .butt, join: .round)
        }
    }
}
