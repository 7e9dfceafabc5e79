import Foundation

/// scikit-learn's greedy k-means++ seeding (`_kmeans_plusplus`) with unit sample weights.
enum KMeansPlusPlus {
    /// `clusters` initial centres (row-major) chosen from the rows of `x`.
    ///
    /// Draws exactly what scikit-learn draws: one `nextDouble` for the first
    /// centre (`choice(n, p=1/n)`), then `2 + ln k` uniforms per further centre.
    /// Candidates are located by `searchsorted(cumsum(closest), u * potential)`
    /// and the one that lowers the potential most wins (first on ties).
    static func centers(
        _ x: [Double], rows n: Int, columns d: Int, squaredNorms: [Double], clusters k: Int,
        using rng: inout RandomState
    ) -> [Double] {
        let trials = 2 + Int(log(Double(k)))
        var centers = [Double](repeating: 0, count: k * d)

        // First centre: choice(n, p = w / sum(w)) is one double against the normalised cdf of p.
        let p = [Double](repeating: 1.0 / Double(n), count: n)
        let cdf = RandomState.normalizedCumulativeSum(p)
        let first = min(RandomState.searchSortedRight(cdf, rng.nextDouble()), n - 1)
        copyRow(first, of: x, columns: d, into: &centers, at: 0)

        var closest = distances(from: first, x, rows: n, columns: d, squaredNorms: squaredNorms)
        var potential = sum(closest)
        var candidateDistances = [Double](repeating: 0, count: trials * n)
        var candidatePotentials = [Double](repeating: 0, count: trials)

        for c in 1..<max(k, 1) {
            var targets = [Double](repeating: 0, count: trials)
            for t in 0..<trials { targets[t] = rng.nextDouble() * potential }
            let cumulative = cumulativeSum(closest)
            var candidates = [Int](repeating: 0, count: trials)
            for t in 0..<trials {
                candidates[t] = min(RandomState.searchSortedLeft(cumulative, targets[t]), n - 1)
            }
            // Each trial fills its own slice: min(closest, distance to the candidate) and its potential.
            candidateDistances.withUnsafeMutableBufferPointer { all in
                candidatePotentials.withUnsafeMutableBufferPointer { potentials in
                    closest.withUnsafeBufferPointer { current in
                        Parallel.forEach(trials) { t in
                            let slice = UnsafeMutableBufferPointer(rebasing: all[(t * n)..<((t + 1) * n)])
                            fillDistances(into: slice, from: candidates[t], x, columns: d, squaredNorms: squaredNorms)
                            var total = 0.0
                            for i in 0..<n {
                                if current[i] < slice[i] { slice[i] = current[i] }
                                total += slice[i]
                            }
                            potentials[t] = total
                        }
                    }
                }
            }
            var bestTrial = 0
            for t in 1..<trials where candidatePotentials[t] < candidatePotentials[bestTrial] { bestTrial = t }
            potential = candidatePotentials[bestTrial]
            closest = Array(candidateDistances[(bestTrial * n)..<((bestTrial + 1) * n)])
            copyRow(candidates[bestTrial], of: x, columns: d, into: &centers, at: c)
        }
        return centers
    }

    /// Squared distances from row `index` to every row: `max(0, (-2 c·x + |c|²) + |x|²)`,
    /// scikit-learn's `_euclidean_distances` with precomputed norms.
    private static func distances(
        from index: Int, _ x: [Double], rows n: Int, columns d: Int, squaredNorms: [Double]
    ) -> [Double] {
        var out = [Double](repeating: 0, count: n)
        out.withUnsafeMutableBufferPointer { buffer in
            fillDistances(into: buffer, from: index, x, columns: d, squaredNorms: squaredNorms)
        }
        return out
    }

    /// Writes the squared distances from row `index` to every row into `out`.
    private static func fillDistances(
        into out: UnsafeMutableBufferPointer<Double>, from index: Int, _ x: [Double], columns d: Int,
        squaredNorms: [Double]
    ) {
        x.withUnsafeBufferPointer { xs in
            let c = index * d
            var centerNorm = 0.0
            for f in 0..<d { centerNorm += xs[c + f] * xs[c + f] }
            for i in 0..<out.count {
                let row = i * d
                // The dot product as BLAS accumulates it: one fused multiply-add per further feature.
                var dot = xs[c] * xs[row]
                for f in 1..<max(d, 1) { dot = dot.addingProduct(xs[c + f], xs[row + f]) }
                let value = (-2 * dot + centerNorm) + squaredNorms[i]
                out[i] = max(value, 0)
            }
        }
    }

    private static func copyRow(_ row: Int, of x: [Double], columns d: Int, into centers: inout [Double], at slot: Int) {
        for f in 0..<d { centers[slot * d + f] = x[row * d + f] }
    }

    private static func sum(_ values: [Double]) -> Double {
        var total = 0.0
        for value in values { total += value }
        return total
    }

    private static func cumulativeSum(_ values: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: values.count)
        var running = 0.0
        for i in values.indices {
            running += values[i]
            out[i] = running
        }
        return out
    }
}
