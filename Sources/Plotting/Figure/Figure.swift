/// A page of plots: its size and resolution, its axes, an optional overall title
/// and figure-level legends.
///
/// `Figure` is a reference type that owns its `Axes`, like matplotlib's figure, but
/// without global state: nothing is "current", every recipe builds its own figure
/// and hands it to a backend (`Renderable`). Rendering does not change the figure,
/// so the same figure renders to PNG, PDF and SVG alike and twice the same way.
///
/// Layout follows matplotlib's fixed subplot parameters, so figures line up with
/// the lab's; when tick labels, axis labels or titles would be cut off at the page
/// edge (matplotlib cuts them), `fitsDecorations` moves the grid's margins inwards
/// just enough to keep them on the page.
public final class Figure: Renderable {
    /// How subplots in a grid share an axis.
    public enum Sharing: Sendable, Hashable {
        case none
        /// Every subplot shares the axis.
        case all
        /// Subplots in the same row share it (y in seaborn's pair plots).
        case row
        /// Subplots in the same column share it (x in seaborn's pair plots).
        case column
    }

    /// Width in inches (6.4).
    public var width: Double
    /// Height in inches (4.8).
    public var height: Double
    /// Pixels per inch of PNG output and of rasterised layers in vector output (100).
    public var dpi: Double
    /// The page colour (white).
    public var background: Color = .white
    /// A title over all subplots (matplotlib's `suptitle`), or nil.
    public var suptitle: String?
    /// Suptitle size in points (matplotlib's `figure.titlesize`, 12).
    public var suptitleFontSize = 12.0
    /// Suptitle top edge in figure fractions from the bottom (0.98).
    public var suptitleY = 0.98
    /// Where grid subplots sit on the page.
    public var subplotParameters = SubplotParameters()
    /// Pull the grid's margins in when decorations would fall off the page.
    public var fitsDecorations = true
    /// Fit the grid to its decorations as matplotlib's `tight_layout` does, or nil to keep
    /// `subplotParameters` (the default, as matplotlib).
    public var tightLayout: TightLayout?
    /// Legends placed relative to the whole figure (outside the axes).
    public var legends: [Legend] = []
    /// Text placed on the page in figure fractions (`fig.text`), drawn after the axes.
    public var texts: [FigureText] = []
    /// Inches at the bottom of the page kept clear of every axes and its decorations, for
    /// captions and notes set there with `text(...)`: the page keeps its size and the axes
    /// move up and shrink just enough, as `fig.subplots_adjust(bottom=...)` would move them
    /// (grid cells and explicitly placed axes alike, so a colour bar stays beside its plot).
    /// 0 by default.
    public var reservedBottom = 0.0
    /// What the code that built the figure wants reported with it, such as an estimator's
    /// warnings as scikit-learn prints them; not drawn. The `figures` command prints these
    /// and ``dataWarnings`` on standard error.
    public var warnings: [String] = []
    /// The axes in the order they were added (drawn in that order).
    public private(set) var axes: [Axes] = []

    /// - Throws: `PlotError.invalidValue` unless width and height are in (0, 200]
    ///   inches and dpi in (0, 2400].
    public init(width: Double = 6.4, height: Double = 4.8, dpi: Double = 100) throws(PlotError) {
        guard width > 0 && width <= 200 else {
            throw .invalidValue(what: "figure width", value: "\(width) in", expected: "a width in (0, 200] inches")
        }
        guard height > 0 && height <= 200 else {
            throw .invalidValue(what: "figure height", value: "\(height) in", expected: "a height in (0, 200] inches")
        }
        guard dpi > 0 && dpi <= 2400 else {
            throw .invalidValue(what: "dpi", value: "\(dpi)", expected: "a resolution in (0, 2400] dots per inch")
        }
        self.width = width
        self.height = height
        self.dpi = dpi
    }

    /// Page size in points.
    public var pageSize: Size { Size(width: width * 72, height: height * 72) }

    /// Adds one axes filling the default subplot box (matplotlib's `add_subplot()`).
    @discardableResult
    public func addSubplot() -> Axes {
        append(Axes(placement: .grid(rows: 1, columns: 1, row: 0, column: 0, rowSpan: 1, columnSpan: 1)))
    }

