import CairoBackend
import Foundation

/// Writes a text file atomically: into a temporary file beside it, renamed into place only
/// once complete, so a failure never leaves a partial file (and an older file stays as it was).
/// The folder must exist.
enum TextFile {
    /// - Throws: `CommandError.cannotWrite` with the part of the path at fault and the system's reason.
    static func write(_ text: String, to url: URL) throws(CommandError) {
        do throws(CairoError) {
            try AtomicFile.write(Array(text.utf8), to: url, createsFolder: false)
        } catch {
            switch error {
            case let .outputFolderUnusable(folder, reason):
                throw .cannotWrite(path: url.path, reason: "its folder \(folder): \(reason)")
            case let .writeFailed(_, reason):
                throw .cannotWrite(path: url.path, reason: reason)
            default:
                throw .cannotWrite(path: url.path, reason: error.description)
            }
        }
    }
}
