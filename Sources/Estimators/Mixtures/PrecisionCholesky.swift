import Foundation

/// Precision Cholesky factors from covariances, and precisions from factors,
/// for every covariance type (scikit-learn's `_compute_precision_cholesky` and
/// the `precisions_` property).
enum PrecisionCholesky {
    /// The factors P with P Pᵀ = Σ⁻¹: `(L⁻¹)ᵀ` per matrix for full and tied,
    /// `1/√σ²` per value for diagonal and spherical.
    ///
    /// - Throws: `MixtureError.illDefinedCovariance` when a covariance is not
    ///   positive definite (full/tied) or a variance is not positive
    ///   (diagonal/spherical), naming the component where there is one.
    static func factors(
        of covariances: [Double], type: CovarianceType, components: Int, features d: Int
    ) throws(MixtureError) -> [Double] {
        switch type {
        case .full:
            var factors = [Double]()
            factors.reserveCapacity(components * d * d)
            for k in 0..<components {
                let matrix = Array(covariances[(k * d * d)..<((k + 1) * d * d)])
                guard let factor = Cholesky.precisionFactor(ofCovariance: matrix, dimension: d) else {
                    throw .illDefinedCovariance(component: k)
                }
                factors.append(contentsOf: factor)
            }
            return factors
        case .tied:
            guard let factor = Cholesky.precisionFactor(ofCovariance: covariances, dimension: d) else {
                throw .illDefinedCovariance(component: nil)
            }
            return factor
        case .diagonal, .spherical:
            let perComponent = type == .diagonal ? d : 1
            if let index = covariances.firstIndex(where: { !($0 > 0) }) {
                throw .illDefinedCovariance(component: index / perComponent)
            }
            return covariances.map { 1 / $0.squareRoot() }
        }
    }

    /// Σ⁻¹ from the factors: `P Pᵀ` (a small BLAS product in numpy: fused, in
    /// index order) for full and tied, `P²` for diagonal and spherical.
    static func precisions(
        fromFactors factors: [Double], type: CovarianceType, components: Int, features d: Int
    ) -> [Double] {
        switch type {
        case .full, .tied:
            let count = type == .full ? components : 1
            var precisions = [Double](repeating: 0, count: count * d * d)
            for c in 0..<count {
                let base = c * d * d
                for f in 0..<d {
                    for g in 0..<d {
                        var sum = 0.0
                        for h in 0..<d {
                            sum = sum.addingProduct(factors[base + f * d + h], factors[base + g * d + h])
                        }
                        precisions[base + f * d + g] = sum
                    }
                }
            }
            return precisions
        case .diagonal, .spherical:
            return factors.map { $0 * $0 }
        }
    }
}
