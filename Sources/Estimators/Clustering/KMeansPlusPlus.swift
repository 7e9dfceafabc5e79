import Foundation

/// scikit-learn's greedy k-means++ seeding (`_kmeans_plusplus`) with unit sample weights.
enum KMeansPlusPlus {
    /// `clusters` initial centres (row-major) chosen from the samples of feature-major `x`
    /// (`x[f * rows + i]`).
    ///
    /// Draws exactly what scikit-learn draws: one `nextDouble` for the first
    /// centre (`choice(n, p=1/n)`), then `2 + ln k` uniforms per further centre.
    /// Candidates are located by `searchsorted(cumsum(closest), u * potential)`
    /// and the one that lowers the potential most wins (first on ties). Potentials are
    /// summed pairwise (numpy's order); scikit-learn's come from BLAS `dot`/`gemv`, whose
    /// order differs, which matters only if a target falls within 1e-16 of a boundary.
    static func centers(
        _ x: [Double], rows n: Int, columns d: Int, squaredNorms: [Double], clusters k: Int,
        using rng: inout RandomState
    ) -> [Double] {
        var centers = [Double](repeating: 0, count: k * d)
        let chosen = seeds(x, rows: n, columns: d, squaredNorms: squaredNorms, clusters: k, using: &rng)
        for (slot, index) in chosen.enumerated() { copyRow(index, of: x, columns: d, into: &centers, at: slot) }
        return centers
    }

    /// The indices of the samples `centers` picks, in the order it picks them: the `indices`
    /// of scikit-learn's `kmeans_plusplus`, which `GaussianMixture(init_params="k-means++")` uses.
    static func seeds(
        _ x: [Double], rows n: Int, columns d: Int, squaredNorms: [Double], clusters k: Int,
        using rng: inout RandomState
    ) -> [Int] {
        let trials = 2 + Int(log(Double(k)))
        var chosen: [Int] = []
        chosen.reserveCapacity(k)

        // First centre: choice(n, p = w / sum(w)) is one double against the normalised cdf of p.
        let p = [Double](repeating: 1.0 / Double(n), count: n)
        let cdf = RandomState.normalizedCumulativeSum(p)
        let first = min(RandomState.searchSortedRight(cdf, rng.nextDouble()), n - 1)
        chosen.append(first)

        // Buffers: the current closest distances and one per local trial; the winning trial's
        // buffer becomes the new `closest` by swapping pointers, not by copying.
        let buffers = (0...trials).map { _ in UnsafeMutableBufferPointer<Double>.allocate(capacity: n) }
        defer { for buffer in buffers { buffer.deallocate() } }
        fillDistances(into: buffers[trials], from: first, x, columns: d, squaredNorms: squaredNorms)
        var closest = buffers[trials]
        var potential = NumpySum.pairwise(UnsafeBufferPointer(closest))
        var candidatePotentials = [Double](repeating: 0, count: trials)
        var cumulative = [Double](repeating: 0, count: n)

        for _ in 1..<max(k, 1) {
            var targets = [Double](repeating: 0, count: trials)
            for t in 0..<trials { targets[t] = rng.nextDouble() * potential }
            // np.cumsum is sequential; searchsorted(side='left') against it picks the candidates.
            var running = 0.0
            for i in 0..<n {
                running += closest[i]
                cumulative[i] = running
            }
            var candidates = [Int](repeating: 0, count: trials)
            for t in 0..<trials {
                candidates[t] = min(RandomState.searchSortedLeft(cumulative, targets[t]), n - 1)
            }
            // Each trial fills its own buffer: min(closest, distance to the candidate), and its potential.
            let current = UnsafeBufferPointer(closest)
            let trialBuffers = Array(buffers.filter { $0.baseAddress != closest.baseAddress }.prefix(trials))
            candidatePotentials.withUnsafeMutableBufferPointer { potentials in
                Parallel.forEach(trials) { t in
                    let slice = trialBuffers[t]
                    fillDistances(into: slice, from: candidates[t], x, columns: d, squaredNorms: squaredNorms, closest: current)
                    potentials[t] = NumpySum.pairwise(UnsafeBufferPointer(slice))
                }
            }
            var bestTrial = 0
            for t in 1..<trials where candidatePotentials[t] < candidatePotentials[bestTrial] { bestTrial = t }
            potential = candidatePotentials[bestTrial]
            closest = trialBuffers[bestTrial]
            chosen.append(candidates[bestTrial])
        }
        return chosen
    }

    /// Writes the squared distances from sample `index` to every sample into `out` (`x` feature-major),
    /// or, given `closest`, the smaller of that and the current closest distance.
    ///
    /// scikit-learn's BLAS fuses the multiply-adds of `c·x`; here they are separate operations
    /// (see `LloydEngine.assignLabels`), which can move a distance by one unit in the last place.
    /// The work goes in chunks that stay in L1 while each feature is added in.
    private static func fillDistances(
        into out: UnsafeMutableBufferPointer<Double>, from index: Int, _ x: [Double], columns d: Int,
        squaredNorms: [Double], closest: UnsafeBufferPointer<Double>? = nil
    ) {
        let n = out.count
        let chunk = 512
        x.withUnsafeBufferPointer { xs in
            squaredNorms.withUnsafeBufferPointer { norms in
                // Empty data has nothing to fill.
                guard let base = xs.baseAddress, let xxBase = norms.baseAddress, let outBase = out.baseAddress else {
                    return
                }
                let closestBase = closest?.baseAddress
                var centerNorm = 0.0
                for f in 0..<d { centerNorm += base[f * n + index] * base[f * n + index] }
                var start = 0
                if d == 2, let c = closestBase {
                    // The lab's case in one pass: the same operations in the same order as below.
                    let c0 = base[index], c1 = base[n + index]
                    let x0 = base, x1 = base + n
                    let xx = xxBase
                    let o = outBase
                    for i in 0..<n {
                        let dot = c0 * x0[i] + c1 * x1[i]
                        let value = (-2 * dot + centerNorm) + xx[i]
                        let distance = value < 0 ? 0 : value
                        o[i] = c[i] < distance ? c[i] : distance
                    }
                    return
                }
                while start < n {
                    let count = min(chunk, n - start)
                    let o = outBase + start
                    let c0 = base[index]
                    let first = base + start
                    for i in 0..<count { o[i] = c0 * first[i] }
                    var f = 1
                    while f < d {
                        let cf = base[f * n + index]
                        let feature = base + f * n + start
                        for i in 0..<count { o[i] = o[i] + cf * feature[i] }
                        f += 1
                    }
                    let xx = xxBase + start
                    for i in 0..<count {
                        let value = (-2 * o[i] + centerNorm) + xx[i]
                        o[i] = value < 0 ? 0 : value
                    }
                    if let closestBase {
                        let c = closestBase + start
                        for i in 0..<count { o[i] = c[i] < o[i] ? c[i] : o[i] }
                    }
                    start += count
                }
            }
        }
    }

    /// Copies sample `row` of feature-major `x` into centre `slot`.
    private static func copyRow(_ row: Int, of x: [Double], columns d: Int, into centers: inout [Double], at slot: Int) {
        let n = x.count / max(d, 1)
        for f in 0..<d { centers[slot * d + f] = x[f * n + row] }
    }


}
