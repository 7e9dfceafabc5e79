import Foundation

/// seaborn's `pairplot`: an n × n grid of panels for chosen columns, scatter plots off the
/// diagonal and each column's distribution on it.
///
/// What it reproduces: 2.5 in square panels; scatter points of 36 pt² with white edges
/// 0.48 pt wide (0.08 √s); a histogram on the diagonal without hue (numpy's automatic bins,
/// alpha 0.75, black outlines), or one filled KDE a hue level with hue (Scott's bandwidth,
/// 200 points, cut 3, normalised together so the areas sum to 1, alpha 0.25 and a full-colour
/// outline), drawn on a twin axes whose own y axis is hidden, so the left ticks keep showing the
/// row variable; x shared down columns and y along rows, tick labels and axis labels only on
/// the outer panels; top and right spines removed; the legend outside on the right with the hue
/// column as its title, the page widened to hold it; margins set as `tight_layout(pad=0.5)`
/// would.
///
/// Beyond seaborn: `corner` (lower triangle only), Pearson correlations in the upper triangle,
/// and large tables: panels with more than `aggregationThreshold` points are drawn as
/// density-aggregated images instead of one marker a row.
public struct PairPlot: Sendable {
    /// One variable of the table.
    public struct Column: Sendable {
        public var name: String
        public var values: [Double]

