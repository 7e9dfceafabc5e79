import Foundation

/// The process's peak resident memory, and a way to restart its count so that each workload's
/// peak can be read on its own.
///
/// Linux keeps the high-water mark of resident memory as `VmHWM` in `/proc/self/status`;
/// writing `5` to `/proc/self/clear_refs` (Linux 4.0 and later) sets it back to the current
/// resident size. Where either is missing, the peak falls back to `getrusage`'s `ru_maxrss`,
/// which counts from process start and cannot be reset (`canReset` is then false).
enum PeakMemory {
    /// The peak resident set size in bytes since the process started or the last `reset()`;
    /// nil if neither `/proc/self/status` nor `getrusage` answers.
    static func peakBytes() -> Int? {
        if let kib = statusField("VmHWM") { return kib * 1024 }
        var usage = rusage()
        guard getrusage(Stopwatch.selfUsage, &usage) == 0 else { return nil }
        #if os(Linux)
        return Int(usage.ru_maxrss) * 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }

    /// The resident set size in bytes now, if `/proc/self/status` is readable.
    static func currentBytes() -> Int? {
        statusField("VmRSS").map { $0 * 1024 }
    }

    /// Restarts the peak count from the current resident size; returns false where the
    /// system offers no way to do so (the peak then keeps counting from process start).
    ///
    /// Freed heap memory is handed back to the system first (glibc's `malloc_trim`, looked up
    /// at run time), or an earlier workload's freed buffers would count as resident in the next.
    @discardableResult
    static func reset() -> Bool {
        releaseFreedHeap()
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// A `Name:   1234 kB` field of `/proc/self/status`, in KiB.
    private static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter { $0.isNumber }
            return Int(digits)
        }
        return nil
    }

    /// glibc's `malloc_trim(0)`, where the C library has it (it is not in Swift's Glibc module).
    private static func releaseFreedHeap() {
        #if os(Linux)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
