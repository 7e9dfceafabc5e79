/// matplotlib's `get_tight_layout_figure` and `_auto_adjust_subplotpars`, on measured layouts.
extension FigureRenderer {
    /// The subplot parameters `tight` gives the figure's grid, from the decorations measured
    /// in `page` (laid out at the figure's own parameters, with no lift); nil when the figure has no grid,
    /// mixes grids of different shapes, or the decorations cannot fit (matplotlib then warns
    /// and leaves the parameters alone).
    func tightParameters(_ tight: TightLayout, measuring page: PageLayout) -> SubplotParameters? {
        struct Cell: Hashable { let rows, columns, row, column, rowSpan, columnSpan: Int }
        var cells: [Cell: [AxesLayout]] = [:]
        var order: [Cell] = []
        for layout in page.axes {
            guard case let .grid(rows, columns, row, column, rowSpan, columnSpan) = layout.axes.placement else { continue }
            let cell = Cell(rows: rows, columns: columns, row: row, column: column, rowSpan: rowSpan, columnSpan: columnSpan)
            if cells[cell] == nil { order.append(cell) }
            cells[cell, default: []].append(layout)
        }
        guard let first = order.first,
              order.allSatisfy({ $0.rows == first.rows && $0.columns == first.columns }) else { return nil }
        let rows = first.rows, columns = first.columns
        let pageSize = figure.pageSize
        let W = pageSize.width, H = pageSize.height
        let pixel = 72 / figure.dpi
        // The parameters the page was laid out with (a legend outside may have moved the right edge in).
        let params = page.subplotParameters

        // Overhangs of each cell's decorations past its box, in figure fractions, summed per
        // boundary: hspaces[r][c] is the gap left of column c, vspaces[r][c] the gap above row r.
        var hspaces = [[Double]](repeating: [Double](repeating: 0, count: columns + 1), count: rows)
        var vspaces = [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows + 1)
        for cell in order {
            let visible = (cells[cell] ?? []).filter(\.axes.isVisible)
            guard let firstBounds = visible.first?.layoutBounds(pixel: pixel) else { continue }
            let tightBox = visible.dropFirst().reduce(firstBounds) { $0.union($1.layoutBounds(pixel: pixel)) }
            let r = params.cell(rows: rows, columns: columns, row: cell.row, column: cell.column,
                                rowSpan: cell.rowSpan, columnSpan: cell.columnSpan)
            let box = Rect(x: r.left * W, y: (1 - r.bottom - r.height) * H, width: r.width * W, height: r.height * H)
            for row in cell.row..<(cell.row + cell.rowSpan) {
                hspaces[row][cell.column] += (box.minX - tightBox.minX) / W
                hspaces[row][cell.column + cell.columnSpan] += (tightBox.maxX - box.maxX) / W
            }
            for column in cell.column..<(cell.column + cell.columnSpan) {
                vspaces[cell.row][column] += (box.minY - tightBox.minY) / H
                vspaces[cell.row + cell.rowSpan][column] += (tightBox.maxY - box.maxY) / H
            }
        }

        // A figure legend outside on the right keeps the grid to its left (seaborn's add_legend).
        var rect = tight.rect
        if let legend = page.legends.first(where: { $0.legend.location == .outsideRight }) {
            let right = 1 - 0.01 - legend.frame.width / W
            var r = rect ?? FigureRect(left: 0, bottom: 0, width: 1, height: 1)
            if r.left + r.width > right { r.width = right - r.left }
            rect = r
        }
        let fontInches = 10.0 / 72
        let pad = tight.pad * fontInches
        let hPad = (tight.wPad ?? tight.pad) * fontInches, vPad = (tight.hPad ?? tight.pad) * fontInches
        let wIn = W / 72, hIn = H / 72

        func adjust(margins: (left: Double, bottom: Double, right: Double, top: Double)?) -> SubplotParameters? {
            let left = margins.map(\.left).flatMap { $0 != 0 ? $0 : nil }
                ?? Swift.max(hspaces.map { $0[0] }.max() ?? 0, 0) + pad / wIn
            let right = margins.map(\.right).flatMap { $0 != 0 ? $0 : nil }
                ?? Swift.max(hspaces.map { $0[columns] }.max() ?? 0, 0) + pad / wIn
            let top = margins.map(\.top).flatMap { $0 != 0 ? $0 : nil }
                ?? Swift.max(vspaces[0].max() ?? 0, 0) + pad / hIn
            let bottom = margins.map(\.bottom).flatMap { $0 != 0 ? $0 : nil }
                ?? Swift.max(vspaces[rows].max() ?? 0, 0) + pad / hIn
            guard left + right < 1, bottom + top < 1 else { return nil }
            var result = SubplotParameters(left: left, right: 1 - right, bottom: bottom, top: 1 - top,
                                           wspace: params.wspace, hspace: params.hspace)
            if columns > 1 {
                let inner = hspaces.flatMap { $0[1..<columns] }.max() ?? 0
                let hspace = inner + hPad / wIn
                let axesWidth = (1 - right - left - hspace * Double(columns - 1)) / Double(columns)
                guard axesWidth > 0 else { return nil }
                result.wspace = hspace / axesWidth
            }
            if rows > 1 {
                let inner = vspaces[1..<rows].flatMap { $0 }.max() ?? 0
                let vspace = inner + vPad / hIn
                let axesHeight = (1 - top - bottom - vspace * Double(rows - 1)) / Double(rows)
                guard axesHeight > 0 else { return nil }
                result.hspace = vspace / axesHeight
            }
            return result
        }

        guard let unconstrained = adjust(margins: nil) else { return nil }
        guard let rect else { return unconstrained }
        // Fit the whole grid, decorations included, into the rectangle: a second pass with the
        // margins fixed (matplotlib's two calls of _auto_adjust_subplotpars).
        return adjust(margins: (left: rect.left + unconstrained.left,
                                bottom: rect.bottom + unconstrained.bottom,
                                right: 1 - (rect.left + rect.width - (1 - unconstrained.right)),
                                top: 1 - (rect.bottom + rect.height - (1 - unconstrained.top))))
    }
}
