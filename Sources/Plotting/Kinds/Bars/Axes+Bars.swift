extension Axes {
    /// Vertical bars (matplotlib's `bar`): `heights` at `x`, colours from the patch cycle by default.
    @discardableResult
    public func bar(_ x: [Double], _ heights: [Double], width: Double = 0.8, bottom: Double = 0, color: Color? = nil,
                    colors: [Color]? = nil, edge: StrokeStyle? = nil, alignment: BarMark.Alignment = .center,
                    zOrder: Double = 1, label: String? = nil) throws(PlotKindError) -> BarMark {
        let mark = try BarMark(orientation: .vertical, positions: x, lengths: heights, baselines: [bottom],
                               thicknesses: [width], alignment: alignment,
                               colors: colors ?? [color ?? nextPatchColor()], edge: edge, zOrder: zOrder, label: label)
        add(mark)
        return mark
    }

    /// Horizontal bars (matplotlib's `barh`): `widths` at `y`.
    @discardableResult
    public func barh(_ y: [Double], _ widths: [Double], height: Double = 0.8, left: Double = 0, color: Color? = nil,
                     colors: [Color]? = nil, edge: StrokeStyle? = nil, alignment: BarMark.Alignment = .center,
                     zOrder: Double = 1, label: String? = nil) throws(PlotKindError) -> BarMark {
        let mark = try BarMark(orientation: .horizontal, positions: y, lengths: widths, baselines: [left],
                               thicknesses: [height], alignment: alignment,
                               colors: colors ?? [color ?? nextPatchColor()], edge: edge, zOrder: zOrder, label: label)
        add(mark)
        return mark
    }
}
