import Foundation

/// Points drawn as markers: matplotlib's `scatter`.
///
/// Sizes are marker areas in pt² (`s`, 36 by default, a 6 pt disc). Filled markers
/// get a 1 pt edge in their face colour unless told otherwise (matplotlib's
/// `scatter.edgecolors = 'face'`); crosses are stroked 1.5 pt wide. With more than
/// `aggregationThreshold` points the mark switches to density aggregation: points
/// are binned onto the output pixel grid and drawn as one image (see `PointDensity`),
/// which keeps PNG fast and PDF/SVG small.
public struct ScatterMark: Mark {
    /// How a scatter's marker outlines are coloured.
    public enum Edge: Sendable {
        /// The face colour (matplotlib's default `'face'`).
        case face
        /// No outline.
        case none
        /// One colour for every marker.
        case color(Color)
    }

    /// When points are aggregated into an image instead of drawn one by one.
    public enum Aggregation: Sendable, Hashable {
        /// Above `ScatterMark.defaultAggregationThreshold` points.
        case automatic
        /// Above this many points.
        case above(Int)
        /// Always (useful to preview the aggregated look).
        case always
        /// Never: every point is a vector marker, however many.
        case never
    }

    /// How an aggregated scatter colours its pixels.
    public enum DensityShading: Sendable {
        /// As overplotted markers would look: each pixel's opacity composites the
        /// markers covering it (one colour stays one colour; per-point colours mix).
        case overplot
        /// datashader's log shading: one count per point in the pixel holding it,
        /// coloured by `log(1 + count) / log(1 + max count)` through a colour map.
        case counts(ColorMapping)
    }

    /// Point counts above this are aggregated by default: 50,000 markers take
    /// longer to stamp than one full-resolution image and make multi-megabyte PDFs.
    public static let defaultAggregationThreshold = 50_000

    public var x: [Double]
    public var y: [Double]
    /// Marker areas in pt²: one value for all points or one per point.
    public var sizes: [Double]
    public var colors: PointColors
    public var marker: MarkerShape
    public var edge: Edge
    /// Edge width in points; nil for matplotlib's default (1 filled, 1.5 crosses).
    public var edgeWidth: Double?
    /// Opacity multiplied into face and edge colours.
    public var alpha: Double
    public var zOrder: Double
    /// The legend label, or nil for no legend entry.
    public var label: String?
    public var aggregation: Aggregation
    /// How aggregated points are coloured (ignored when points are drawn one by one).
    public var density: DensityShading

    /// - Throws: `PlotError.lengthMismatch` when `y`, `sizes` or per-point colours
    ///   do not pair up with `x`; `PlotError.invalidValue` for a negative size or an alpha outside 0...1.
    public init(x: [Double], y: [Double], sizes: [Double] = [36], colors: PointColors,
                marker: MarkerShape = .circle, edge: Edge = .face, edgeWidth: Double? = nil,
                alpha: Double = 1, zOrder: Double = 1, label: String? = nil,
                aggregation: Aggregation = .automatic, density: DensityShading = .overplot) throws(PlotError) {
        guard y.count == x.count else { throw .lengthMismatch(what: "y", expected: x.count, actual: y.count) }
        guard sizes.count == 1 || sizes.count == x.count else {
            throw .lengthMismatch(what: "sizes", expected: x.count, actual: sizes.count)
        }
        if let bad = sizes.first(where: { !($0 >= 0) || !$0.isFinite }) {
            throw .invalidValue(what: "a marker size", value: "\(bad)", expected: "a finite area in pt² >= 0")
        }
        if let n = colors.count, n != x.count {
            throw .lengthMismatch(what: "colors", expected: x.count, actual: n)
        }
        guard alpha >= 0 && alpha <= 1 else {
            throw .invalidValue(what: "alpha", value: "\(alpha)", expected: "a value in 0...1")
        }
        if let w = edgeWidth, !(w >= 0 && w.isFinite) {
            throw .invalidValue(what: "edge width", value: "\(w)", expected: "a finite width in points >= 0")
        }
        self.x = x
        self.y = y
        self.sizes = sizes
        self.colors = colors
        self.marker = marker
        self.edge = edge
        self.edgeWidth = edgeWidth
        self.alpha = alpha
        self.zOrder = zOrder
        self.label = label
        self.aggregation = aggregation
        self.density = density
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(xs: x, ys: y, xScale: xScale, yScale: yScale)
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_") else { return [] }
        // matplotlib's handle: the first point's colours at the mean of the smallest and largest area.
        var style = markerStyle(at: 0)
        if let lo = sizes.min(), let hi = sizes.max() { style.size = (0.5 * (lo + hi)).squareRoot() }
        return [LegendEntry(label: label, handle: .marker(style))]
    }

