/// The numerical core of k-means (scikit-learn's `_kmeans_single_lloyd` and
/// its Cython kernels) on centred, row-major data with unit sample weights.
///
/// Labels are computed in parallel over fixed blocks. Sums are formed in the
/// order scikit-learn forms them on a two-thread machine: the 256-sample
/// chunks are split into two contiguous halves (OpenMP's static schedule),
/// each half is summed in sample order, and the halves are added. So the
/// result never depends on thread timing, and it rounds like scikit-learn.
struct LloydEngine: Sendable {
    /// Centred samples, row-major.
    let x: [Double]
    let rows: Int
    let columns: Int
    let clusters: Int

    /// Samples per block of the parallel labelling pass.
    static let labelBlock = 8192
    /// scikit-learn's `CHUNK_SIZE`, which fixes how its sums are split between threads.
    static let sklearnChunk = 256

    /// One finished k-means run in centred coordinates.
    struct Run: Sendable {
        var centers: [Double]
        var labels: [Int32]
        var inertia: Double
        var iterations: Int
    }

    /// Lloyd iterations from `initialCenters` until strict convergence, a centre
    /// shift within `tolerance`, or `maxIterations`.
    func run(initialCenters: [Double], maxIterations: Int, tolerance: Double) -> Run {
        var centers = initialCenters
        var newCenters = [Double](repeating: 0, count: clusters * columns)
        var labels = [Int32](repeating: -1, count: rows)
        var oldLabels = labels
        var shifts = [Double](repeating: 0, count: clusters)
        var strictConvergence = false
        var iteration = 0
        for i in 0..<maxIterations {
            iteration = i
            step(from: centers, to: &newCenters, labels: &labels, shifts: &shifts)
            swap(&centers, &newCenters)
            if labels == oldLabels {
                strictConvergence = true
                break
            }
            let totalShift = NumpySum.pairwise(shifts.map { $0 * $0 })
            if totalShift <= tolerance { break }
            // The next E-step rewrites every label, so the buffers can simply trade places.
            swap(&labels, &oldLabels)
        }
        if !strictConvergence {
            assignLabels(centers: centers, labels: &labels)
        }
        return Run(centers: centers, labels: labels, inertia: inertia(centers: centers, labels: labels),
                   iterations: iteration + 1)
    }

    // MARK: - One iteration

    /// E-step and M-step: labels from `centers`, then the new centres (with empty-cluster
    /// relocation) and each centre's shift.
    func step(from centers: [Double], to newCenters: inout [Double], labels: inout [Int32], shifts: inout [Double]) {
        let d = columns
        let k = clusters
        assignLabels(centers: centers, labels: &labels)
        var weights = [Double](repeating: 0, count: k)
        accumulate(labels: labels, sums: &newCenters, weights: &weights)
        relocateEmptyClusters(oldCenters: centers, newCenters: &newCenters, weights: &weights, labels: labels)
        // _average_centers: multiply by 1 / weight; a still-empty cluster copies the heaviest one as it stands.
        var heaviest = 0
        for j in 1..<max(k, 1) where weights[j] > weights[heaviest] { heaviest = j }
        for j in 0..<k {
            if weights[j] > 0 {
                let alpha = 1.0 / weights[j]
                for f in 0..<d { newCenters[j * d + f] *= alpha }
            } else {
                for f in 0..<d { newCenters[j * d + f] = newCenters[heaviest * d + f] }
            }
        }
        newCenters.withUnsafeBufferPointer { new in
            centers.withUnsafeBufferPointer { old in
                for j in 0..<k {
                    shifts[j] = Self.squaredDistance(new.baseAddress! + j * d, old.baseAddress! + j * d, d).squareRoot()
                }
            }
        }
    }

