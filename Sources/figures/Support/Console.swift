import Foundation

/// Writes lines to standard output and standard error, flushing as it goes so that
/// progress lines appear as figures finish and interleave correctly with errors.
enum Console {
    private static let lock = NSLock()

    /// One line on standard output.
    static func line(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// One line on standard error.
    static func error(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
