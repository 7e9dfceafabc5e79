import Foundation

/// Draws samples from a fitted mixture exactly as scikit-learn's `BaseMixture.sample` does.
///
/// `counts = multinomial(n, weights)`; then, component by component in order,
/// `multivariate_normal(μ_k, Σ_k, counts_k)` for full and tied covariances
/// (the shared Σ for tied) or `μ_k + standard_normal((counts_k, d)) · √σ²_k`
/// for diagonal and spherical ones. Samples come grouped by component, not
/// shuffled, with the component of each row in `labels`.
enum MixtureSampler {
    static func sample(
        _ count: Int, weights: [Double], means: Matrix, covariances: CovarianceParameters,
        using rng: inout RandomState
    ) throws(MixtureError) -> (X: Matrix, labels: [Int]) {
        guard count >= 1 else { throw .invalidSampleCount(count) }
        let d = means.columns
        let counts: [Int]
        do {
            counts = try rng.multinomial(count, weights)
        } catch {
            throw .samplingFailed(reason: error.description)
        }
        var storage = [Double]()
        storage.reserveCapacity(count * d)
        var labels = [Int]()
        labels.reserveCapacity(count)
        for (k, rows) in counts.enumerated() {
            let mean = means.row(k)
            switch covariances.type {
            case .full, .tied:
                // numpy's default check_valid='warn' samples even from a matrix it doubts.
                let block: Matrix
                do {
                    block = try rng.multivariateNormal(
                        mean: mean, covariance: covariances.matrix(component: k), count: rows, check: .ignore)
                } catch {
                    throw .samplingFailed(reason: "component \(k): \(error.description)")
                }
                storage.append(contentsOf: block.storage)
            case .diagonal, .spherical:
                var scales = [Double](repeating: 0, count: d)
                for f in 0..<d {
                    let variance = covariances.type == .diagonal ? covariances.values[k * d + f] : covariances.values[k]
                    scales[f] = variance.squareRoot()
                }
                let z = rng.standardNormal(rows: rows, columns: d)
                for r in 0..<rows {
                    for f in 0..<d { storage.append(mean[f] + z.storage[r * d + f] * scales[f]) }
                }
            }
            labels.append(contentsOf: repeatElement(k, count: rows))
        }
        return (Matrix(rows: count, columns: d, storage: storage), labels)
    }
}
