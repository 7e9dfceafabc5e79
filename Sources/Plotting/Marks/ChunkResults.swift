/// One slot per parallel chunk, written by that chunk's worker only.
///
/// `DispatchQueue.concurrentPerform` workers must not mutate a shared Swift array
/// (its copy-on-write check races), so results go into separately owned slots.
final class ChunkResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T>
    let count: Int

    init(count: Int, initial: T) {
        self.count = count
        slots = .allocate(capacity: Swift.max(count, 1))
        slots.initialize(repeating: initial, count: Swift.max(count, 1))
    }

    subscript(i: Int) -> T {
        get { slots[i] }
        set { slots[i] = newValue }
    }

    deinit {
        slots.deinitialize(count: Swift.max(count, 1))
        slots.deallocate()
    }
}