        public init(_ name: String, _ values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// What colours the points.
    public enum Hue: Sendable {
        /// A numeric column (cluster ids as numbers, as the lab passes them): seaborn maps it
        /// continuously, each distinct value at `colormap(norm(value))` with the norm over the
        /// values' range; the default map is seaborn's numeric-hue cubehelix (`"ch:"`).
        case numeric(name: String, values: [Double], colormap: Colormap = .seabornNumericHue)
        /// A categorical column: levels in order of first appearance, coloured from `palette`
        /// (default seaborn's: the matplotlib colour cycle, tab10, up to ten levels, husl beyond).
        case categorical(name: String, values: [String], palette: [Color]? = nil)
    }

    /// What goes on the diagonal.
    public enum Diagonal: Sendable, Hashable {
        /// A histogram without hue, KDEs with hue (seaborn's `'auto'`).
        case automatic
        case histogram
        case kde
        /// Nothing (the diagonal panels stay empty).
        case none
    }

    /// What goes above the diagonal.
    public enum UpperTriangle: Sendable, Hashable {
        /// Scatter plots, mirrored (seaborn's default).
        case scatter
        /// Pearson's r of the two columns, written in the middle of the panel.
        case correlation
    }

    public var columns: [Column]
    public var hue: Hue?
    /// Panel size in inches (2.5).
    public var height = 2.5
    /// Only the lower triangle and the diagonal (seaborn's `corner=True`).
    public var corner = false
    public var diagonal: Diagonal = .automatic
    public var upper: UpperTriangle = .scatter
    /// Marker area in pt² (36).
    public var markerSize = 36.0
    /// A panel with more points than this is drawn as a density-aggregated image.
    public var aggregationThreshold = PairPlot.defaultAggregationThreshold
    /// Pixels per inch of the figure (100).
    public var dpi = 100.0

    /// Points per panel above which scatter panels are aggregated into images by default:
    /// 20,000 markers in each of n² panels is where stamping vectors stops paying off.
    public static let defaultAggregationThreshold = 20_000

    public init(columns: [Column], hue: Hue? = nil) {
        self.columns = columns
        self.hue = hue
    }

    /// The colour of each row and the legend's levels.
    struct HueColors {
        var perRow: [Color]
        var levels: [(label: String, color: Color, rows: [Int])]
        var title: String
    }

    /// Checks the table: at least one column, equal lengths, unique names, a hue of the same length.
    func validate() throws(PlotKindError) {
        guard let first = columns.first else {
            throw .invalidValue(what: "pair plot columns", value: "none", expected: "at least one column")
        }
        var seen = Set<String>()
        for c in columns {
            guard c.values.count == first.values.count else {
                throw .lengthMismatch(what: "column '\(c.name)'", expected: first.values.count, actual: c.values.count)
            }
            guard seen.insert(c.name).inserted else {
                throw .invalidValue(what: "pair plot column name", value: "'\(c.name)' twice", expected: "unique names")
            }
            if let i = c.values.firstIndex(where: \.isInfinite) {
                throw .statistics(.nonFinite(what: "column '\(c.name)'", index: i))
            }
        }
        switch hue {
        case .numeric(let name, let values, _):
            guard values.count == first.values.count else { throw .lengthMismatch(what: "hue '\(name)'", expected: first.values.count, actual: values.count) }
        case .categorical(let name, let values, let palette):
            guard values.count == first.values.count else { throw .lengthMismatch(what: "hue '\(name)'", expected: first.values.count, actual: values.count) }
            if let palette, palette.isEmpty { throw .invalidValue(what: "hue palette", value: "empty", expected: "at least one colour") }
        case nil:
            break
        }
        guard height > 0 && height <= 20, markerSize >= 0, markerSize.isFinite, aggregationThreshold >= 0 else {
            throw .invalidValue(what: "pair plot panel size, marker size or aggregation threshold",
                                value: "\(height) in, \(markerSize) pt², \(aggregationThreshold)",
                                expected: "a panel of (0, 20] in, a finite marker size ≥ 0 and a threshold ≥ 0")
        }
    }

    func hueColors() -> HueColors? {
        switch hue {
        case nil:
            return nil
        case let .numeric(name, values, colormap):
            let levels = Array(Set(values.filter(\.isFinite))).sorted()
            let lo = levels.first ?? 0, hi = levels.last ?? 1
            func color(_ v: Double) -> Color {
                guard v.isFinite else { return .clear }
                return colormap.color(at: hi > lo ? (v - lo) / (hi - lo) : 0)
            }
            let rowsByLevel = Dictionary(grouping: values.indices.filter { values[$0].isFinite }, by: { values[$0] })
            // seaborn's "brief" legend: every level up to six, else about six round values.
            let shown = levels.count <= 6 ? levels : NiceSteps.maxN(lo, hi, bins: 6).filter { $0 >= lo && $0 <= hi }
            return HueColors(perRow: values.map(color),
                             levels: shown.map { (Self.format($0), color($0), rowsByLevel[$0] ?? []) },
                             title: name)
        case let .categorical(name, values, palette):
            var order: [String] = []
            var index: [String: Int] = [:]
            for v in values where index[v] == nil {
                index[v] = order.count
                order.append(v)
            }
            // seaborn: the colour cycle for up to ten levels, husl beyond (never a cycle that repeats).
            let colors = palette ?? Palette.seabornCategorical(count: order.count).colors
            let rowsByLevel = Dictionary(grouping: values.indices, by: { values[$0] })
            return HueColors(perRow: values.map { colors[(index[$0] ?? 0) % colors.count] },
                             levels: order.enumerated().map { ($1, colors[$0 % colors.count], rowsByLevel[$1] ?? []) },
                             title: name)
        }
    }

    /// A numeric hue level as seaborn writes it: integers without decimals.
    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(format: "%g", v)
    }

    /// Pearson's correlation of two columns over the rows where both are finite (NaN when undefined).
    public static func correlation(_ a: [Double], _ b: [Double]) -> Double {
        var xs: [Double] = [], ys: [Double] = []
        for (x, y) in zip(a, b) where x.isFinite && y.isFinite {
            xs.append(x)
            ys.append(y)
        }
        guard xs.count >= 2 else { return .nan }
        let n = Double(xs.count)
        let mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in zip(xs, ys) {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
            syy += (y - my) * (y - my)
        }
        guard sxx > 0 && syy > 0 else { return .nan }
        return Swift.max(-1, Swift.min(1, sxy / (sxx * syy).squareRoot()))
    }
}
