import Foundation

/// A marker's pixel coverage at each of `phases x phases` sub-pixel offsets.
struct Footprint: Sendable {
    static let phases = 4
    /// Footprints wider than this many pixels from the centre are not aggregated:
    /// such markers are better drawn as vectors (see `PointDensity.rasterize`).
    static let maxRadius = 32
    static let supersampling = 8

    /// Kernel cells from the centre pixel to the edge.
    let radius: Int
    var side: Int { 2 * radius + 1 }
    /// Coverage 0...1 of each kernel cell, row-major, one table per phase (x phase major).
    let coverage: [[Double]]

    /// Fixed-point optical depth of each cell for one opacity, all phases in one flat table.
    func flatDepthTable(opacity: Double) -> [UInt32] {
        var table = [UInt32](repeating: 0, count: coverage.count * side * side)
        table.withUnsafeMutableBufferPointer { buffer in
            for phase in coverage.indices {
                let cells = side * side
                depth(phase: phase, opacity: opacity,
                      into: UnsafeMutableBufferPointer(rebasing: buffer[(phase * cells)..<((phase + 1) * cells)]))
            }
        }
        return table
    }

    /// Writes the fixed-point optical depth `-log(1 - a w)` of each cell of one phase.
    func depth(phase: Int, opacity: Double, into out: UnsafeMutableBufferPointer<UInt32>) {
        let a = opacity.isFinite ? Swift.max(0, Swift.min(1, opacity)) : 0
        let cov = coverage[phase]
        for j in 0..<Swift.min(out.count, cov.count) {
            let o = Swift.min(a * cov[j], PointDensity.maxSingleOpacity)
            out[j] = o <= 0 ? 0 : UInt32((-Foundation.log1p(-o) * PointDensity.depthUnit).rounded())
        }
    }

    /// Footprints of a marker of `size` points (plus an outline of `edgeWidth`) at `pixelsPerPoint`.
    /// The pixel radius of a marker's footprint, without computing it.
    static func radius(size: Double, edgeWidth: Double, pixelsPerPoint: Double) -> Double {
        // The diamond reaches furthest: size / sqrt(2) plus its outline.
        (size * 0.7072 + edgeWidth) * pixelsPerPoint
    }

    static func kernels(shape: MarkerShape, size: Double, edgeWidth: Double, pixelsPerPoint: Double) -> Footprint {
        let half = 0.5 * size * pixelsPerPoint           // marker half-size in pixels
        let pad = 0.5 * edgeWidth * pixelsPerPoint        // outline half-width in pixels
        let inside: (Double, Double) -> Bool
        let extent: Double
        switch shape {
        case .circle, .point:
            let r = (shape == .point ? 0.5 * half : half) + pad
            inside = { x, y in x * x + y * y <= r * r }
            extent = r
        case .square:
            let h = half + pad
            inside = { x, y in Swift.abs(x) <= h && Swift.abs(y) <= h }
            extent = h
        case .diamond:
            let r = size * 0.7071067811865476 * pixelsPerPoint + pad * 1.4142135623730951
            inside = { x, y in Swift.abs(x) + Swift.abs(y) <= r }
            extent = r
        case .triangleUp, .triangleDown:
            let h = half + pad
            let flip: Double = shape == .triangleUp ? 1 : -1
            // Apex at (0, -h) on screen for an upward triangle, base at y = +h.
            inside = { x, y in
                let yy = y * flip
                return yy <= h && yy >= -h && Swift.abs(x) <= (yy + h) / 2
            }
            extent = h
        case .x, .plus:
            let h = half + pad
            let w = Swift.max(pad, 0.5 * pixelsPerPoint * 0.75)
            if shape == .plus {
                inside = { x, y in (Swift.abs(y) <= w && Swift.abs(x) <= h) || (Swift.abs(x) <= w && Swift.abs(y) <= h) }
            } else {
                let w2 = w * 1.4142135623730951
                inside = { x, y in Swift.max(Swift.abs(x), Swift.abs(y)) <= h && (Swift.abs(x - y) <= w2 || Swift.abs(x + y) <= w2) }
            }
            extent = h
        }
        // A footprint reaching `extent` pixels from a point anywhere in its pixel spans
        // at most ceil(extent) pixels on either side.
        let radius = extent.isFinite ? Swift.max(0, Int(Swift.min(extent, Double(maxRadius)).rounded(.up))) : 0
        let side = 2 * radius + 1
        let ss = supersampling
        var tables: [[Double]] = []
        for px in 0..<phases {
            for py in 0..<phases {
                // The point sits at (phase + 0.5) / phases inside the centre pixel.
                let cx = (Double(px) + 0.5) / Double(phases), cy = (Double(py) + 0.5) / Double(phases)
                var cells = [Double](repeating: 0, count: side * side)
                for dy in 0..<side {
                    for dx in 0..<side {
                        var hits = 0
                        for sy in 0..<ss {
                            for sx in 0..<ss {
                                let x = Double(dx - radius) + (Double(sx) + 0.5) / Double(ss) - cx
                                let y = Double(dy - radius) + (Double(sy) + 0.5) / Double(ss) - cy
                                if inside(x, y) { hits += 1 }
                            }
                        }
                        cells[dy * side + dx] = Double(hits) / Double(ss * ss)
                    }
                }
                tables.append(cells)
            }
        }
        return Footprint(radius: radius, coverage: tables)
    }
}
