/// One axis of an `Axes` (x or y): its scale, limits, ticks, tick labels and label.
///
/// A plain value: `axes.x.scale = .log`, `axes.y.label = "Inertia"`. Defaults are
/// matplotlib 3.11's rcParams.
public struct Axis: Sendable, Hashable {
    /// Linear or log spacing.
    public var scale: Scale = .linear
    /// Explicit limits (`start > end` inverts the axis), or nil to autoscale from the marks.
    public var limits: AxisLimits?
    /// Autoscaled limits run from high to low (matplotlib's `invert_xaxis`).
    public var isInverted = false
    /// Fraction of the data span added at each end when autoscaling (matplotlib's 5 %).
    public var margin = 0.05

    /// The axis label, or nil. Mathtext between `$` signs is allowed.
    public var label: String?
    /// Axis label size in points (matplotlib's `axes.labelsize`, 10).
    public var labelFontSize = 10.0
    /// Axis label rotation in degrees, or nil for the default (0 on x, 90 on y).
    /// The lab sets y labels horizontal with `rotation=0`.
    public var labelRotation: Double?
    /// Gap between the tick labels (or spine) and the axis label, in points (4).
    public var labelPad = 4.0
    /// Put the label on the secondary side (right of a y axis), as matplotlib's
    /// `set_label_position('right')` does for colour bars. Only the y axis honours it.
    public var labelOnSecondarySide = false

    /// Where major ticks go.
    public var locator: TickLocator = .automatic
    /// Where minor ticks go (none on linear axes by default, 2...9 per decade on log axes).
    public var minorLocator: TickLocator = .automatic
    /// How major ticks are labelled.
    public var formatter: TickFormatter = .automatic
    /// How minor ticks are labelled.
    public var minorFormatter: TickFormatter = .automatic
    /// Tick label size in points (10).
    public var tickLabelFontSize = 10.0
    /// Tick label rotation in degrees.
    public var tickLabelRotation = 0.0
    /// How y tick labels sit on their tick, or nil for matplotlib's `center_baseline`
    /// (seaborn's heatmap centres its rotated row labels with `va="center"`).
    public var tickLabelVerticalAlignment: TextPlacement.Vertical?
    /// Sides that show tick marks: bottom/left only by default.
    public var tickSides: AxisSides = .primary
    /// Sides that show tick labels: bottom/left only by default.
    public var tickLabelSides: AxisSides = .primary

    /// Whether major grid lines are drawn across the plot area.
    public var showsGrid = false

    public init() {}

    /// Ticks at exactly these values, labelled by the formatter (or by `labels`).
    public mutating func setTicks(_ values: [Double], labels: [String]? = nil) {
        locator = .fixed(values)
        if let labels { formatter = .fixed(labels) }
    }
}

/// Which sides of an axis show something: the primary side is the bottom of an x
/// axis and the left of a y axis; the secondary side is the top or right.
public struct AxisSides: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let primary = AxisSides(rawValue: 1)
    public static let secondary = AxisSides(rawValue: 2)
    public static let both: AxisSides = [.primary, .secondary]
    public static let none: AxisSides = []
}
