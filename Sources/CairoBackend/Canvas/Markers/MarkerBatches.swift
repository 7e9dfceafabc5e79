import CCairo
import Plotting

/// Draws many markers in PDF output as few paths: each run of markers that keep clear of
/// one another (`MarkerRuns`) becomes one path a paint, filled once and stroked once.
///
/// A pair plot's 22,000 markers were 22,000 fill-and-stroke operations, each set up,
/// analysed and written separately by cairo's PDF surface; batched, the same outlines are
/// written in a few thousand operations, without a colour change before every marker.
/// The picture is the same: within a run the markers' inks are at least `gap` apart, so
/// no pixel of a viewer at 72 dpi or finer is touched by two of them, and runs are painted
/// in input order, so a marker drawn over another still is. Circles whose paint a stack of
/// discs reproduces are written as dots (`MarkerDots`), a tenth of the bytes of a path.
enum MarkerBatches {
    /// The clear space kept between the inks of markers painted together, in points.
    static let gap = 1.0

    /// Paints the markers, marker `i` in `paints[paintIndices[i]]` (or `paints[0]`).
    /// Returns false when the marker has no finite extent, so the caller draws paths.
    static func draw(_ marker: Path, at positions: [Point], paints: [MarkerPaint], paintIndices: [Int]?,
                     on state: CanvasState) throws(CairoError) -> Bool {
        // One box for all paints: the union of their inks (outlines may differ in width).
        var box: Rect?
        for paint in paints where paint.fill != nil || paint.stroke != nil {
            guard let extents = try MarkerForms.inkExtents(marker, paint, state: state) else { return false }
            box = box.map { $0.union(extents) } ?? extents
        }
        guard let box else { return true }
        // inkExtents grows the ink by a point on each side; the box keeps `gap` between inks.
        let size = Size(width: box.width - 2 + gap, height: box.height - 2 + gap)
        let runs = MarkerRuns(positions, size: size)
        let circleRadius = MarkerDots.circleRadius(marker)

        let cr = state.cr
        var order: [Int] = []
        order.reserveCapacity(min(positions.count, 4096))
        for run in runs.ranges {
            // The run's markers grouped by paint (stable, so each path lists them in input order).
            order.removeAll(keepingCapacity: true)
            order.append(contentsOf: run)
            if let paintIndices {
                order.sort { a, b in paintIndices[a] != paintIndices[b] ? paintIndices[a] < paintIndices[b] : a < b }
            }
            var k = 0
            while k < order.count {
                let paintIndex = paintIndices?[order[k]] ?? 0
                var end = k + 1
                while end < order.count, (paintIndices?[order[end]] ?? 0) == paintIndex { end += 1 }
                let paint = paints[paintIndex]
                if let circleRadius, let discs = MarkerDots.discs(radius: circleRadius, paint: paint) {
                    MarkerDots.draw(discs, at: order[k..<end].lazy.map { positions[$0] }, on: state)
                } else if paint.fill != nil || paint.stroke != nil {
                    cairo_new_path(cr)
                    for i in order[k..<end] where positions[i].x.isFinite && positions[i].y.isFinite {
                        PathBuilder.append(marker, offset: positions[i], to: cr)
                    }
                    if let fill = paint.fill {
                        state.setFill(fill)
                        cairo_fill_preserve(cr)
                    }
                    if let stroke = paint.stroke {
                        state.setStroke(stroke, scale: 1)
                        cairo_stroke_preserve(cr)
                    }
                }
                k = end
            }
        }
        cairo_new_path(cr)
        return true
    }
}
