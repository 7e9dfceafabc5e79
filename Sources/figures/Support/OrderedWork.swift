import Dispatch
import Foundation

/// Runs one job an item on both cores and reports the results in the items' order.
///
/// Jobs run concurrently (`DispatchQueue.concurrentPerform`, which hands out items as
/// threads come free); as soon as item `i` and every item before it have finished, their
/// results are passed to `report`, in order, on whichever thread finished last. So
/// progress appears as early as the order allows, and the printed order never depends
/// on thread timing.
enum OrderedWork {
    static func run<Result>(count: Int, _ job: @Sendable (Int) -> Result,
                            report: @Sendable (Int, Result) -> Void) -> [Result] {
        let state = OrderedResults<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let result = job(i)
            state.finish(i, result, report: report)
        }
        return state.results()
    }
}

/// Results filled in by index from several threads, flushed to a reporter in index order.
private final class OrderedResults<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]
    private var nextToReport = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func finish(_ index: Int, _ result: Result, report: (Int, Result) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
        while nextToReport < slots.count, let ready = slots[nextToReport] {
            report(nextToReport, ready)
            nextToReport += 1
        }
    }

    func results() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
