import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes lines to standard output and standard error, flushing as it goes so that
/// progress lines appear as figures finish and interleave correctly with errors.
///
/// Writes go straight to the file descriptors: Foundation's `FileHandle.write(_:)` traps
/// when a write fails (a full disk behind `> file`). A failed write to standard output is
/// remembered instead, later output to it is dropped, and `Figures.run(arguments:)` turns
/// it into an error and exit status 1 at the end.
enum Console {
    private static let lock = NSLock()
    /// The first failed write to standard output, guarded by `lock`.
    nonisolated(unsafe) private static var standardOutputFailure: String?

    /// One line on standard output.
    static func line(_ text: String) {
        output(text + "\n")
    }

    /// Text on standard output, as it is.
    static func output(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard standardOutputFailure == nil else { return }
        if let reason = write(text, to: STDOUT_FILENO) {
            standardOutputFailure = "cannot write to standard output: \(reason)"
        }
    }

    /// One line on standard error (a failure there has nowhere to be reported).
    static func error(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        _ = write(text + "\n", to: STDERR_FILENO)
    }

    /// Why standard output could not be written, if it could not.
    static var outputFailure: String? {
        lock.lock()
        defer { lock.unlock() }
        return standardOutputFailure
    }

    /// Writes all of `text`, retrying interrupted and partial writes; the system's reason on failure.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                written += count
            }
            return nil
        }
    }
}
