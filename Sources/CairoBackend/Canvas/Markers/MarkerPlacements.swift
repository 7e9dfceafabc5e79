import Plotting

/// Where each marker's stamp lands in the layer and which stamp it is, in input order;
/// markers wholly outside, and markers whose paint draws nothing, are dropped.
struct Placements {
    var x: [Int32] = []
    var y: [Int32] = []
    /// The atlas slot of each marker's stamp: paint × phases² + phase.
    var slot: [Int32] = []
    var usesSlot: [Bool]
    var count: Int { x.count }

    /// - Parameters:
    ///   - snapsToPixelCentres: put each centre on the centre of the pixel nearest to it, as
    ///     matplotlib's Agg `draw_markers` does (`MarkerStamper.snappedCentre`), instead of
    ///     rounding it to the nearest quarter pixel.
    ///   - paintIndices: each marker's paint (all paint 0 when nil).
    ///   - painted: whether each marker's paint draws anything (all when nil).
    init(_ positions: [Point], scale: Double, shape: StampShape, layer: (x: Int, y: Int, width: Int, height: Int),
         snapsToPixelCentres: Bool = false, paintIndices: [Int]? = nil, paintCount: Int = 1, painted: [Bool]? = nil) {
        let phaseCount = MarkerStamper.phases * MarkerStamper.phases
        usesSlot = [Bool](repeating: false, count: Swift.max(1, paintCount) * phaseCount)
        x.reserveCapacity(positions.count)
        y.reserveCapacity(positions.count)
        slot.reserveCapacity(positions.count)
        let q = Double(MarkerStamper.phases)
        // A stamp touches the layer only if its whole-pixel origin lies in these ranges;
        // checking in Double first keeps far-away or non-finite points from reaching Int().
        let minX = Double(layer.x - shape.left - shape.width), maxX = Double(layer.x + layer.width - shape.left)
        let minY = Double(layer.y - shape.top - shape.height), maxY = Double(layer.y + layer.height - shape.top)
        for (i, p) in positions.enumerated() {
            if let painted, !painted[i] { continue }
            let qx: Double, qy: Double
            if snapsToPixelCentres {
                qx = MarkerStamper.snappedCentre(p.x * scale) * q
                qy = MarkerStamper.snappedCentre(p.y * scale) * q
            } else {
                qx = (p.x * scale * q + 0.5).rounded(.down)
                qy = (p.y * scale * q + 0.5).rounded(.down)
            }
            let px = (qx / q).rounded(.down), py = (qy / q).rounded(.down)
            guard px > minX, px < maxX, py > minY, py < maxY else { continue }
            let ph = Int(qx - px * q) + MarkerStamper.phases * Int(qy - py * q)
            x.append(Int32(Int(px) + shape.left - layer.x))
            y.append(Int32(Int(py) + shape.top - layer.y))
            let s = (paintIndices?[i] ?? 0) * phaseCount + ph
            slot.append(Int32(s))
            usesSlot[s] = true
        }
    }
}
