/// Computes `GaussianStatistics` for one data set, reusing what does not depend
/// on the responsibilities.
///
/// Sums over samples run chunk by chunk (`FixedChunks`) on all cores; each
/// chunk adds its samples in order and the chunk totals are added in chunk
/// order, so results are deterministic. For data of one chunk (≤ 2048 rows)
/// every sum runs in sample order, as numpy's `resp.sum(axis=0)` does.
/// Samples whose responsibility is exactly 0 are skipped (their terms are 0).
struct GaussianStatisticsEstimator: Sendable {
    let x: Matrix
    let type: CovarianceType
    let regularization: Double
    let components: Int
    let chunks: FixedChunks
    /// XᵀX, needed by the tied covariance and independent of the responsibilities.
    private let crossProduct: [Double]

    /// Whether full covariances use the SIMD kernel for d ≤ 8 (tests turn it off to compare).
    let vectorized: Bool

    init(x: Matrix, type: CovarianceType, regularization: Double, components: Int, vectorized: Bool = true) {
        self.x = x
        self.vectorized = vectorized
        self.type = type
        self.regularization = regularization
        self.components = components
        self.chunks = FixedChunks(rows: x.rows)
        self.crossProduct = type == .tied ? Self.crossProduct(of: x, chunks: chunks) : []
    }

    /// The statistics under `responsibilities` (n×K row-major, rows summing to 1).
    func estimate(_ responsibilities: [Double]) -> GaussianStatistics {
        let n = x.rows, d = x.columns, kCount = components
        precondition(responsibilities.count == n * kCount, "responsibilities must be \(n)x\(kCount)")
        let wantSquares = type == .diagonal || type == .spherical
        // Pass 1: Σ r, Σ r·x and (diag/spherical) Σ r·x², per chunk.
        let slot = kCount + kCount * d + (wantSquares ? kCount * d : 0)
        var partials = [Double](repeating: 0, count: chunks.count * slot)
        responsibilities.withUnsafeBufferPointer { resp in
            x.storage.withUnsafeBufferPointer { data in
                partials.withUnsafeMutableBufferPointer { out in
                    guard let r = resp.baseAddress, let xs = data.baseAddress, let o = out.baseAddress else { return }
                    chunks.forEach { chunk, rows in
                        let counts = o + chunk * slot
                        let sums = counts + kCount
                        let squares = sums + kCount * d
                        for i in rows {
                            let row = xs + i * d
                            for k in 0..<kCount {
                                let weight = r[i * kCount + k]
                                if weight == 0 { continue }
                                counts[k] += weight
                                let s = sums + k * d
                                for f in 0..<d { s[f] += weight * row[f] }
                                if wantSquares {
                                    let q = squares + k * d
                                    for f in 0..<d { q[f] += weight * (row[f] * row[f]) }
                                }
                            }
                        }
                    }
                }
            }
        }
        let totals = Self.reduce(partials, chunks: chunks.count, slot: slot)
        let epsilon = 10 * Double.ulpOfOne
        var counts = [Double](repeating: 0, count: kCount)
        var means = [Double](repeating: 0, count: kCount * d)
        for k in 0..<kCount {
            counts[k] = totals[k] + epsilon
            for f in 0..<d {
                means[k * d + f] = totals[kCount + k * d + f] / counts[k]
            }
        }
        let covariances: [Double]
        switch type {
        case .full:
            covariances = fullCovariances(responsibilities, counts: counts, means: means)
        case .tied:
            covariances = tiedCovariance(counts: counts, means: means)
        case .diagonal, .spherical:
            var diagonal = [Double](repeating: 0, count: kCount * d)
            let squareBase = kCount + kCount * d
            for k in 0..<kCount {
                for f in 0..<d {
                    let averageSquare = totals[squareBase + k * d + f] / counts[k]
                    let mean = means[k * d + f]
                    diagonal[k * d + f] = averageSquare - mean * mean + regularization
                }
            }
            if type == .diagonal {
                covariances = diagonal
            } else {
                covariances = diagonal.withUnsafeBufferPointer { values in
                    (0..<kCount).map { k in NumpySum.pairwise(UnsafeBufferPointer(rebasing: values[(k * d)..<((k + 1) * d)])) / Double(d) }
                }
            }
        }
        return GaussianStatistics(counts: counts, means: means, covariances: covariances)
    }

    /// Σ_k = ((r_k ∘ (X − μ_k))ᵀ (X − μ_k)) / N_k + reg·I, both triangles computed
    /// as numpy does (the two halves can differ in the last bit).
    private func fullCovariances(_ responsibilities: [Double], counts: [Double], means: [Double]) -> [Double] {
        let d = x.columns, kCount = components
        let slot = kCount * d * d
        var partials = [Double](repeating: 0, count: chunks.count * slot)
        switch vectorized ? d : Int.max {
        case ...2: fullCovarianceSums(responsibilities, means: means, into: &partials, as: SIMD2<Double>.self)
        case ...4: fullCovarianceSums(responsibilities, means: means, into: &partials, as: SIMD4<Double>.self)
        case ...8: fullCovarianceSums(responsibilities, means: means, into: &partials, as: SIMD8<Double>.self)
        default: fullCovarianceSums(responsibilities, means: means, into: &partials)
        }
        var covariances = Self.reduce(partials, chunks: chunks.count, slot: slot)
        for k in 0..<kCount {
            for f in 0..<d {
                for g in 0..<d {
                    covariances[k * d * d + f * d + g] /= counts[k]
                }
                covariances[k * d * d + f * d + f] += regularization
            }
        }
        return covariances
    }

