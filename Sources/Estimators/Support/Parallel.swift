import Dispatch

/// Fixed-partition parallel loops: the work is split the same way on every
/// run and every machine, and each part writes only its own slots, so results
/// never depend on thread timing.
///
/// This is the one place the estimators hand work to threads. Rows cut into
/// chunks of a fixed size go through `FixedChunks`, which runs on `forEach`;
/// a fixed number of independent tasks (k-means++ trials, scikit-learn's two
/// static halves) call `forEach` directly. `Plotting` has its own small
/// equivalent (`ParallelChunks`): the two modules do not depend on each other.
enum Parallel {
    /// Runs `body(part)` for every `part` in `0..<parts`, concurrently when there is more than one.
    ///
    /// `body` must write only memory that belongs to its part; callers reduce
    /// the per-part results afterwards in part order.
    static func forEach(_ parts: Int, _ body: (Int) -> Void) {
        if parts <= 0 { return }
        if parts == 1 {
            body(0)
            return
        }
        // concurrentPerform wants a Sendable closure; the contract above (disjoint writes,
        // reduction afterwards) is what makes sharing `body` across its threads safe.
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendableBox(body)
            DispatchQueue.concurrentPerform(iterations: parts) { part in shared.value(part) }
        }
    }

    /// The half-open range of `part` when `count` items are cut into `parts`
    /// contiguous pieces the way OpenMP's static schedule does (the first
    /// `count % parts` pieces are one longer).
    static func staticRange(_ part: Int, of count: Int, parts: Int) -> Range<Int> {
        let q = count / parts
        let r = count % parts
        let start = part * q + min(part, r)
        return start..<(start + q + (part < r ? 1 : 0))
    }
}

/// Carries a value across a concurrency boundary whose safety the caller guarantees.
private struct UncheckedSendableBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
