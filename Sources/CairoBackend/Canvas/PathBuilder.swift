import CCairo
import Plotting

/// Feeds `Path` elements into a cairo context's current path.
///
/// A point that is not finite (NaN from masked data, or an infinity) breaks the sub-path:
/// the next finite point starts a new one, as matplotlib does with NaN vertices, so a
/// stray value never turns into a line across the page or a cairo error.
enum PathBuilder {
    /// Appends `path` moved by `offset`, in the context's user space (points).
    static func append(_ path: Path, offset: Point = .zero, to cr: OpaquePointer) {
        var broken = true
        for element in path.elements {
            switch element {
            case .move(let p):
                if p.x.isFinite && p.y.isFinite {
                    cairo_move_to(cr, p.x + offset.x, p.y + offset.y)
                    broken = false
                } else {
                    broken = true
                }
            case .line(let p):
                if p.x.isFinite && p.y.isFinite {
                    if broken { cairo_move_to(cr, p.x + offset.x, p.y + offset.y) } else { cairo_line_to(cr, p.x + offset.x, p.y + offset.y) }
                    broken = false
                } else {
                    broken = true
                }
            case let .curve(c1, c2, p):
                if c1.x.isFinite && c1.y.isFinite && c2.x.isFinite && c2.y.isFinite && p.x.isFinite && p.y.isFinite {
                    if broken {
                        cairo_move_to(cr, p.x + offset.x, p.y + offset.y)
                    } else {
                        cairo_curve_to(cr, c1.x + offset.x, c1.y + offset.y, c2.x + offset.x, c2.y + offset.y,
                                       p.x + offset.x, p.y + offset.y)
                    }
                    broken = false
                } else {
                    broken = true
                }
            case .close:
                if !broken { cairo_close_path(cr) }
            }
        }
    }

    /// Appends `path` in device pixels with every vertex snapped to the pixel grid:
    /// `floor(v * scale + 0.5) + offset`, where `offset` is 0.5 for lines an odd number of
    /// pixels wide (centred on pixel centres) and 0 for even ones (centred on pixel edges),
    /// matplotlib's `PathSnapper` rule. The context's matrix must be the identity.
    static func appendSnapped(_ path: Path, scale: Double, offset: Double, to cr: OpaquePointer) {
        func snap(_ v: Double) -> Double { (v * scale + 0.5).rounded(.down) + offset }
        var broken = true
        for element in path.elements {
            switch element {
            case .move(let p), .line(let p):
                guard p.x.isFinite && p.y.isFinite else { broken = true; continue }
                if broken || isMove(element) { cairo_move_to(cr, snap(p.x), snap(p.y)) } else { cairo_line_to(cr, snap(p.x), snap(p.y)) }
                broken = false
            case .curve:
                // Not reached: only rectilinear paths are snapped.
                broken = true
            case .close:
                if !broken { cairo_close_path(cr) }
            }
        }
    }

    private static func isMove(_ element: Path.Element) -> Bool {
        if case .move = element { return true }
        return false
    }

    /// Whether the path is one matplotlib snaps in its default 'auto' mode: at most 1024
    /// vertices, no curves, and every segment horizontal or vertical to within 1e-4 device
    /// pixels (`scale` is device pixels per point). Non-finite points are ignored.
    static func isRectilinear(_ path: Path, scale: Double) -> Bool {
        guard path.elements.count <= 1024 else { return false }
        let tolerance = 1e-4 / scale
        func straight(_ a: Point, _ b: Point) -> Bool {
            abs(a.x - b.x) < tolerance || abs(a.y - b.y) < tolerance
        }
        var current: Point?
        var start: Point?
        var hasSegment = false
        for element in path.elements {
            switch element {
            case .move(let p):
                current = p.x.isFinite && p.y.isFinite ? p : nil
                start = current
            case .line(let p):
                guard p.x.isFinite && p.y.isFinite else { current = nil; start = nil; continue }
                if let c = current {
                    guard straight(c, p) else { return false }
                    hasSegment = true
                } else {
                    start = p
                }
                current = p
            case .curve:
                return false
            case .close:
                if let c = current, let s = start {
                    guard straight(c, s) else { return false }
                }
                current = start
            }
        }
        return hasSegment
    }
}
