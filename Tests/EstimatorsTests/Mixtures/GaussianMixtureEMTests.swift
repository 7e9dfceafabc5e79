import Foundation
import Testing
@testable import Estimators

/// EM on its own: started from scikit-learn's own initial k-means labels, the
/// fit must follow scikit-learn's iterations exactly.
@Suite("GaussianMixture EM from scikit-learn's initial labels")
struct GaussianMixtureEMTests {
    @Test("The lab's 3-component fit: weights, means, covariances, n_iter 4, lower bound")
    func labFit() throws {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let x = Matrix(lab.X)
        let model = try GaussianMixture(components: 3, seed: 42)
            .fit(x, initialResponsibilities: MixtureFixtures.oneHot(lab.initial_labels, components: 3))
        let expected = lab.gmm3
        #expect(model.converged == expected.converged)
        #expect(model.iterations == expected.n_iter)
        #expect(model.iterations == 4)
        #expect(relativeError(model.lowerBound, expected.lower_bound) < 1e-13)
        #expect(relativeError(model.lowerBounds, expected.lower_bounds, floor: 1) < 1e-13)
        #expect(relativeError(model.weights, expected.weights, floor: 1e-3) < 1e-12)
        #expect(relativeError(model.means.storage, expected.means.values, floor: 1e-2) < 1e-12)
        #expect(relativeError(model.covariances.values, expected.covariances.values, floor: 1e-2) < 1e-12)
        #expect(relativeError(model.precisionsCholesky.values, expected.precisions_cholesky.values, floor: 1e-2) < 1e-12)
        #expect(try model.predict(x) == expected.labels)
        #expect(relativeError(try model.scoreSamples(x), expected.score_samples, floor: 1) < 1e-12)
        #expect(relativeError(try model.bic(x), expected.bic) < 1e-12)
        #expect(relativeError(try model.aic(x), expected.aic) < 1e-12)
        let grid = Matrix(expected.grid)
        #expect(relativeError(try model.scoreSamples(grid), expected.grid_score_samples, floor: 1) < 1e-12)
        let head = x.selectingRows(0..<12)
        #expect(maxAbsoluteError(try model.predictProba(head).storage, expected.predict_proba_head.values) < 1e-12)
    }

    static let kmeansCases = MixtureFixtures.gaussianKMeansCases

    @Test("Other data, all covariance types, from scikit-learn's first k-means labels", arguments: kmeansCases)
    func fixtureFit(name: String) throws {
        let fixture = try Fixtures.load(name, as: MixtureCaseFixture.self)
        let x = fixture.matrix
        let k = fixture.params.n_components
        let labels = try #require(fixture.initial_labels)
        let model = try fixture.params.gaussianMixture
            .fit(x, initialResponsibilities: MixtureFixtures.oneHot(labels, components: k))
        let expected = fixture.result
        try expected.expectMatched(by: model, on: x, weightFloor: 1e-3)
        #expect(relativeError(try model.bic(x), try #require(expected.bic)) < 1e-9)
        #expect(relativeError(try model.aic(x), try #require(expected.aic)) < 1e-9)
        #expect(model.parameterCount == expected.n_parameters)
        #expect(relativeError(model.precisions.values, expected.precisions.values, floor: 1e-3) < 1e-9)
        #expect(relativeError(try model.scoreSamples(x), expected.score_samples, floor: 1) < 1e-9)
        #expect(relativeError(try model.score(x), expected.score) < 1e-9)
    }
}