    /// Per-chunk Σᵢ (rᵢₖ(xᵢ − μ_k)_f)(xᵢ − μ_k)_g for any d.
    private func fullCovarianceSums(_ responsibilities: [Double], means: [Double], into partials: inout [Double]) {
        let d = x.columns, kCount = components
        let slot = kCount * d * d
        responsibilities.withUnsafeBufferPointer { resp in
            x.storage.withUnsafeBufferPointer { data in
                means.withUnsafeBufferPointer { mu in
                    partials.withUnsafeMutableBufferPointer { out in
                        guard let r = resp.baseAddress, let xs = data.baseAddress, let m = mu.baseAddress,
                              let o = out.baseAddress else { return }
                        chunks.forEach { chunk, rows in
                            let sums = o + chunk * slot
                            let diff = UnsafeMutablePointer<Double>.allocate(capacity: 2 * d)
                            defer { diff.deallocate() }
                            let weighted = diff + d
                            for i in rows {
                                let row = xs + i * d
                                for k in 0..<kCount {
                                    let weight = r[i * kCount + k]
                                    if weight == 0 { continue }
                                    let mean = m + k * d
                                    for f in 0..<d {
                                        let delta = row[f] - mean[f]
                                        diff[f] = delta
                                        weighted[f] = weight * delta
                                    }
                                    let s = sums + k * d * d
                                    for f in 0..<d {
                                        let w = weighted[f]
                                        let line = s + f * d
                                        for g in 0..<d { line[g] += w * diff[g] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The same sums for d ≤ lanes with each row of a component's sum held in a
    /// SIMD vector: `acc[f] += (r·δ_f) · δ` adds exactly the scalar loop's terms in
    /// the same sample order, so the bits are the same.
    private func fullCovarianceSums<V: SIMD>(
        _ responsibilities: [Double], means: [Double], into partials: inout [Double], as _: V.Type
    ) where V.Scalar == Double {
        let d = x.columns, kCount = components
        let slot = kCount * d * d
        responsibilities.withUnsafeBufferPointer { resp in
            x.storage.withUnsafeBufferPointer { data in
                means.withUnsafeBufferPointer { mu in
                    partials.withUnsafeMutableBufferPointer { out in
                        guard let r = resp.baseAddress, let xs = data.baseAddress, let m = mu.baseAddress,
                              let o = out.baseAddress else { return }
                        chunks.forEach { chunk, rows in
                            let sums = UnsafeMutablePointer<V>.allocate(capacity: d)
                            defer { sums.deallocate() }
                            for k in 0..<kCount {
                                sums.initialize(repeating: V(), count: d)
                                let mean = m + k * d
                                for i in rows {
                                    let weight = r[i * kCount + k]
                                    if weight == 0 { continue }
                                    let row = xs + i * d
                                    var delta = V()
                                    for f in 0..<d { delta[f] = row[f] - mean[f] }
                                    let weighted = V(repeating: weight) * delta
                                    for f in 0..<d { sums[f] += V(repeating: weighted[f]) * delta }
                                }
                                let target = o + chunk * slot + k * d * d
                                for f in 0..<d {
                                    for g in 0..<d { target[f * d + g] = sums[f][g] }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Σ = (XᵀX − Σ_k (N_k μ_k)ᵀ μ_k) / Σ_k N_k + reg·I, in scikit-learn's order.
    private func tiedCovariance(counts: [Double], means: [Double]) -> [Double] {
        let d = x.columns, kCount = components
        var covariance = crossProduct
        let total = NumpySum.pairwise(counts)
        for f in 0..<d {
            for g in 0..<d {
                // A K-long BLAS product in numpy: fused, in component order.
                var meanProduct = 0.0
                for k in 0..<kCount {
                    meanProduct = meanProduct.addingProduct(counts[k] * means[k * d + f], means[k * d + g])
                }
                covariance[f * d + g] = (covariance[f * d + g] - meanProduct) / total
            }
            covariance[f * d + f] += regularization
        }
        return covariance
    }

    /// XᵀX (d×d), summed chunk by chunk.
    private static func crossProduct(of x: Matrix, chunks: FixedChunks) -> [Double] {
        let d = x.columns
        let slot = d * d
        var partials = [Double](repeating: 0, count: chunks.count * slot)
        x.storage.withUnsafeBufferPointer { data in
            partials.withUnsafeMutableBufferPointer { out in
                guard let xs = data.baseAddress, let o = out.baseAddress else { return }
                chunks.forEach { chunk, rows in
                    let s = o + chunk * slot
                    for i in rows {
                        let row = xs + i * d
                        for f in 0..<d {
                            let value = row[f]
                            let line = s + f * d
                            for g in 0..<d { line[g] += value * row[g] }
                        }
                    }
                }
            }
        }
        return reduce(partials, chunks: chunks.count, slot: slot)
    }

    /// Adds per-chunk partial results (`chunks` slots of `slot` values) in chunk order.
    static func reduce(_ partials: [Double], chunks: Int, slot: Int) -> [Double] {
        guard chunks > 0 else { return [Double](repeating: 0, count: slot) }
        var total = Array(partials[0..<slot])
        for chunk in 1..<max(chunks, 1) {
            let base = chunk * slot
            for j in 0..<slot { total[j] += partials[base + j] }
        }
        return total
    }
}