    public func legendObstacles(_ transform: DataTransform) -> LegendObstacles {
        var pts: [Point] = []
        pts.reserveCapacity(x.count)
        for i in x.indices {
            let p = transform.apply(x[i], y[i])
            if p.x.isFinite && p.y.isFinite { pts.append(p) }
        }
        return LegendObstacles(points: pts)
    }

    /// Whether this many points are drawn as an aggregated image.
    public var isAggregated: Bool {
        switch aggregation {
        case .automatic: x.count > Self.defaultAggregationThreshold
        case .above(let n): x.count > n
        case .always: true
        case .never: false
        }
    }

    /// The marker style of point `i`.
    func markerStyle(at i: Int) -> MarkerStyle {
        let face = colors.color(at: i)
        let faded = face.withAlpha(face.alpha * alpha)
        let area = sizes.count == 1 ? sizes[0] : (i < sizes.count ? sizes[i] : 36)
        let size = area.squareRoot()
        let width = edgeWidth ?? (marker.isFilled ? 1.0 : 1.5)
        let edgeColor: Color?
        switch edge {
        case .face: edgeColor = faded
        case .none: edgeColor = nil
        case .color(let c): edgeColor = c.withAlpha(c.alpha * alpha)
        }
        // Crosses have no inside: matplotlib strokes them in the face colour and ignores
        // any edge colour given.
        return MarkerStyle(shape: marker, size: size, fill: marker.isFilled ? faded : nil,
                           edge: marker.isFilled ? edgeColor : faded, edgeWidth: width)
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        if isAggregated {
            PointDensity(scatter: self).draw(in: context, on: &canvas)
            return
        }
        let t = context.transform
        // One marker path for all points when size and colour are shared: the fast path.
        if sizes.count == 1, let _ = colors.uniformColor {
            let style = markerStyle(at: 0)
            var positions: [Point] = []
            positions.reserveCapacity(x.count)
            for i in x.indices {
                let p = t.apply(x[i], y[i])
                if p.x.isFinite && p.y.isFinite { positions.append(p) }
            }
            let (f, s) = style.paint
            canvas.drawMarkers(marker.path(size: style.size), at: positions, fill: f, stroke: s)
            return
        }
        // One size, many colours (a scatter coloured by cluster): each distinct paint once.
        if sizes.count == 1 {
            var paints: [MarkerPaint] = [], paintIndices: [Int] = [], positions: [Point] = []
            var paintIndex: [MarkerPaint: Int] = [:]
            let size = markerStyle(at: 0).size
            for i in x.indices {
                let p = t.apply(x[i], y[i])
                guard p.x.isFinite && p.y.isFinite else { continue }
                let (f, s) = markerStyle(at: i).paint
                let paint = MarkerPaint(fill: f, stroke: s)
                if let k = paintIndex[paint] {
                    paintIndices.append(k)
                } else {
                    paintIndex[paint] = paints.count
                    paintIndices.append(paints.count)
                    paints.append(paint)
                }
                positions.append(p)
            }
            canvas.drawMarkers(marker.path(size: size), at: positions, paints: paints, paintIndices: paintIndices)
            return
        }
        for i in x.indices {
            let p = t.apply(x[i], y[i])
            guard p.x.isFinite && p.y.isFinite else { continue }
            markerStyle(at: i).draw(at: p, on: &canvas)
        }
    }
}
