/// Where a grid of subplots sits on the figure, in figure fractions: matplotlib's
/// `figure.subplot.*` parameters (left .125, right .9, bottom .11, top .88,
/// wspace and hspace .2 of the average cell width and height).
public struct SubplotParameters: Sendable, Hashable {
    public var left = 0.125
    public var right = 0.9
    public var bottom = 0.11
    public var top = 0.88
    /// Horizontal gap between cells as a fraction of the average cell width.
    public var wspace = 0.2
    /// Vertical gap between cells as a fraction of the average cell height.
    public var hspace = 0.2

    public init() {}

    public init(left: Double, right: Double, bottom: Double, top: Double, wspace: Double = 0.2, hspace: Double = 0.2) {
        self.left = left
        self.right = right
        self.bottom = bottom
        self.top = top
        self.wspace = wspace
        self.hspace = hspace
    }

    /// The figure-fraction rectangle of a block of cells, as matplotlib's `GridSpec` computes it.
    public func cell(rows: Int, columns: Int, row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1) -> FigureRect {
        let nr = Double(Swift.max(rows, 1)), nc = Double(Swift.max(columns, 1))
        let cellW = (right - left) / (nc + wspace * (nc - 1))
        let sepW = wspace * cellW
        let cellH = (top - bottom) / (nr + hspace * (nr - 1))
        let sepH = hspace * cellH
        let x0 = left + Double(column) * (cellW + sepW)
        let x1 = left + Double(column + columnSpan - 1) * (cellW + sepW) + cellW
        // Rows count from the top.
        let yTop = top - Double(row) * (cellH + sepH)
        let yBottom = top - Double(row + rowSpan - 1) * (cellH + sepH) - cellH
        return FigureRect(left: x0, bottom: yBottom, width: x1 - x0, height: yTop - yBottom)
    }
}
