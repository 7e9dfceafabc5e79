/// Covers the data range of points without drawing them, so a panel that shows something else
/// (a correlation) still sets the limits its shared axes would get from a scatter.
struct InvisibleExtentMark: Mark {
    let x: [Double]
    let y: [Double]
    var zOrder: Double { 0 }

    func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(xs: x, ys: y, xScale: xScale, yScale: yScale)
    }

    func draw(in context: AxesContext, on canvas: inout some Canvas) {}
}
