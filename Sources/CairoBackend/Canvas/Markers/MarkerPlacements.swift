import Plotting

/// Where each marker's stamp lands in the layer, in input order; markers wholly outside are dropped.
struct Placements {
    var x: [Int32] = []
    var y: [Int32] = []
    var phase: [UInt8] = []
    var usesPhase = [Bool](repeating: false, count: MarkerStamper.phases * MarkerStamper.phases)
    var count: Int { x.count }

    init(_ positions: [Point], scale: Double, shape: StampShape, layer: (x: Int, y: Int, width: Int, height: Int)) {
        x.reserveCapacity(positions.count)
        y.reserveCapacity(positions.count)
        phase.reserveCapacity(positions.count)
        let q = Double(MarkerStamper.phases)
        // A stamp touches the layer only if its whole-pixel origin lies in these ranges;
        // checking in Double first keeps far-away or non-finite points from reaching Int().
        let minX = Double(layer.x - shape.left - shape.width), maxX = Double(layer.x + layer.width - shape.left)
        let minY = Double(layer.y - shape.top - shape.height), maxY = Double(layer.y + layer.height - shape.top)
        for p in positions {
            let qx = (p.x * scale * q + 0.5).rounded(.down), qy = (p.y * scale * q + 0.5).rounded(.down)
            let px = (qx / q).rounded(.down), py = (qy / q).rounded(.down)
            guard px > minX, px < maxX, py > minY, py < maxY else { continue }
            let ph = Int(qx - px * q) + MarkerStamper.phases * Int(qy - py * q)
            x.append(Int32(Int(px) + shape.left - layer.x))
            y.append(Int32(Int(py) + shape.top - layer.y))
            phase.append(UInt8(ph))
            usesPhase[ph] = true
        }
    }
}
