import CCairo
import Plotting

/// The stamps of every paint and phase side by side: `pixels` holds `slots × width × height`
/// premultiplied ARGB values (slot = paint × phases² + phase), `spans` the first and
/// past-the-last inked column of each row.
struct StampAtlas {
    let width: Int
    let height: Int
    var pixels: [UInt32]
    var spans: [Int32]

    init(width: Int, height: Int, slots: Int) {
        self.width = width
        self.height = height
        pixels = [UInt32](repeating: 0, count: slots * width * height)
        spans = [Int32](repeating: 0, count: slots * height * 2)
    }

    mutating func add(_ stamp: Stamp, slot: Int) {
        let size = width * height
        pixels.replaceSubrange((slot * size)..<((slot + 1) * size), with: stamp.pixels)
        for (r, span) in stamp.spans.enumerated() {
            spans[(slot * height + r) * 2] = span.lowerBound
            spans[(slot * height + r) * 2 + 1] = span.upperBound
        }
    }
}
