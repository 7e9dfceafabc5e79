import CCairo
import Plotting

/// The stamps of every phase side by side: `pixels` holds `phases² × width × height`
/// premultiplied ARGB values, `spans` the first and past-the-last inked column of each row.
struct StampAtlas {
    let width: Int
    let height: Int
    var pixels: [UInt32]
    var spans: [Int32]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        let count = MarkerStamper.phases * MarkerStamper.phases
        pixels = [UInt32](repeating: 0, count: count * width * height)
        spans = [Int32](repeating: 0, count: count * height * 2)
    }

    mutating func add(_ stamp: Stamp, phase: Int) {
        let size = width * height
        pixels.replaceSubrange((phase * size)..<((phase + 1) * size), with: stamp.pixels)
        for (r, span) in stamp.spans.enumerated() {
            spans[(phase * height + r) * 2] = span.lowerBound
            spans[(phase * height + r) * 2 + 1] = span.upperBound
        }
    }
}
