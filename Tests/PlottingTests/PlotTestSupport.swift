@testable import Plotting

/// The points of a path's elements, in order (control points included).
func points(of path: Path) -> [Point] {
    path.elements.flatMap { e -> [Point] in
        switch e {
        case .move(let p), .line(let p): [p]
        case .curve(let a, let b, let p): [a, b, p]
        case .close: []
        }
    }
}

/// Whether two paths have the same elements with points within `tolerance`.
func nearlyEqual(_ a: Path, _ b: Path, tolerance: Double = 1e-9) -> Bool {
    guard a.elements.count == b.elements.count else { return false }
    for (x, y) in zip(a.elements, b.elements) {
        switch (x, y) {
        case (.move, .move), (.line, .line), (.curve, .curve), (.close, .close): break
        default: return false
        }
    }
    return zip(points(of: a), points(of: b)).allSatisfy { nearlyEqual($0, $1, tolerance: tolerance) }
}

func nearlyEqual(_ a: Point, _ b: Point, tolerance: Double = 1e-9) -> Bool {
    Swift.abs(a.x - b.x) <= tolerance && Swift.abs(a.y - b.y) <= tolerance
}

func nearlyEqual(_ a: Rect, _ b: Rect, tolerance: Double = 1e-9) -> Bool {
    nearlyEqual(a.origin, b.origin, tolerance: tolerance)
        && Swift.abs(a.width - b.width) <= tolerance && Swift.abs(a.height - b.height) <= tolerance
}
