/// How a single run of text is painted: font, colour and rotation about its origin.
public struct TextStyle: Sendable, Hashable {
    public var font: Font
    public var color: Color
    /// Counter-clockwise rotation in degrees about the run's origin (90 for a y-axis label).
    public var rotation: Double

    public init(font: Font, color: Color = .black, rotation: Double = 0) {
        self.font = font
        self.color = color
        self.rotation = rotation
    }
}
