/// One plot area of a figure: its marks, its two axes, title, frame style and legend.
///
/// `Axes` is a reference type owned by its `Figure`, as in matplotlib: recipes hold
/// `let ax = fig.addSubplot()` and keep adding to it, and axes that share an x or y
/// axis refer to one another. There is no global "current axes": every call names
/// the axes it changes. Marks are values, copied in when added.
public final class Axes {
    /// Where the axes box sits on the figure.
    public enum Placement: Sendable, Hashable {
        /// A cell (or block of cells) of a grid laid out with the figure's subplot parameters.
        case grid(rows: Int, columns: Int, row: Int, column: Int, rowSpan: Int, columnSpan: Int)
        /// An explicit rectangle in figure fractions.
        case rect(FigureRect)
    }

    /// How the box adapts to the data's aspect ratio.
    public enum Aspect: Sendable, Hashable {
        /// Fill the box (matplotlib's `'auto'`).
        case auto
        /// One data unit is as long on x as on y: the box shrinks about its centre
        /// (matplotlib's `set_aspect('equal')` with `adjustable='box'`).
        case equal
    }

    public var placement: Placement
    /// The horizontal axis.
    public var x = Axis()
    /// The vertical axis.
    public var y = Axis()
    /// The title above the plot area, or nil. Mathtext between `$` signs is allowed.
    public var title: String?
    /// Title size in points (matplotlib's `axes.titlesize`, 12).
    public var titleFontSize = 12.0
    /// Gap between the top of the plot area and the title baseline, in points (6).
    public var titlePad = 6.0
    /// Frame, tick and grid look.
    public var style = AxesStyle()
    public var aspect: Aspect = .auto
    /// The legend, or nil for none (see `legend(...)`).
    public var legend: Legend?
    /// Whether anything of this axes is drawn (false hides it, as `ax.axis('off')` hides the frame).
    public var isVisible = true
    /// Whether the frame (background, spines, ticks, labels) is drawn; `ax.axis('off')`.
    public var showsFrame = true

    /// The marks in the order they were added.
    public private(set) var marks: [any Mark] = []

    /// Another axes whose x limits this one follows (matplotlib's `sharex`).
    public internal(set) weak var sharesXWith: Axes?
    /// Another axes whose y limits this one follows (matplotlib's `sharey`).
    public internal(set) weak var sharesYWith: Axes?

    /// Next colour of the line cycle (`plot`) and of the patch cycle (`scatter`, fills, bars):
    /// matplotlib keeps two independent cycles per axes.
    var lineCycleIndex = 0
    var patchCycleIndex = 0
    /// The colours both cycles step through (matplotlib's tab10 `axes.prop_cycle`).
    public var colorCycle: [Color] = ColorCycle.tab10

    public init(placement: Placement) {
        self.placement = placement
    }

    /// Adds a mark; it is drawn in z-order, ties in the order added.
    public func add(_ mark: some Mark) {
        marks.append(mark)
    }

    /// Removes every mark (the frame settings stay).
    public func removeAllMarks() {
        marks.removeAll()
        lineCycleIndex = 0
        patchCycleIndex = 0
    }

    /// The next colour of the line cycle (and advances it).
    public func nextLineColor() -> Color {
        defer { lineCycleIndex += 1 }
        return colorCycle.isEmpty ? .black : colorCycle[lineCycleIndex % colorCycle.count]
    }

    /// The next colour of the patch cycle used by scatter, fills and bars (and advances it).
    public func nextPatchColor() -> Color {
        defer { patchCycleIndex += 1 }
        return colorCycle.isEmpty ? .black : colorCycle[patchCycleIndex % colorCycle.count]
    }

    /// Makes this axes follow `other`'s x limits (both autoscale to the union of their data).
    public func shareX(with other: Axes) {
        if other !== self { sharesXWith = other }
    }

    /// Makes this axes follow `other`'s y limits.
    public func shareY(with other: Axes) {
        if other !== self { sharesYWith = other }
    }

    /// The axes whose limits this one takes on x: the root of its sharing chain.
    var xShareRoot: Axes {
        var a = self
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(a)]
        while let next = a.sharesXWith, seen.insert(ObjectIdentifier(next)).inserted { a = next }
        return a
    }

    /// The axes whose limits this one takes on y.
    var yShareRoot: Axes {
        var a = self
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(a)]
        while let next = a.sharesYWith, seen.insert(ObjectIdentifier(next)).inserted { a = next }
        return a
    }
}
