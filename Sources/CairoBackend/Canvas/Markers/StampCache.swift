import Plotting

/// The stamps a canvas has already rendered, by marker outline and styles, so that a scatter
/// drawn one marker at a time (per-point colours: seaborn's hue) renders each colour's 16
/// phase images once rather than once a marker.
///
/// A stamp depends only on the outline, the styles and the device scale (fixed for a
/// canvas), never on the canvas's clip or transform, so a cached stamp is the very image
/// a fresh one would be and the output does not change. At most `capacity` markers are kept;
/// a canvas that draws more distinct ones (a colour map over thousands of points) starts over.
final class StampCache {
    /// What a stamp depends on besides the phase.
    struct Key: Hashable {
        let marker: Path
        let fill: FillStyle?
        let stroke: StrokeStyle?
    }

    /// A marker's measured shape (nil: it paints nothing) and the phases rendered so far.
    struct Entry {
        let shape: StampShape?
        var atlas: StampAtlas?
        var rendered = [Bool](repeating: false, count: MarkerStamper.phases * MarkerStamper.phases)
    }

    /// Distinct markers kept at once.
    static let capacity = 256

    private var entries: [Key: Entry] = [:]

    /// The marker's shape, measured on first use.
    func shape(_ key: Key, scale: Double) throws(CairoError) -> StampShape? {
        if let entry = entries[key] { return entry.shape }
        let shape = try StampShape(key.marker, scale: scale, fill: key.fill, stroke: key.stroke)
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = Entry(shape: shape)
        return shape
    }

    /// The atlas of `shape` holding at least the phases `needed` marks, rendering the missing ones.
    func atlas(_ key: Key, shape: StampShape, phases needed: [Bool], state: CanvasState) throws(CairoError) -> StampAtlas {
        var entry = entries[key] ?? Entry(shape: shape)
        var atlas = entry.atlas ?? StampAtlas(width: shape.width, height: shape.height)
        entry.atlas = nil  // keep the atlas uniquely referenced while phases are added
        for phase in needed.indices where needed[phase] && !entry.rendered[phase] {
            atlas.add(try Stamp(shape, phase: phase, state: state), phase: phase)
            entry.rendered[phase] = true
        }
        entry.atlas = atlas
        if entries[key] == nil, entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
        return atlas
    }
}
