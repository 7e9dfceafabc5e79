import CCairo
import Plotting

/// Draws circle markers in PDF output as dots: zero-length strokes with round caps, which
/// the PDF specification (8.5.3.2) paints as discs of the line width's diameter.
///
/// A circle written out as four Bézier curves costs about 260 bytes of content stream a
/// marker, and cairo spends most of a pair plot's PDF time formatting and compressing those
/// numbers; a dot is `x y m x y l`, a tenth of that, and is an exact circle rather than an
/// approximation of one. A filled circle with an outline is a stack of two discs, the
/// outline's colour out to the outline's outer edge and the fill's up to its inner edge,
/// which paints the same as fill-then-stroke only when both colours are opaque; anything
/// else (translucent outlines, an outline alone, dashes) is left to the path drawing.
enum MarkerDots {
    /// One disc of a stack: its diameter in points and its colour.
    struct Disc: Equatable {
        let diameter: Double
        let color: Color
    }

    /// The radius `r` when `marker` is exactly the circle `Path(circleCenter: .zero, radius: r)`
    /// that `MarkerShape.circle` and `.point` draw; nil for any other path.
    static func circleRadius(_ marker: Path) -> Double? {
        guard case .move(let start)? = marker.elements.first, start.y == 0, start.x > 0, start.x.isFinite else {
            return nil
        }
        return marker == Path(circleCenter: .zero, radius: start.x) ? start.x : nil
    }

    /// The discs, outermost first, that paint `paint` on a circle of radius `radius`, or nil
    /// when no stack of discs paints exactly the same.
    static func discs(radius: Double, paint: MarkerPaint) -> [Disc]? {
        guard let fill = paint.fill, fill.antialias else { return nil }
        guard let stroke = paint.stroke else { return [Disc(diameter: 2 * radius, color: fill.color)] }
        guard stroke.dash.isEmpty, stroke.color.alpha == 1, fill.color.alpha == 1 else { return nil }
        let outer = Disc(diameter: 2 * radius + stroke.width, color: stroke.color)
        let inner = 2 * radius - stroke.width
        return inner > 0 ? [outer, Disc(diameter: inner, color: fill.color)] : [outer]
    }

    /// Paints the stack of discs at every finite position; the positions' inks must be
    /// disjoint (a run of `MarkerRuns`), since each disc is painted for all of them at once.
    static func draw(_ discs: [Disc], at positions: some Sequence<Point>, on state: CanvasState) {
        let cr = state.cr
        cairo_save(cr)
        for disc in discs {
            state.setStroke(StrokeStyle(color: disc.color, width: disc.diameter, cap: .round), scale: 1)
            cairo_new_path(cr)
            for p in positions where p.x.isFinite && p.y.isFinite {
                cairo_move_to(cr, p.x, p.y)
                cairo_line_to(cr, p.x, p.y)
            }
            cairo_stroke(cr)
        }
        cairo_restore(cr)
    }
}