    /// Adds one axes at a cell (or block of cells) of a `rows x columns` grid; rows
    /// and columns count from 0 at the top left.
    ///
    /// - Throws: `PlotError.subplotOutOfRange` when the block leaves the grid.
    @discardableResult
    public func addSubplot(rows: Int, columns: Int, row: Int, column: Int,
                           rowSpan: Int = 1, columnSpan: Int = 1) throws(PlotError) -> Axes {
        guard rows >= 1, columns >= 1, rows <= 100, columns <= 100 else {
            throw .invalidValue(what: "subplot grid", value: "\(rows)x\(columns)", expected: "1 to 100 rows and columns")
        }
        guard row >= 0, column >= 0, rowSpan >= 1, columnSpan >= 1,
              row + rowSpan <= rows, column + columnSpan <= columns else {
            throw .subplotOutOfRange(row: row, column: column, rows: rows, columns: columns)
        }
        return append(Axes(placement: .grid(rows: rows, columns: columns, row: row, column: column,
                                            rowSpan: rowSpan, columnSpan: columnSpan)))
    }

    /// Adds a full `rows x columns` grid of axes, row by row (matplotlib's `subplots`).
    ///
    /// Shared axes autoscale together; as in matplotlib, inner tick labels of a
    /// shared axis are hidden (x labels only on the bottom row, y labels only on
    /// the left column).
    ///
    /// - Returns: the axes as `[row][column]`.
    /// - Throws: `PlotError.invalidValue` for an empty or over-large grid.
    @discardableResult
    public func subplots(rows: Int, columns: Int, shareX: Sharing = .none,
                         shareY: Sharing = .none) throws(PlotError) -> [[Axes]] {
        var grid: [[Axes]] = []
        for r in 0..<Swift.max(rows, 0) {
            var line: [Axes] = []
            for c in 0..<Swift.max(columns, 0) {
                line.append(try addSubplot(rows: rows, columns: columns, row: r, column: c))
            }
            grid.append(line)
        }
        if grid.isEmpty || grid[0].isEmpty {
            throw .invalidValue(what: "subplot grid", value: "\(rows)x\(columns)", expected: "at least 1 row and 1 column")
        }
        for r in 0..<rows {
            for c in 0..<columns {
                let ax = grid[r][c]
                switch shareX {
                case .none: break
                case .all: ax.shareX(with: grid[0][0])
                case .row: ax.shareX(with: grid[r][0])
                case .column: ax.shareX(with: grid[0][c])
                }
                switch shareY {
                case .none: break
                case .all: ax.shareY(with: grid[0][0])
                case .row: ax.shareY(with: grid[r][0])
                case .column: ax.shareY(with: grid[0][c])
                }
                if (shareX == .all || shareX == .column) && r < rows - 1 {
                    ax.x.tickLabelSides.remove(.primary)
                }
                if (shareY == .all || shareY == .row) && c > 0 {
                    ax.y.tickLabelSides.remove(.primary)
                }
            }
        }
        return grid
    }

    /// Adds an axes at an explicit rectangle in figure fractions (matplotlib's `add_axes`).
    ///
    /// - Throws: `PlotError.invalidValue` for a non-positive or non-finite size.
    @discardableResult
    public func addAxes(_ rect: FigureRect) throws(PlotError) -> Axes {
        guard rect.width > 0, rect.height > 0, rect.width.isFinite, rect.height.isFinite,
              rect.left.isFinite, rect.bottom.isFinite else {
            throw .invalidValue(what: "axes rectangle", value: "\(rect)",
                                expected: "finite figure fractions with positive width and height")
        }
        return append(Axes(placement: .rect(rect)))
    }

    /// Adds a figure-level legend, by default of every labelled mark of every axes.
    ///
    /// `.outsideRight` puts it at the right edge of the page, vertically centred on
    /// the grid, and moves the grid's right edge in to make room (seaborn instead
    /// widens the figure; set `width` to taste). Other locations anchor the legend
    /// inside the page.
    public func legend(_ legend: Legend) {
        legends.append(legend)
    }

    /// Adds text on the page at `(x, y)` in figure fractions, (0, 0) bottom-left
    /// (matplotlib's `fig.text`). Multi-line text splits at `\n`.
    public func text(_ x: Double, _ y: Double, _ text: String, fontSize: Double = 10, color: Color = .black,
                     horizontal: TextPlacement.Horizontal = .left, vertical: TextPlacement.Vertical = .baseline) {
        texts.append(FigureText(text, at: Point(x, y), fontSize: fontSize, color: color,
                                placement: TextPlacement(horizontal: horizontal, vertical: vertical)))
    }

    private func append(_ ax: Axes) -> Axes {
        axes.append(ax)
        return ax
    }

    public func render(on canvas: inout some Canvas) {
        FigureRenderer(figure: self).render(on: &canvas)
    }
}
