/// matplotlib's `tight_layout`: subplot parameters chosen from what the grid's axes actually
/// draw, so that tick labels, axis labels and titles fit between the panels and inside the
/// page with `pad` font sizes to spare.
///
/// Set it on a figure (`Figure.tightLayout`) and the renderer measures the decorations of
/// every grid cell at `Figure.subplotParameters`, then lays the grid out again with the
/// parameters `get_tight_layout_figure` would give, as one `fig.tight_layout(...)` call made
/// once the plots are drawn does (seaborn's grids call it when they are built: a suptitle added
/// later gets no room from it). Axes placed at explicit rectangles (colour bars) are left out,
/// as matplotlib leaves out axes without a subplot spec.
public struct TightLayout: Sendable, Hashable {
    /// Padding at the page edges, in font sizes of 10 pt (matplotlib's `pad`, 1.08).
    public var pad: Double
    /// Padding between rows, in font sizes (`h_pad`); nil for `pad`.
    public var hPad: Double?
    /// Padding between columns, in font sizes (`w_pad`); nil for `pad`.
    public var wPad: Double?
    /// The part of the page the grid and its decorations fit into, in figure fractions
    /// (`rect=(left, bottom, right, top)`); nil for the whole page. A figure legend placed
    /// outside on the right moves the right edge in to its left, as seaborn's `add_legend` does.
    public var rect: FigureRect?

    public init(pad: Double = 1.08, hPad: Double? = nil, wPad: Double? = nil, rect: FigureRect? = nil) {
        self.pad = pad
        self.hPad = hPad
        self.wPad = wPad
        self.rect = rect
    }
}
