import Foundation

/// The ellipse a 2-D Gaussian's density is constant on, `n` standard deviations out
/// (Mahalanobis distance `n`), from its mean and 2 × 2 covariance.
public struct ConfidenceEllipse: Sendable, Hashable {
    public let center: Point
    /// Semi-axis lengths, major first.
    public let semiMajor: Double
    public let semiMinor: Double
    /// Angle of the major axis from the x axis, radians counter-clockwise (in data coordinates).
    public let angle: Double

    /// The `sigmas`-sigma ellipse of a Gaussian with covariance `[[a, b], [b, d]]`.
    ///
    /// - Throws: `.invalidValue` unless the covariance is symmetric positive semi-definite and finite.
    public init(mean: Point, covariance c: [Double], sigmas: Double = 1) throws(PlotKindError) {
        guard c.count == 4, c.allSatisfy(\.isFinite), mean.x.isFinite, mean.y.isFinite else {
            throw .invalidValue(what: "covariance", value: "\(c)", expected: "four finite numbers [a, b, b, d] (row-major 2 x 2)")
        }
        guard abs(c[1] - c[2]) <= 1e-9 * Swift.max(abs(c[1]), abs(c[2]), 1e-300) else {
            throw .invalidValue(what: "covariance", value: "\(c)", expected: "a symmetric matrix (entries 1 and 2 equal)")
        }
        guard sigmas > 0 && sigmas.isFinite else {
            throw .invalidValue(what: "sigmas", value: "\(sigmas)", expected: "a finite number > 0")
        }
        let (l1, l2, angle) = Self.eigen(a: c[0], b: c[1], d: c[3])
        guard l2 >= -1e-12 * Swift.max(abs(l1), 1e-300) else {
            throw .invalidValue(what: "covariance", value: "\(c)", expected: "a positive semi-definite matrix (eigenvalues \(l1), \(l2))")
        }
        center = mean
        semiMajor = sigmas * Swift.max(l1, 0).squareRoot()
        semiMinor = sigmas * Swift.max(l2, 0).squareRoot()
        self.angle = angle
    }

    /// Eigenvalues (larger first) of the symmetric matrix `[[a, b], [b, d]]` and the angle of
    /// the larger one's eigenvector, computed without cancellation.
    static func eigen(a: Double, b: Double, d: Double) -> (Double, Double, Double) {
        let mean = (a + d) / 2
        let radius = hypot((a - d) / 2, b)
        let l1 = mean + radius
        // The smaller eigenvalue from the determinant keeps its precision when the two are far apart.
        let l2 = l1 != 0 ? (a * d - b * b) / l1 : mean - radius
        let angle = 0.5 * atan2(2 * b, a - d)
        return (l1, Swift.min(l2, l1), angle)
    }

    /// The ellipse as four Bézier quarters in data coordinates, mapped by `transform` (exact for
    /// affine maps such as linear axes); `segments > 0` gives a polyline instead (for log axes).
    public func path(segments: Int = 0, _ transform: (Point) -> Point) -> Path {
        let (s, c) = (sin(angle), cos(angle))
        func onEllipse(_ u: Double, _ v: Double) -> Point {
            // (u, v) in the ellipse's own frame, scaled by the semi-axes, then rotated and moved.
            Point(center.x + c * u * semiMajor - s * v * semiMinor, center.y + s * u * semiMajor + c * v * semiMinor)
        }
        if segments > 0 {
            let points = (0..<segments).map { i -> Point in
                let th = 2 * Double.pi * Double(i) / Double(segments)
                return transform(onEllipse(cos(th), sin(th)))
            }
            return Path(polyline: points, closed: true)
        }
        let unit = Path(ellipseCenter: .zero, rx: 1, ry: 1)
        return Path(elements: unit.elements.map { e in
            switch e {
            case .move(let p): .move(transform(onEllipse(p.x, p.y)))
            case .line(let p): .line(transform(onEllipse(p.x, p.y)))
            case .curve(let a, let b, let p): .curve(transform(onEllipse(a.x, a.y)), transform(onEllipse(b.x, b.y)), transform(onEllipse(p.x, p.y)))
            case .close: .close
            }
        })
    }
}

