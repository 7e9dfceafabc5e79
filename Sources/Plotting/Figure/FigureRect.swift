/// A rectangle in figure fractions with matplotlib's convention: `left`, `bottom`
/// from the lower-left corner of the figure, y upwards.
public struct FigureRect: Sendable, Hashable {
    public var left: Double
    public var bottom: Double
    public var width: Double
    public var height: Double

    public init(left: Double, bottom: Double, width: Double, height: Double) {
        self.left = left
        self.bottom = bottom
        self.width = width
        self.height = height
    }
}
