import Foundation
import Testing
@testable import Estimators

@Suite("BayesianGaussianMixture.fit against scikit-learn")
struct BayesianGaussianMixtureTests {
    @Test("The lab: BayesianGaussianMixture(10, max_iter=1000, random_state=42) — 10 weights, n_iter 103, lower bound")
    func labFit() throws {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let x = Matrix(lab.X)
        let model = try BayesianGaussianMixture(components: 10, tolerance: 1e-3, maxIterations: 1000, seed: 42).fit(x)
        #expect(model.iterations == 103)
        #expect(model.converged)
        #expect(relativeError(model.lowerBound, -1807.4071716001156) < 1e-12)
        let weights = [
            0.39517467295469277, 0.20504619634492305, 8.5179474471429783e-04, 0.39884782772281613,
            7.2280268566439127e-05, 6.5709174250096579e-06, 5.9735612948001070e-07, 5.4305102680003988e-08,
            4.9368275163641987e-09, 4.4880250148766351e-10,
        ]
        // Every weight to 1e-12 of itself, the 4.5e-10 one included.
        #expect(relativeError(model.weights, weights, floor: 0) < 1e-12)
        #expect(model.weights.filter { $0 > 0.01 }.count == 3)
        #expect(try model.predict(x) == lab.bgmm10.labels)
        #expect(relativeError(model.means.storage, lab.bgmm10.means.values, floor: 1e-2) < 1e-10)
        let main = [(0, 0.0698, 0.0961), (1, 3.4308, 1.0388), (3, -1.4022, 1.4274)]
        for (k, m0, m1) in main {
            #expect(abs(model.means[k, 0] - m0) < 5e-5 && abs(model.means[k, 1] - m1) < 5e-5)
        }
        let (samples, labels) = try model.sample(17)
        #expect(labels == lab.bgmm10.sample17.labels)
        #expect(relativeError(samples.storage, lab.bgmm10.sample17.X.values, floor: 1e-2) < 1e-9)
    }

    @Test("Both weight priors, all covariance types, explicit priors, every init_params, n_init 2",
          arguments: MixtureFixtures.bayesianCases)
    func fixtureFit(name: String) throws {
        let fixture = try Fixtures.load(name, as: MixtureCaseFixture.self)
        #expect(fixture.params.namesOnlyKnownOptions, "\(name) names an option this package does not know")
        let x = fixture.matrix
        let model = try fixture.params.bayesianMixture.fit(x)
        let expected = fixture.result
        try expected.expectMatched(by: model, on: x, weightFloor: 1e-12)
        #expect(relativeError(model.meanPrecision, try #require(expected.mean_precision), floor: 1) < 1e-9)
        #expect(relativeError(model.degreesOfFreedom, try #require(expected.degrees_of_freedom).values, floor: 1) < 1e-9)
        #expect(relativeError(try model.scoreSamples(x), expected.score_samples, floor: 1) < 1e-9)
        #expect(maxAbsoluteError(try model.predictProba(x.selectingRows(0..<12)).storage,
                                 expected.predict_proba_head.values) < 1e-9)
        let (samples, labels) = try model.sample(17)
        #expect(labels == expected.sample17.labels)
        #expect(relativeError(samples.storage, expected.sample17.X.values, floor: 1e-2) < 1e-9)
    }

    @Test("Resolved default priors: 1/K, 1, the data mean, d, np.cov")
    func defaultPriors() throws {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let x = Matrix(lab.X)
        let model = try BayesianGaussianMixture(components: 4, maxIterations: 5, seed: 1).fit(x)
        #expect(model.weightConcentrationPrior == 0.25)
        #expect(model.meanPrecisionPrior == 1)
        #expect(model.degreesOfFreedomPrior == 2)
        #expect(relativeError(model.meanPrior, lab.bgmm10.mean_prior, floor: 1e-2) < 1e-15)
        #expect(relativeError(model.covariancePrior.values, lab.bgmm10.covariance_prior.values, floor: 1e-2) < 1e-14)
        #expect(!model.converged && model.iterations == 5)
    }
}
