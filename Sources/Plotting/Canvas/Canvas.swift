/// The drawing surface a figure renders onto, in points with y growing downwards.
///
/// The figure model knows nothing of any device: it turns everything into paths,
/// text runs and images and hands them to a `Canvas`. A Cairo canvas writes PNG,
/// PDF and SVG; a recording canvas lets tests check draw calls without pixels.
public protocol Canvas {
    /// Paints the inside of a path.
    mutating func fill(_ path: Path, _ style: FillStyle)

    /// Draws the outline of a path.
    mutating func stroke(_ path: Path, _ style: StrokeStyle)

    /// The size of a single-style run of text, without drawing it.
    func measure(_ text: String, _ font: Font) -> TextMetrics

    /// Draws a single-style run of text with its baseline starting at `origin`,
    /// rotated about `origin` by `style.rotation`.
    mutating func draw(_ text: String, at origin: Point, _ style: TextStyle)

    /// Paints a bitmap stretched over `rect`.
    mutating func draw(_ image: RasterImage, in rect: Rect, interpolation: RasterImage.Interpolation)

    /// Restricts later drawing to the inside of `path` until the matching `popClip()`.
    mutating func pushClip(_ path: Path)

    /// Ends the innermost `pushClip(_:)`.
    mutating func popClip()

    /// Device pixels per point for layers the figure rasterises itself
    /// (dpi / 72 for PNG; the figure's raster dpi / 72 for vector output).
    var rasterScale: Double { get }

    /// Draws the same marker shape (a path around the origin) at many positions.
    /// Backends override this to stamp markers faster than one path each.
    ///
    /// This is matplotlib's `draw_markers` (line markers, one-colour scatters): a raster
    /// backend may centre each marker on the pixel nearest its position, as Agg does.
    mutating func drawMarkers(_ marker: Path, at positions: [Point], fill: FillStyle?, stroke: StrokeStyle?)

    /// Draws the same marker shape at many positions, marker `i` in `paints[paintIndices[i]]`,
    /// in order (a scatter coloured by cluster). Backends override this to prepare each
    /// paint once instead of drawing one path a marker.
    ///
    /// This is matplotlib's path collection: markers sit at their exact positions.
    mutating func drawMarkers(_ marker: Path, at positions: [Point], paints: [MarkerPaint], paintIndices: [Int])
}

// MARK: - Default implementations

extension Canvas {
    public mutating func drawMarkers(_ marker: Path, at positions: [Point], fill: FillStyle?, stroke: StrokeStyle?) {
        for p in positions {
            let shape = marker.offsetBy(p)
            if let fill { self.fill(shape, fill) }
            if let stroke { self.stroke(shape, stroke) }
        }
    }

    /// One `drawMarkers(_:at:fill:stroke:)` call a marker, in order.
    public mutating func drawMarkers(_ marker: Path, at positions: [Point], paints: [MarkerPaint], paintIndices: [Int]) {
        for (p, k) in zip(positions, paintIndices) where paints.indices.contains(k) {
            drawMarkers(marker, at: [p], fill: paints[k].fill, stroke: paints[k].stroke)
        }
    }
}
