/// One directed piece of a contour or region boundary, with the region above its level on the left.
///
/// `from` and `to` are keys of the places the piece joins others: a crossing on a grid edge
/// (`2 * node` for the edge to the next column, `2 * node + 1` for the edge to the next row)
/// or a grid node on the border (`2 * nx * ny + node`). Pieces that share a key join up.
struct ContourSegment: Sendable {
    var from: Int
    var to: Int
    var start: Point
    var end: Point
}
