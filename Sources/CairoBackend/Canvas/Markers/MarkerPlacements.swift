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

    /// The part of a `width` x `height` layer that the stamps cover, after which every
    /// placement is relative to that part's origin.
    mutating func shrinkLayer(width: Int, height: Int, stampWidth: Int, stampHeight: Int)
        -> (x: Int, y: Int, width: Int, height: Int) {
        guard let minX = x.min(), let maxX = x.max(), let minY = y.min(), let maxY = y.max() else {
            return (0, 0, 0, 0)
        }
        let x0 = max(0, Int(minX)), y0 = max(0, Int(minY))
        let x1 = min(width, Int(maxX) + stampWidth), y1 = min(height, Int(maxY) + stampHeight)
        guard x1 > x0, y1 > y0 else { return (0, 0, 0, 0) }
        if x0 > 0 || y0 > 0 {
            let dx = Int32(x0), dy = Int32(y0)
            for k in x.indices {
                x[k] -= dx
                y[k] -= dy
            }
        }
        return (x0, y0, x1 - x0, y1 - y0)
    }
}
