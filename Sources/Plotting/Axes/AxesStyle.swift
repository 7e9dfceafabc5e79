/// The look of an axes' frame: background, spines, ticks and grid lines.
///
/// Defaults are matplotlib 3.11's rcParams; `seabornWhitegrid` is seaborn's
/// `whitegrid` style for pair plots.
public struct AxesStyle: Sendable, Hashable {
    /// The four sides of the plot area.
    public enum Side: Sendable, Hashable, CaseIterable { case left, right, bottom, top }

    /// Where grid lines and ticks sit among the marks (matplotlib's `axes.axisbelow`).
    public enum GridOrder: Sendable, Hashable {
        /// Below everything (z 0.5), as seaborn sets it.
        case belowAll
        /// Above patches and scatter points, below lines (z 1.5): matplotlib's default.
        case belowLines
        /// Above all marks (z 2.5).
        case above

        var zOrder: Double {
            switch self {
            case .belowAll: 0.5
            case .belowLines: 1.5
            case .above: 2.5
            }
        }
    }

    /// Plot area fill (white).
    public var background: Color = .white
    /// Spine colour (black) and width in points (0.8).
    public var spineColor: Color = .black
    public var spineWidth = 0.8
    /// Sides whose spine is drawn; seaborn's `despine` removes top and right.
    public var visibleSpines: Set<Side> = Set(Side.allCases)

    /// Major tick length, width and label pad in points (3.5, 0.8, 3.5).
    public var majorTickLength = 3.5
    public var majorTickWidth = 0.8
    public var majorTickPad = 3.5
    /// Minor tick length, width and label pad in points (2, 0.6, 3.4).
    public var minorTickLength = 2.0
    public var minorTickWidth = 0.6
    public var minorTickPad = 3.4
    /// Tick mark and tick label colours (black).
    public var tickColor: Color = .black
    public var tickLabelColor: Color = .black
    /// Axis label and title colour (black).
    public var labelColor: Color = .black

    /// Grid line colour (#b0b0b0), width (0.8 pt), pattern (solid) and alpha (1).
    public var gridColor = Color(hex: 0xb0b0b0)
    public var gridWidth = 0.8
    public var gridPattern: LinePattern = .solid
    public var gridAlpha = 1.0
    public var gridOrder: GridOrder = .belowLines

    public init() {}

    /// matplotlib's defaults.
    public static let matplotlib = AxesStyle()

    /// seaborn's `whitegrid` style: light grey frame and grid below everything, no tick marks.
    public static var seabornWhitegrid: AxesStyle {
        var s = AxesStyle()
        s.spineColor = Color(hex: 0xcccccc)
        s.spineWidth = 1.25
        s.gridColor = Color(hex: 0xcccccc)
        s.gridWidth = 1
        s.gridOrder = .belowAll
        s.majorTickLength = 0
        s.minorTickLength = 0
        s.tickLabelColor = Color(hex: 0x262626)
        s.labelColor = Color(hex: 0x262626)
        s.tickColor = Color(hex: 0x262626)
        return s
    }
}
