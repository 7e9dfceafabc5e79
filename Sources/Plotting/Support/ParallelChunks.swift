import Foundation

/// Runs independent pieces of work on all cores and returns their results in piece order.
///
/// The number of pieces is chosen by the caller from the size of the work, never from the
/// number of threads, and results are gathered by index: the output does not depend on
/// thread timing, so the same input always gives the same bytes.
///
/// This is the one place `Plotting` hands work to threads. `Estimators` has its own
/// small equivalent (`Parallel`, `FixedChunks`): the two modules do not depend on
/// each other, and a shared module for a few lines would cost more than it saves.
enum ParallelChunks {
    /// `body(0) ..< body(count)`, computed concurrently, returned in index order.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        let slots = ResultSlots<T>(count)
        defer { slots.release() }
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.store(body(i), at: i) }
        return slots.collect()
    }

    /// Runs `body(0) ..< body(count)` concurrently, for work in which each index writes
    /// only memory it owns (the caller's guarantee); one index runs on the calling thread.
    static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }

    /// Splits `0..<total` into `pieces` contiguous ranges of nearly equal length (the first ones one longer).
    static func ranges(_ total: Int, pieces: Int) -> [Range<Int>] {
        guard total > 0 else { return [] }
        let n = max(1, min(pieces, total))
        let base = total / n, extra = total % n
        var out: [Range<Int>] = []
        out.reserveCapacity(n)
        var start = 0
        for i in 0..<n {
            let length = base + (i < extra ? 1 : 0)
            out.append(start..<(start + length))
            start += length
        }
        return out
    }
}

/// One result slot per piece: each piece writes only its own slot, so no two threads share memory.
private final class ResultSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    private let count: Int

    init(_ count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T>.allocate(capacity: count)
    }

    func store(_ value: T, at i: Int) { (base + i).initialize(to: value) }

    /// Moves the results out; call once, after every slot was stored.
    func collect() -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append((base + i).move()) }
        return out
    }

    func release() { base.deallocate() }
}
