/// The file formats a page can be written as.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// A raster of `pageSize × dpi / 72` pixels with the dpi recorded; RGB when the background is opaque.
    case png
    /// One page sized in points, text as embedded TrueType subsets, byte-identical between runs.
    case pdf
    /// A document sized in points, glyphs as outlines.
    case svg

    /// The format a file name's extension names (`png`, `pdf`, `svg`, any case), if any.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }

    /// The file extension for the format.
    public var pathExtension: String { rawValue }
}
