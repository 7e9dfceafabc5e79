import Foundation

/// The weighted log-densities of a mixture, `log N(x | k) + log-weight terms`,
/// and everything computed from them: E-steps, predictions, probabilities and
/// per-sample log-likelihoods.
///
/// The weight terms are a list of per-component vectors added in order after
/// the Gaussian log-density, which reproduces both mixtures' rounding:
/// `[ln π]` for `GaussianMixture`; `[−½d ln ν, ½(ln Λ̃ − d/β), E[ln π]]` for
/// the variational one. Work runs over fixed chunks of rows on all cores
/// (`FixedChunks`); no step depends on thread timing.
struct MixtureDensity: Sendable {
    /// The Gaussian components.
    let gaussians: GaussianComponents
    /// Per-component terms added, in order, to each log-density.
    let offsets: [[Double]]

    var components: Int { gaussians.components }
    var features: Int { gaussians.features }

    /// Calls `body(rows, values)` for every chunk of rows, where `values` holds
    /// the weighted log-densities of those rows (row-major, K per row) and
    /// `scratch` at least K doubles of the chunk's own scratch space.
    func forEachChunk(
        of x: Matrix,
        _ body: (Range<Int>, UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) -> Void
    ) {
        let kCount = components, d = features
        let chunks = FixedChunks(rows: x.rows)
        x.storage.withUnsafeBufferPointer { data in
            guard let xs = data.baseAddress else { return }
            chunks.forEach { _, rows in
                let values = UnsafeMutablePointer<Double>.allocate(capacity: rows.count * kCount)
                let scratch = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(kCount, d))
                defer {
                    values.deallocate()
                    scratch.deallocate()
                }
                gaussians.logDensities(xs, rows: rows, into: values, scratch: scratch)
                for offset in offsets {
                    offset.withUnsafeBufferPointer { terms in
                        for r in 0..<rows.count {
                            let row = values + r * kCount
                            for k in 0..<kCount { row[k] += terms[k] }
                        }
                    }
                }
                body(rows, values, scratch)
            }
        }
    }

    /// One E-step: log p(x_i), log-responsibilities and responsibilities of every sample.
    func expectation(_ x: Matrix, into result: inout Expectation) {
        let kCount = components
        result.resize(samples: x.rows, components: kCount)
        result.logNorms.withUnsafeMutableBufferPointer { normBuffer in
            result.logResponsibilities.withUnsafeMutableBufferPointer { logBuffer in
                result.responsibilities.withUnsafeMutableBufferPointer { respBuffer in
                    guard let norms = normBuffer.baseAddress, let logs = logBuffer.baseAddress,
                          let resp = respBuffer.baseAddress else { return }
                    forEachChunk(of: x) { rows, values, scratch in
                        for (r, i) in rows.enumerated() {
                            let row = values + r * kCount
                            let norm = LogSumExp.of(row, count: kCount, scratch: scratch)
                            norms[i] = norm
                            for k in 0..<kCount {
                                let logResponsibility = row[k] - norm
                                logs[i * kCount + k] = logResponsibility
                                resp[i * kCount + k] = exp(logResponsibility)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The most probable component of every row (lowest index on ties).
    func predict(_ x: Matrix) -> [Int] {
        let kCount = components
        var labels = [Int](repeating: 0, count: x.rows)
        labels.withUnsafeMutableBufferPointer { labelBuffer in
            guard let out = labelBuffer.baseAddress else { return }
            forEachChunk(of: x) { rows, values, _ in
                for (r, i) in rows.enumerated() {
                    let row = values + r * kCount
                    // numpy's argmax: the first maximum, or the first NaN if there is one.
                    var best = 0
                    if !row[0].isNaN {
                        for k in 1..<Swift.max(kCount, 1) {
                            if row[k].isNaN { best = k; break }
                            if row[k] > row[best] { best = k }
                        }
                    }
                    out[i] = best
                }
            }
        }
        return labels
    }

    /// The posterior probability of each component for every row (n×K).
    func predictProbabilities(_ x: Matrix) -> Matrix {
        let kCount = components
        var probabilities = Matrix(rows: x.rows, columns: kCount)
        probabilities.storage.withUnsafeMutableBufferPointer { buffer in
            guard let out = buffer.baseAddress else { return }
            forEachChunk(of: x) { rows, values, scratch in
                for (r, i) in rows.enumerated() {
                    let row = values + r * kCount
                    let norm = LogSumExp.of(row, count: kCount, scratch: scratch)
                    for k in 0..<kCount { out[i * kCount + k] = exp(row[k] - norm) }
                }
            }
        }
        return probabilities
    }

    /// log p(x_i) of every row.
    func scoreSamples(_ x: Matrix) -> [Double] {
        let kCount = components
        var scores = [Double](repeating: 0, count: x.rows)
        scores.withUnsafeMutableBufferPointer { buffer in
            guard let out = buffer.baseAddress else { return }
            forEachChunk(of: x) { rows, values, scratch in
                for (r, i) in rows.enumerated() {
                    out[i] = LogSumExp.of(values + r * kCount, count: kCount, scratch: scratch)
                }
            }
        }
        return scores
    }
}