/// Confidence ellipses of Gaussian components: for each component, its 1-, 2- and 3-sigma
/// ellipses (or any list), outlined and optionally filled with fading opacity.
public struct EllipseMark: Mark {
    public let ellipses: [ConfidenceEllipse]
    public var edges: [StrokeStyle?]
    public var fills: [Color?]
    public var zOrder: Double
    public var label: String?

    public init(ellipses: [ConfidenceEllipse], edges: [StrokeStyle?], fills: [Color?], zOrder: Double = 2,
                label: String? = nil) throws(PlotKindError) {
        guard edges.count == ellipses.count, fills.count == ellipses.count else {
            throw .lengthMismatch(what: "ellipse styles", expected: ellipses.count, actual: Swift.min(edges.count, fills.count))
        }
        self.ellipses = ellipses
        self.edges = edges
        self.fills = fills
        self.zOrder = zOrder
        self.label = label
    }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        var xs: [Double] = [], ys: [Double] = []
        for e in ellipses {
            // Half-widths of the rotated ellipse's bounding box.
            let (s, c) = (sin(e.angle), cos(e.angle))
            let hx = hypot(e.semiMajor * c, e.semiMinor * s), hy = hypot(e.semiMajor * s, e.semiMinor * c)
            xs += [e.center.x - hx, e.center.x + hx]
            ys += [e.center.y - hy, e.center.y + hy]
        }
        return DataExtent(xs: xs, ys: ys, xScale: xScale, yScale: yScale)
    }

    public var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty, !label.hasPrefix("_"), let first = edges.first ?? nil else { return [] }
        return [LegendEntry(label: label, handle: .line(first, marker: nil))]
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        let segments = context.xScale == .linear && context.yScale == .linear ? 0 : 180
        for (i, e) in ellipses.enumerated() {
            let path = e.path(segments: segments) { t.apply($0) }
            if let fill = fills[i] { canvas.fill(path, FillStyle(color: fill)) }
            if let edge = edges[i], edge.width > 0 { canvas.stroke(path, edge) }
        }
    }
}

extension Axes {
    /// The `sigmas` ellipses (1, 2 and 3 by default) of each Gaussian component, outlined in its
    /// colour (tab10 by default) and, if `fillAlpha > 0`, filled more faintly the further out.
    ///
    /// - Parameters:
    ///   - means: one point a component.
    ///   - covariances: one row-major 2 × 2 covariance a component.
    @discardableResult
    public func confidenceEllipses(means: [Point], covariances: [[Double]], sigmas: [Double] = [1, 2, 3],
                                   colors: [Color] = ColorCycle.tab10, width: Double = 1.5, fillAlpha: Double = 0,
                                   zOrder: Double = 2) throws(PlotKindError) -> EllipseMark {
        guard covariances.count == means.count else {
            throw .lengthMismatch(what: "covariances (one a component)", expected: means.count, actual: covariances.count)
        }
        guard !colors.isEmpty else { throw .invalidValue(what: "ellipse colours", value: "none", expected: "at least one colour") }
        var ellipses: [ConfidenceEllipse] = [], edges: [StrokeStyle?] = [], fills: [Color?] = []
        for (k, mean) in means.enumerated() {
            let color = colors[k % colors.count]
            for (j, n) in sigmas.enumerated() {
                ellipses.append(try ConfidenceEllipse(mean: mean, covariance: covariances[k], sigmas: n))
                edges.append(width > 0 ? StrokeStyle(color: color, width: width) : nil)
                fills.append(fillAlpha > 0 ? color.withAlpha(fillAlpha / Double(j + 1)) : nil)
            }
        }
        let mark = try EllipseMark(ellipses: ellipses, edges: edges, fills: fills, zOrder: zOrder)
        add(mark)
        return mark
    }
}
