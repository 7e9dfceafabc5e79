/// A font request: DejaVu Sans in one of its faces, at a size in points.
///
/// The backend maps each face to a named DejaVu file, so text looks the same on
/// every machine that has the font.
public struct Font: Sendable, Hashable {
    /// The faces the figures use: upright text, italic math variables, bold titles.
    public enum Face: Sendable, Hashable, CaseIterable {
        case regular
        case oblique
        case bold
        case boldOblique
    }

    public var face: Face
    public var size: Double

    public init(size: Double, face: Face = .regular) {
        self.size = size
        self.face = face
    }
}
