import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers only ever see the old file or the complete new one.
///
/// Public so that the command line writes its other files (the mock star table) the same way.
public enum AtomicFile {
    /// Creates the folder if needed (unless `createsFolder` is false), writes `bytes` to a
    /// temporary file beside `url`, flushes it to disk, then renames it over `url`. The
    /// temporary file is removed on every failure.
    ///
    /// - Throws: `CairoError.outputFolderUnusable` naming the part of the folder at fault
    ///   (or saying that it does not exist, when it may not be created), or `.writeFailed`
    ///   with the system's reason; an earlier file at `url` is then unchanged.
    public static func write(_ bytes: [UInt8], to url: URL, createsFolder: Bool = true) throws(CairoError) {
        let folder = url.deletingLastPathComponent()
        if createsFolder {
            try prepareFolder(folder)
        } else {
            var info = stat()
            guard stat(folder.path, &info) == 0 else {
                throw CairoError.outputFolderUnusable(path: folder.path, reason: "it does not exist")
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw CairoError.outputFolderUnusable(path: folder.path, reason: "it is a file, not a folder")
            }
        }
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

    /// Makes sure `folder` exists and is a folder, creating it and its missing parents.
    ///
    /// Works part by part with the system calls, so that the message names the part at
    /// fault: a parent that is a file, or the folder that could not be made and why.
    private static func prepareFolder(_ folder: URL) throws(CairoError) {
        let path = folder.path
        var missing: [String] = []
        var existing = path
        var info = stat()
        // Walk up to the deepest part that exists (ENOTDIR: some parent is a file; found below).
        while stat(existing, &info) != 0 {
            let code = errno
            guard code == ENOENT || code == ENOTDIR else {
                throw CairoError.outputFolderUnusable(
                    path: path, reason: "\(existing) cannot be examined (\(String(cString: strerror(code))))")
            }
            missing.append(existing)
            let parent = (existing as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != existing else { break }
            existing = parent
        }
        if missing.last != existing && (info.st_mode & S_IFMT) != S_IFDIR {
            throw CairoError.outputFolderUnusable(
                path: path, reason: existing == path ? "it is a file, not a folder" : "\(existing) is a file, not a folder")
        }
        for part in missing.reversed() where mkdir(part, 0o755) != 0 {
            let code = errno
            if code == EEXIST, stat(part, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
            throw CairoError.outputFolderUnusable(
                path: path, reason: "it cannot be created (creating \(part) failed: \(String(cString: strerror(code))))")
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
