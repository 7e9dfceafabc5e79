import Foundation

/// Writes a text file atomically: into a temporary file beside it, renamed into place only
/// once complete, so a failure never leaves a partial file (and an older file stays as it was).
enum TextFile {
    static func write(_ text: String, to url: URL) throws(CommandError) {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw .cannotWrite(path: url.path, reason: reason)
        }
    }
}
