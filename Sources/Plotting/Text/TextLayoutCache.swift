import Foundation

/// Remembers laid-out labels by string and font, so tick labels that repeat across
/// panels and redraws are measured once.
///
/// Owned by whoever renders (one per figure render, say): there is no shared global
/// cache. Entries are keyed by the canvas type too, because different backends measure
/// differently; a canvas type must measure the same way for the cache's lifetime (true
/// of the Cairo canvas, which pins its fonts). Safe to use from several threads.
public final class TextLayoutCache: @unchecked Sendable {
    private struct Key: Hashable {
        let string: String
        let font: Font
        let lineAlignment: TextPlacement.Horizontal
        let canvasType: ObjectIdentifier
    }

    private let lock = NSLock()
    private var entries: [Key: TextLayout] = [:]
    /// The most entries kept; the cache empties itself when it would grow past this.
    public let capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = max(1, capacity)
    }

    /// The layout of `string` in `font`, measured with `canvas` the first time it is asked for.
    public func layout<C: Canvas>(_ string: String, font: Font, canvas: C,
                                  lineAlignment: TextPlacement.Horizontal = .left) -> TextLayout {
        let key = Key(string: string, font: font, lineAlignment: lineAlignment, canvasType: ObjectIdentifier(C.self))
        lock.lock()
        if let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let made = TextLayout(string, font: font, measuringWith: canvas, lineAlignment: lineAlignment)
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = made
        lock.unlock()
        return made
    }

    /// How many layouts are stored.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
