/// A legend: rows of handle and label in a rounded, translucent white frame,
/// with matplotlib's look (`legend.framealpha` 0.8, edge 0.8 grey, fancybox,
/// 10 pt text, spacing in font-size units).
public struct Legend: Sendable, Hashable {
    /// Where the legend box goes.
    public enum Location: Sendable, Hashable {
        /// The inside corner or edge position that covers the fewest data points
        /// and lines (matplotlib's `loc='best'`).
        case best
        case upperRight, upperLeft, lowerLeft, lowerRight
        case right, centerLeft, centerRight, lowerCenter, upperCenter, center
        /// Outside the axes (or, for a figure legend, the whole grid), to the right,
        /// vertically centred: seaborn's pair plot legend.
        case outsideRight
    }

    /// Rows to show, or nil to collect them from the marks' labels.
    public var entries: [LegendEntry]?
    public var location: Location
    /// A title line above the rows, or nil.
    public var title: String?
    /// Label size in points (10).
    public var fontSize: Double
    /// Title size in points (10).
    public var titleFontSize: Double
    /// Whether the frame is drawn (`frameon`).
    public var showsFrame: Bool
    /// Frame fill opacity (0.8).
    public var frameAlpha: Double
    /// Frame fill (white) and edge (0.8 grey) colours.
    public var frameColor: Color
    public var edgeColor: Color
    /// Rounded corners (`fancybox`).
    public var roundedCorners: Bool
    /// Number of columns the rows are laid out in.
    public var columns: Int
    /// Marker size multiplier in handles (`markerscale`).
    public var markerScale: Double
    /// For a figure legend `.outsideRight`: the height of its middle, in figure fractions
    /// (0.5, the middle of the page, as seaborn's `loc='center right'` puts it).
    public var centerY = 0.5

    public init(entries: [LegendEntry]? = nil, location: Location = .best, title: String? = nil,
                fontSize: Double = 10, titleFontSize: Double = 10, showsFrame: Bool = true,
                frameAlpha: Double = 0.8, frameColor: Color = .white,
                edgeColor: Color = Color(red: 0.8, green: 0.8, blue: 0.8),
                roundedCorners: Bool = true, columns: Int = 1, markerScale: Double = 1) {
        self.entries = entries
        self.location = location
        self.title = title
        self.fontSize = fontSize
        self.titleFontSize = titleFontSize
        self.showsFrame = showsFrame
        self.frameAlpha = frameAlpha
        self.frameColor = frameColor
        self.edgeColor = edgeColor
        self.roundedCorners = roundedCorners
        self.columns = Swift.max(1, columns)
        self.markerScale = markerScale
    }
}