    /// The E-step: each sample's nearest centre by `|c|² - 2 x·c`, the lowest index winning ties.
    func assignLabels(centers: [Double], labels: inout [Int32]) {
        let n = rows, d = columns, k = clusters
        let norms = Self.rowSquaredNorms(centers, rows: k, columns: d)
        let blocks = (n + Self.labelBlock - 1) / Self.labelBlock
        x.withUnsafeBufferPointer { xs in
            centers.withUnsafeBufferPointer { cs in
                norms.withUnsafeBufferPointer { ns in
                    labels.withUnsafeMutableBufferPointer { ls in
                        Parallel.forEach(blocks) { block in
                            let end = min(n, (block + 1) * Self.labelBlock)
                            for i in (block * Self.labelBlock)..<end {
                                ls[i] = Self.nearest(xs.baseAddress! + i * d, cs, ns, d, k)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The nearest centre to one sample, as scikit-learn's GEMM-based E-step computes it:
    /// `|c|² + (-2) * (x·c)` with the dot product accumulated by fused multiply-adds.
    @inline(__always)
    static func nearest(
        _ sample: UnsafePointer<Double>, _ centers: UnsafeBufferPointer<Double>, _ norms: UnsafeBufferPointer<Double>,
        _ d: Int, _ k: Int
    ) -> Int32 {
        var best: Int32 = 0
        var bestDistance = 0.0
        for j in 0..<k {
            let c = centers.baseAddress! + j * d
            var dot = sample[0] * c[0]
            var f = 1
            while f < d {
                dot = dot.addingProduct(sample[f], c[f])
                f += 1
            }
            let distance = norms[j] + (-2 * dot)
            if j == 0 || distance < bestDistance {
                bestDistance = distance
                best = Int32(j)
            }
        }
        return best
    }

    /// The M-step sums: per-cluster sums of samples and counts, in scikit-learn's two-half order.
    func accumulate(labels: [Int32], sums: inout [Double], weights: inout [Double]) {
        let n = rows, d = columns, k = clusters
        let chunks = n > Self.sklearnChunk ? (n + Self.sklearnChunk - 1) / Self.sklearnChunk : 1
        let parts = min(2, chunks)
        var partSums = [Double](repeating: 0, count: parts * k * d)
        var partWeights = [Double](repeating: 0, count: parts * k)
        x.withUnsafeBufferPointer { xs in
            labels.withUnsafeBufferPointer { ls in
                partSums.withUnsafeMutableBufferPointer { ps in
                    partWeights.withUnsafeMutableBufferPointer { pw in
                        Parallel.forEach(parts) { part in
                            let chunkRange = Parallel.staticRange(part, of: chunks, parts: parts)
                            let start = chunkRange.lowerBound * Self.sklearnChunk
                            let end = min(n, chunkRange.upperBound * Self.sklearnChunk)
                            let sumBase = part * k * d
                            let weightBase = part * k
                            for i in start..<end {
                                let label = Int(ls[i])
                                pw[weightBase + label] += 1
                                for f in 0..<d { ps[sumBase + label * d + f] += xs[i * d + f] }
                            }
                        }
                    }
                }
            }
        }
        for j in 0..<(k * d) {
            var total = 0.0
            for part in 0..<parts { total += partSums[part * k * d + j] }
            sums[j] = total
        }
        for j in 0..<k {
            var total = 0.0
            for part in 0..<parts { total += partWeights[part * k + j] }
            weights[j] = total
        }
    }

    /// scikit-learn's `_relocate_empty_clusters_dense`: each empty cluster takes one of the
    /// samples farthest from their current centre (farthest first; lowest index on ties).
    func relocateEmptyClusters(oldCenters: [Double], newCenters: inout [Double], weights: inout [Double], labels: [Int32]) {
        let empty = (0..<clusters).filter { weights[$0] == 0 }
        if empty.isEmpty { return }
        let n = rows, d = columns
        var distances = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let label = Int(labels[i])
            var total = 0.0
            for f in 0..<d {
                let difference = x[i * d + f] - oldCenters[label * d + f]
                total += difference * difference
            }
            distances[i] = total
        }
        if (distances.max() ?? 0) == 0 { return }
        var chosen = Set<Int>()
        for newCluster in empty {
            var far = -1
            for i in 0..<n where !chosen.contains(i) && (far < 0 || distances[i] > distances[far]) { far = i }
            chosen.insert(far)
            let oldCluster = Int(labels[far])
            for f in 0..<d {
                newCenters[oldCluster * d + f] -= x[far * d + f]
                newCenters[newCluster * d + f] = x[far * d + f]
            }
            weights[newCluster] = 1
            weights[oldCluster] -= 1
        }
    }

    /// `Σ |x_i - c_label(i)|²` (scikit-learn's `_inertia_dense`), summed in two static halves.
    func inertia(centers: [Double], labels: [Int32]) -> Double {
        let n = rows, d = columns
        let parts = min(2, max(n, 1))
        var partials = [Double](repeating: 0, count: parts)
        x.withUnsafeBufferPointer { xs in
            centers.withUnsafeBufferPointer { cs in
                labels.withUnsafeBufferPointer { ls in
                    partials.withUnsafeMutableBufferPointer { ps in
                        Parallel.forEach(parts) { part in
                            var total = 0.0
                            for i in Parallel.staticRange(part, of: n, parts: parts) {
                                total += Self.squaredDistance(xs.baseAddress! + i * d, cs.baseAddress! + Int(ls[i]) * d, d)
                            }
                            ps[part] = total
                        }
                    }
                }
            }
        }
        var total = 0.0
        for partial in partials { total += partial }
        return total
    }

    // MARK: - Kernels

    /// scikit-learn's `_euclidean_dense_dense(squared=True)`: differences squared and summed in groups of four.
    @inline(__always)
    static func squaredDistance(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ d: Int) -> Double {
        var result = 0.0
        var f = 0
        while f + 4 <= d {
            let t0 = (a[f] - b[f]) * (a[f] - b[f])
            let t1 = (a[f + 1] - b[f + 1]) * (a[f + 1] - b[f + 1])
            let t2 = (a[f + 2] - b[f + 2]) * (a[f + 2] - b[f + 2])
            let t3 = (a[f + 3] - b[f + 3]) * (a[f + 3] - b[f + 3])
            result += t0 + t1 + t2 + t3
            f += 4
        }
        while f < d {
            result += (a[f] - b[f]) * (a[f] - b[f])
            f += 1
        }
        return result
    }

    /// Squared norm of every row (`row_norms(X, squared=True)`), summed in feature order.
    static func rowSquaredNorms(_ values: [Double], rows: Int, columns d: Int) -> [Double] {
        var out = [Double](repeating: 0, count: rows)
        values.withUnsafeBufferPointer { vs in
            for i in 0..<rows {
                var total = 0.0
                for f in 0..<d { total += vs[i * d + f] * vs[i * d + f] }
                out[i] = total
            }
        }
        return out
    }
}
