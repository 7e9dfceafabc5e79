import Foundation
import Testing
@testable import Estimators

@Suite("Gaussian log-densities")
struct GaussianComponentsTests {
    /// Random components with positive-definite covariances in d dimensions.
    static func components(type: CovarianceType, d: Int, k: Int, vectorized: Bool) throws -> GaussianComponents {
        var rng = RandomState(seed: UInt32(d * 10 + k))
        let means = (0..<(k * d)).map { _ in 4 * rng.standardNormal() }
        let count = type == .full ? k : 1
        var covariances: [Double] = []
        for _ in 0..<count {
            let m = (0..<(d * (d + 2))).map { _ in rng.standardNormal() }
            for f in 0..<d {
                for g in 0..<d {
                    var sum = f == g ? 0.5 : 0
                    for r in 0..<(d + 2) { sum += m[r * d + f] * m[r * d + g] }
                    covariances.append(sum / Double(d + 2))
                }
            }
        }
        let factors = try PrecisionCholesky.factors(of: covariances, type: type, components: k, features: d)
        return GaussianComponents(type: type, components: k, features: d, means: means,
                                  precisionFactors: factors, vectorized: vectorized)
    }

    static func densities(_ c: GaussianComponents, _ x: Matrix) -> [Double] {
        var out = [Double](repeating: 0, count: x.rows * c.components)
        var scratch = [Double](repeating: 0, count: c.features)
        x.storage.withUnsafeBufferPointer { xs in
            out.withUnsafeMutableBufferPointer { o in
                scratch.withUnsafeMutableBufferPointer { s in
                    c.logDensities(xs.baseAddress!, rows: 0..<x.rows, into: o.baseAddress!, scratch: s.baseAddress!)
                }
            }
        }
        return out
    }

    @Test("The SIMD kernel gives the scalar kernel's bits", arguments: [CovarianceType.full, .tied], Array(1...8))
    func vectorMatchesScalar(type: CovarianceType, d: Int) throws {
        var rng = RandomState(seed: 99)
        let x = Matrix(rows: 300, columns: d, storage: (0..<(300 * d)).map { _ in 5 * rng.standardNormal() })
        let vector = Self.densities(try Self.components(type: type, d: d, k: 3, vectorized: true), x)
        let scalar = Self.densities(try Self.components(type: type, d: d, k: 3, vectorized: false), x)
        #expect(vector == scalar)
    }

    @Test("A log-density equals the closed form for a diagonal covariance in every parameterisation",
          arguments: CovarianceType.allCases)
    func closedForm(type: CovarianceType) throws {
        // One component, mean (1, −2), variances (4, 4) — expressible in all four types.
        let variances = [4.0, 4.0]
        let covariances: [Double] = switch type {
        case .full, .tied: [4, 0, 0, 4]
        case .diagonal: variances
        case .spherical: [4]
        }
        let factors = try PrecisionCholesky.factors(of: covariances, type: type, components: 1, features: 2)
        let c = GaussianComponents(type: type, components: 1, features: 2, means: [1, -2], precisionFactors: factors)
        let x = Matrix([[0.5, 0.25], [3, -2]])
        let got = Self.densities(c, x)
        for i in 0..<2 {
            let q = pow(x[i, 0] - 1, 2) / 4 + pow(x[i, 1] + 2, 2) / 4
            let expected = -0.5 * (2 * log(2 * Double.pi) + log(16) + q)
            #expect(abs(got[i] - expected) < 1e-14)
        }
    }
}

@Suite("M-step statistics")
struct GaussianStatisticsTests {
    @Test("The SIMD covariance sums give the scalar sums' bits", arguments: Array(1...9))
    func vectorMatchesScalar(d: Int) {
        var rng = RandomState(seed: UInt32(d))
        let n = 3000, k = 3
        let x = Matrix(rows: n, columns: d, storage: (0..<(n * d)).map { _ in 3 * rng.standardNormal() + 1 })
        var resp = (0..<(n * k)).map { _ in rng.nextDouble() }
        for i in 0..<n {
            let total = resp[(i * k)..<((i + 1) * k)].reduce(0, +)
            for j in 0..<k { resp[i * k + j] /= total }
        }
        resp[5] = 0  // a skipped sample
        let vector = GaussianStatisticsEstimator(x: x, type: .full, regularization: 1e-6, components: k).estimate(resp)
        let scalar = GaussianStatisticsEstimator(x: x, type: .full, regularization: 1e-6, components: k,
                                                 vectorized: false).estimate(resp)
        #expect(vector.covariances == scalar.covariances)
        #expect(vector.means == scalar.means && vector.counts == scalar.counts)
    }
}
