import Foundation
import Testing
@testable import Estimators

/// The public fit, k-means or random initialisation included, against scikit-learn 1.9.1.
@Suite("GaussianMixture.fit against scikit-learn")
struct GaussianMixtureTests {
    @Test("The lab: GaussianMixture(3, random_state=42) — weights, means, covariances, n_iter 4, converged")
    func labFit() throws {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let x = Matrix(lab.X)
        let model = try GaussianMixture(components: 3, seed: 42).fit(x)
        let expected = lab.gmm3
        #expect(model.iterations == 4)
        #expect(model.converged)
        #expect(relativeError(model.lowerBound, -3.2277349523591723) < 1e-12)
        #expect(relativeError(model.weights, [0.39019633938276294, 0.20972350171522136, 0.40008015890201576],
                              floor: 0) < 1e-12)
        #expect(relativeError(model.means.storage, [0.0511669266709092, 0.07505700625572384, 3.3983922336290684,
                                                    1.0593538888232843, -1.4076338163153246, 1.427050279153154],
                              floor: 0) < 1e-12)
        #expect(relativeError(model.covariances.values, [
            0.6877822538805471, 0.795911071794542, 0.795911071794542, 1.212218098014894,
            1.1492984555239234, -0.03260640824023637, -0.03260640824023638, 0.9549023759058309,
            0.6347859278759908, 0.7296995970145341, 0.7296995970145341, 1.1610729048532715,
        ], floor: 0) < 1e-12)
        #expect(model.covariances.shape == [3, 2, 2])
        #expect(model.covariances.matrix(component: 1)[0, 1] == model.covariances.values[5])
        #expect(try model.predict(x) == expected.labels)
        #expect(relativeError(try model.bic(x), expected.bic) < 1e-12)
        #expect(relativeError(try model.aic(x), expected.aic) < 1e-12)
        #expect(model.parameterCount == 17)
    }

    @Test("The lab's model selection: BIC and AIC for 1 to 8 components, with n_iter",
          arguments: 1...8)
    func labSelection(components: Int) throws {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let x = Matrix(lab.X)
        let expected = try #require(lab.selection.first { $0.components == components })
        let model = try GaussianMixture(components: components, seed: 42).fit(x)
        #expect(model.iterations == expected.n_iter)
        #expect(model.converged == expected.converged)
        #expect(model.parameterCount == expected.n_parameters)
        #expect(relativeError(try model.bic(x), expected.bic) < 1e-12)
        #expect(relativeError(try model.aic(x), expected.aic) < 1e-12)
        #expect(relativeError(model.lowerBound, expected.lower_bound) < 1e-12)
    }

    @Test("Other data: all covariance types, 2–10 features, every init_params, n_init > 1",
          arguments: MixtureFixtures.gaussianCases)
    func fixtureFit(name: String) throws {
        let fixture = try Fixtures.load(name, as: MixtureCaseFixture.self)
        #expect(fixture.params.namesOnlyKnownOptions, "\(name) names an option this package does not know")
        let x = fixture.matrix
        let model = try fixture.params.gaussianMixture.fit(x)
        let expected = fixture.result
        try expected.expectMatched(by: model, on: x, weightFloor: 1e-3)
        #expect(relativeError(try model.bic(x), try #require(expected.bic)) < 1e-9)
        #expect(relativeError(try model.aic(x), try #require(expected.aic)) < 1e-9)
        #expect(relativeError(model.precisions.values, expected.precisions.values, floor: 1e-3) < 1e-9)
        #expect(maxAbsoluteError(try model.predictProba(x.selectingRows(0..<12)).storage,
                                 expected.predict_proba_head.values) < 1e-9)
        let (samples, labels) = try model.sample(17)
        #expect(labels == expected.sample17.labels)
        #expect(relativeError(samples.storage, expected.sample17.X.values, floor: 1e-2) < 1e-9)
    }

    @Test("Fitting twice gives the same bits; probabilities sum to 1 and predict is their argmax")
    func determinismAndConsistency() throws {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let x = Matrix(lab.X)
        let first = try GaussianMixture(components: 4, seed: 7).fit(x)
        let second = try GaussianMixture(components: 4, seed: 7).fit(x)
        #expect(first.means == second.means && first.covariances == second.covariances)
        #expect(first.lowerBounds == second.lowerBounds)
        let proba = try first.predictProba(x)
        let labels = try first.predict(x)
        for i in 0..<x.rows {
            let row = proba.row(i)
            #expect(abs(row.reduce(0, +) - 1) < 1e-12)
            #expect(labels[i] == row.indices.max { row[$0] < row[$1] })
        }
        let score = try first.score(x)
        #expect(relativeError(score, try first.scoreSamples(x).reduce(0, +) / Double(x.rows)) < 1e-12)
        #expect(relativeError(score, first.lowerBound) < 1e-3)
    }
}
