import Foundation

/// The optical-depth sums of a one-colour aggregated scatter, for many more points than pixels.
///
/// Every point's footprint depends only on the pixel it falls in and its sub-pixel phase, so
/// the points are first counted per (pixel, phase) and each non-zero count then adds
/// `count × depth` over its footprint: the same integer sums as adding every point's
/// footprint in turn (`rasterize`'s direct loop), so the image is identical, at a cost set by
/// the pixels a scatter covers rather than by its points. Counting runs over fixed chunks of
/// points and splatting over fixed bands of grid rows, each into its own grid, summed in
/// chunk order: integer sums, so the result never depends on thread timing.
extension PointDensity {
    func binnedDepth(_ context: AxesContext, kernels: Footprint, table: [UInt32], scale s: Double,
                     origin: (Double, Double), width: Int, height: Int) -> [UInt64] {
        let (px0, py0) = origin
        let t = context.transform
        let xs = scatter.x, ys = scatter.y
        let n = xs.count
        let radius = kernels.radius, side = kernels.side
        let phaseCount = Footprint.phases
        let phaseCells = phaseCount * phaseCount
        let cells = side * side
        // Points within `radius + 1` pixels of the image can reach it (the direct loop's test).
        let pad = radius + 1
        let gridWidth = width + 2 * pad, gridHeight = height + 2 * pad
        let gridCount = gridWidth * gridHeight * phaseCells
        let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)

        // 1. Counts per grid pixel and phase, a grid per chunk of points.
        let pointChunks = Self.pointChunks(n)
        let countGrids = ParallelChunks.map(pointChunks.count) { c -> [UInt32] in
            var counts = [UInt32](repeating: 0, count: gridCount)
            let limitLow = -Double(radius) - 1
            let limitX = Double(width + radius + 1), limitY = Double(height + radius + 1)
            let phases = Double(phaseCount)
            counts.withUnsafeMutableBufferPointer { cp in
            xs.withUnsafeBufferPointer { xp in
            ys.withUnsafeBufferPointer { yp in
                for i in pointChunks[c] {
                    let fx = t.canvasX(xp[i]) * s - px0, fy = t.canvasY(yp[i]) * s - py0
                    guard fx > limitLow, fy > limitLow, fx < limitX, fy < limitY else { continue }  // also drops NaN
                    let fxf = fx.rounded(.down), fyf = fy.rounded(.down)
                    let phase = Swift.min(phaseCount - 1, Int((fx - fxf) * phases)) * phaseCount
                        + Swift.min(phaseCount - 1, Int((fy - fyf) * phases))
                    let gx = Int(fxf) + pad, gy = Int(fyf) + pad
                    cp[(gy * gridWidth + gx) * phaseCells + phase] &+= 1
                }
            }
            }
            }
            return counts
        }
        let counts = Self.wrappingSum(countGrids, count: gridCount)

        // 2. Each non-zero count adds count × depth over its footprint, a depth grid per band of rows.
        let bands = ParallelChunks.ranges(gridHeight, pieces: cores)
        let depthGrids = ParallelChunks.map(bands.count) { band -> [UInt64] in
            var depth = [UInt64](repeating: 0, count: width * height)
            depth.withUnsafeMutableBufferPointer { dp in
            counts.withUnsafeBufferPointer { cp in
            table.withUnsafeBufferPointer { tp in
                for gy in bands[band] {
                    for gx in 0..<gridWidth {
                        let base = (gy * gridWidth + gx) * phaseCells
                        for phase in 0..<phaseCells {
                            let count = cp[base + phase]
                            if count == 0 { continue }
                            let q = UInt64(count)
                            let ix = gx - pad, iy = gy - pad
                            var j = phase * cells
                            for dy in 0..<side {
                                let py = iy - radius + dy
                                if py < 0 || py >= height { j += side; continue }
                                let row = py * width
                                for dx in 0..<side {
                                    let w = tp[j]
                                    j += 1
                                    if w == 0 { continue }
                                    let px = ix - radius + dx
                                    if px < 0 || px >= width { continue }
                                    dp[row + px] &+= q &* UInt64(w)
                                }
                            }
                        }
                    }
                }
            }
            }
            }
            return depth
        }
        return Self.wrappingSum(depthGrids, count: width * height)
    }
}
