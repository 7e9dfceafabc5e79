import Foundation
import Testing
@testable import Estimators

/// One `mixture_max_iter_zero.json` case (Scripts/make-mixture-fixtures.py maxiter0).
struct MaxIterZeroFixture: Decodable {
    struct Case: Decodable, CustomTestStringConvertible {
        let model: String
        let params: MixtureParameters
        let X: [[Double]]
        let weights: [Double]
        let means: [[Double]]
        let covariances: [Double]
        let precisions_cholesky: [Double]
        let labels: [Int]
        let n_iter: Int
        let converged: Bool
        let lower_bound: String
        let lower_bounds: Int
        let warnings: [String]
        var testDescription: String { "\(model) \(params.covariance_type ?? "full") init \(params.init_params ?? "kmeans")" }
    }
    let cases: [Case]
}

/// scikit-learn's `max_iter=0`: the mixture keeps the last run's initial parameters, reports
/// n_iter 0, no lower bound, and does not warn about convergence. A Gaussian mixture started
/// from single samples (k-means++, random_from_data) keeps their unnormalised weights, 1/n each.
@Suite("Mixtures with max_iter = 0")
struct MixtureMaxIterZeroTests {
    static let cases = (try? Fixtures.load("mixture_max_iter_zero", as: MaxIterZeroFixture.self).cases) ?? []

    @Test func fixtureLoads() { #expect(Self.cases.count == 5) }

    @Test("initial parameters as scikit-learn's", arguments: cases)
    func initialParameters(_ c: MaxIterZeroFixture.Case) throws {
        let x = Matrix(c.X)
        let model: any MixtureModel = c.model == "bgmm"
            ? try c.params.bayesianMixture.fit(x) : try c.params.gaussianMixture.fit(x)
        #expect(relativeError(model.weights, c.weights) < 1e-12)
        #expect(relativeError(model.means.storage, c.means.flatMap { $0 }, floor: 1e-3) < 1e-12)
        #expect(relativeError(model.covariances.values, c.covariances, floor: 1e-3) < 1e-12)
        #expect(relativeError(model.precisionsCholesky.values, c.precisions_cholesky, floor: 1e-3) < 1e-12)
        #expect(try model.predict(x) == c.labels)
        #expect(model.iterations == c.n_iter && c.n_iter == 0)
        #expect(model.converged == c.converged)
        #expect(c.lower_bound == "-inf" && model.lowerBound == -.infinity)
        #expect(model.lowerBounds.count == c.lower_bounds)
        #expect(model.warnings.isEmpty && c.warnings.isEmpty, "scikit-learn does not warn after max_iter=0")
    }
}
