/// The numerical core of k-means (scikit-learn's `_kmeans_single_lloyd` and
/// its Cython kernels) on centred data with unit sample weights, stored
/// feature by feature so the distance loops vectorise.
///
/// Labels are computed in parallel over fixed blocks. Sums are formed in the
/// order scikit-learn forms them on a two-thread machine: the 256-sample
/// chunks are split into two contiguous halves (OpenMP's static schedule),
/// each half is summed in sample order, and the halves are added. So the
/// result never depends on thread timing, and it rounds like scikit-learn.
struct LloydEngine: Sendable {
    /// The samples feature by feature (`x[f * rows + i]` is feature f of sample i), so the
    /// distance loops run over contiguous samples and vectorise.
    let x: [Double]
    let rows: Int
    let columns: Int
    let clusters: Int

    /// An engine over row-major samples (`rowMajor[i * columns + f]`).
    init(rowMajor: [Double], rows: Int, columns: Int, clusters: Int) {
        self.rows = rows
        self.columns = columns
        self.clusters = clusters
        self.x = Self.featureMajor(rowMajor, rows: rows, columns: columns)
    }

    /// The transpose of a row-major `rows x columns` array.
    static func featureMajor(_ rowMajor: [Double], rows: Int, columns: Int) -> [Double] {
        var out = [Double](repeating: 0, count: rows * columns)
        rowMajor.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for i in 0..<rows {
                    for f in 0..<columns { target[f * rows + i] = source[i * columns + f] }
                }
            }
        }
        return out
    }

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
                guard let newBase = new.baseAddress, let oldBase = old.baseAddress else { return }
                for j in 0..<k {
                    shifts[j] = Self.squaredDistance(newBase + j * d, oldBase + j * d, d).squareRoot()
                }
            }
        }
    }

    /// The E-step: each sample's nearest centre by `|c|² - 2 x·c`, the lowest index winning ties.
    ///
    /// scikit-learn computes `x·c` in a BLAS GEMM, which on this machine fuses multiply-adds;
    /// Swift targets baseline x86-64, where a fused multiply-add is a library call, so the dot
    /// product here is summed with plain operations. The distances can differ in the last bit,
    /// which changes a label only for a sample equidistant from two centres to within 1e-16.
    func assignLabels(centers: [Double], labels: inout [Int32]) {
        let n = rows, d = columns, k = clusters
        let norms = Self.rowSquaredNorms(centers, rows: k, columns: d)
        let blocks = FixedChunks(rows: n, rowsPerChunk: Self.labelBlock)
        x.withUnsafeBufferPointer { xs in
            centers.withUnsafeBufferPointer { cs in
                norms.withUnsafeBufferPointer { ns in
                    labels.withUnsafeMutableBufferPointer { ls in
                        blocks.forEach { _, rows in
                            Self.nearestCenters(xs, n: n, d: d, range: rows, centers: cs, norms: ns, k: k, into: ls)
                        }
                    }
                }
            }
        }
    }

    /// Nearest centres for the samples in `range`: per sample, every centre's
    /// `|c|² + (-2) * (x·c)` with the dot product summed in feature order, the strict `<`
    /// leaving the lowest index on ties.
    ///
    /// Four samples go through each step together as `SIMD4` lanes; every lane performs the
    /// same operations in the same order as the scalar formula, so the result is identical.
    /// `-2 * (x·c)` is formed as `x·(-2c)`, which is the same number: scaling by a power of
    /// two is exact and commutes with rounding.
    static func nearestCenters(
        _ xs: UnsafeBufferPointer<Double>, n: Int, d: Int, range: Range<Int>, centers cs: UnsafeBufferPointer<Double>,
        norms ns: UnsafeBufferPointer<Double>, k: Int, into ls: UnsafeMutableBufferPointer<Int32>
    ) {
        let scaled = cs.map { -2 * $0 }
        scaled.withUnsafeBufferPointer { ms in
            guard let base = xs.baseAddress, let m = ms.baseAddress else { return }
            var i = range.lowerBound
            while i + 4 <= range.upperBound {
                var best = SIMD4<Double>(repeating: .infinity)
                var label = SIMD4<Double>(repeating: 0)
                for j in 0..<k {
                    let c = m + j * d
                    var dot = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD4<Double>.self) * c[0]
                    var f = 1
                    while f < d {
                        dot += UnsafeRawPointer(base + f * n + i).loadUnaligned(as: SIMD4<Double>.self) * c[f]
                        f += 1
                    }
                    let distance = SIMD4<Double>(repeating: ns[j]) + dot
                    let closer = distance .< best
                    best.replace(with: distance, where: closer)
                    label.replace(with: SIMD4<Double>(repeating: Double(j)), where: closer)
                }
                for lane in 0..<4 { ls[i + lane] = Int32(label[lane]) }
                i += 4
            }
            while i < range.upperBound {
                var best = Double.infinity
                var label = 0
                for j in 0..<k {
                    let c = m + j * d
                    var dot = base[i] * c[0]
                    var f = 1
                    while f < d {
                        dot += base[f * n + i] * c[f]
                        f += 1
                    }
                    let distance = ns[j] + dot
                    if distance < best {
                        best = distance
                        label = j
                    }
                }
                ls[i] = Int32(label)
                i += 1
            }
        }
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
                                for f in 0..<d { ps[sumBase + label * d + f] += xs[f * n + i] }
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
                let difference = x[f * n + i] - oldCenters[label * d + f]
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
                newCenters[oldCluster * d + f] -= x[f * n + far]
                newCenters[newCluster * d + f] = x[f * n + far]
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
                            guard let samples = xs.baseAddress, let centerBase = cs.baseAddress else { return }
                            var total = 0.0
                            for i in Parallel.staticRange(part, of: n, parts: parts) {
                                total += Self.squaredDistance(samples + i, stride: n, centerBase + Int(ls[i]) * d, d)
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
    /// `a` is read with the given stride (a sample in feature-major storage), `b` contiguously.
    @inline(__always)
    static func squaredDistance(_ a: UnsafePointer<Double>, stride: Int = 1, _ b: UnsafePointer<Double>, _ d: Int) -> Double {
        var result = 0.0
        var f = 0
        while f + 4 <= d {
            let t0 = (a[f * stride] - b[f]) * (a[f * stride] - b[f])
            let t1 = (a[(f + 1) * stride] - b[f + 1]) * (a[(f + 1) * stride] - b[f + 1])
            let t2 = (a[(f + 2) * stride] - b[f + 2]) * (a[(f + 2) * stride] - b[f + 2])
            let t3 = (a[(f + 3) * stride] - b[f + 3]) * (a[(f + 3) * stride] - b[f + 3])
            result += t0 + t1 + t2 + t3
            f += 4
        }
        while f < d {
            result += (a[f * stride] - b[f]) * (a[f * stride] - b[f])
            f += 1
        }
        return result
    }

    /// Squared norm of every sample of feature-major data, summed in feature order.
    static func featureMajorSquaredNorms(_ values: [Double], rows n: Int, columns d: Int) -> [Double] {
        var out = [Double](repeating: 0, count: n)
        values.withUnsafeBufferPointer { vs in
            out.withUnsafeMutableBufferPointer { norms in
                guard let start = vs.baseAddress else { return }
                for f in 0..<d {
                    let feature = start + f * n
                    for i in 0..<n { norms[i] += feature[i] * feature[i] }
                }
            }
        }
        return out
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
