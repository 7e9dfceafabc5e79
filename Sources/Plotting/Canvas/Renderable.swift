/// Anything a backend can turn into a page: a figure, or a bare drawing in tests.
///
/// A backend sizes its surface from `pageSize` (points) and `dpi`, then calls
/// `render(on:)` once.
public protocol Renderable {
    /// Page size in points (72 per inch).
    var pageSize: Size { get }
    /// Pixels per inch: the PNG resolution, and the resolution of rasterised layers in vector output.
    var dpi: Double { get }
    /// The colour the page is cleared to before drawing (white for figures).
    var background: Color { get }
    /// Draws the whole page.
    func render(on canvas: inout some Canvas)
}
