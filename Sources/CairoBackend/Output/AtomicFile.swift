import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers only ever see the old file or the complete new one.
enum AtomicFile {
    /// Creates the folder if needed, writes `bytes` to a temporary file beside `url`,
    /// flushes it to disk, then renames it over `url`. The temporary file is removed on
    /// every failure.
    static func write(_ bytes: [UInt8], to url: URL) throws(CairoError) {
        let folder = url.deletingLastPathComponent()
        try prepareFolder(folder)
        let target = url.path
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CairoError.outputFolderUnusable(path: folder.path, reason: "cannot create a file in it (\(errorText()))")
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count, let base = buffer.baseAddress {
                let n = Glibc.write(fd, base + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = "writing failed (\(errorText()))"
                    return
                }
                written += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = "flushing to disk failed (\(errorText()))" }
        if close(fd) != 0, failure == nil { failure = "closing failed (\(errorText()))" }
        if failure == nil, rename(temporary, target) != 0 { failure = "replacing the file failed (\(errorText()))" }
        if let failure {
            unlink(temporary)
            throw CairoError.writeFailed(path: target, reason: failure)
        }
    }

    /// Makes sure `folder` exists and is a folder.
    private static func prepareFolder(_ folder: URL) throws(CairoError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CairoError.outputFolderUnusable(path: folder.path, reason: "it is a file, not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CairoError.outputFolderUnusable(path: folder.path, reason: "it cannot be created (\(describe(error)))")
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    /// The POSIX reason inside a Foundation error when there is one ("Permission denied").
    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
