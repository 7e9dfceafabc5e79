import CairoBackend
import Foundation

/// Writes a text file atomically: into a temporary file beside it, renamed into place only
/// once complete, so a failure never leaves a partial file (and an older file stays as it was).
enum TextFile {
    /// - Throws: `CairoError` naming the part of the path at fault and the system's reason.
    static func write(_ text: String, to url: URL) throws(CairoError) {
        try AtomicFile.write(Array(text.utf8), to: url)
    }
}
