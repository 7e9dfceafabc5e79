import Foundation
import Testing
@testable import Estimators

/// Variational EM on its own, started from scikit-learn's initial k-means labels.
@Suite("BayesianGaussianMixture updates from scikit-learn's initial labels")
struct BayesianMixtureEMTests {
    @Test("The lab's 10-component Dirichlet-process fit: weights, n_iter 103, lower bound")
    func labFit() throws {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let x = Matrix(lab.X)
        let expected = lab.bgmm10
        let model = try BayesianGaussianMixture(components: 10, maxIterations: 1000, seed: 42)
            .fit(x, initialResponsibilities: MixtureFixtures.oneHot(expected.initial_labels, components: 10))
        #expect(model.iterations == 103)
        #expect(model.iterations == expected.n_iter)
        #expect(model.converged)
        #expect(relativeError(model.lowerBound, expected.lower_bound) < 1e-12)
        #expect(relativeError(model.lowerBounds, expected.lower_bounds, floor: 1) < 1e-12)
        // The smallest weight is 4.5e-10: compare relative to each weight, down to 1e-12 of the total.
        #expect(relativeError(model.weights, expected.weights, floor: 1e-12) < 1e-9)
        #expect(relativeError(Array(model.weights.prefix(4)), Array(expected.weights.prefix(4)), floor: 1e-3) < 1e-12)
        #expect(relativeError(model.means.storage, expected.means.values, floor: 1e-2) < 1e-9)
        #expect(relativeError(model.covariances.values, expected.covariances.values, floor: 1e-2) < 1e-9)
        #expect(relativeError(model.meanPrecision, expected.mean_precision, floor: 1) < 1e-12)
        #expect(relativeError(model.degreesOfFreedom, expected.degrees_of_freedom.values, floor: 1) < 1e-12)
        #expect(relativeError(model.weightConcentration.alpha, expected.weight_concentration.alpha, floor: 1) < 1e-12)
        #expect(relativeError(model.meanPrior, expected.mean_prior, floor: 1e-2) < 1e-14)
        #expect(relativeError(model.covariancePrior.values, expected.covariance_prior.values, floor: 1e-2) < 1e-13)
        #expect(try model.predict(x) == expected.labels)
        #expect(relativeError(try model.scoreSamples(x), expected.score_samples, floor: 1) < 1e-9)
    }

    static let kmeansCases = MixtureFixtures.bayesianKMeansCases

    @Test("Both weight priors, all covariance types, explicit priors", arguments: kmeansCases)
    func fixtureFit(name: String) throws {
        let fixture = try Fixtures.load(name, as: MixtureCaseFixture.self)
        let x = fixture.matrix
        let k = fixture.params.n_components
        let labels = try #require(fixture.initial_labels)
        let model = try fixture.params.bayesianMixture
            .fit(x, initialResponsibilities: MixtureFixtures.oneHot(labels, components: k))
        let expected = fixture.result
        try expected.expectMatched(by: model, on: x, weightFloor: 1e-12)
        #expect(relativeError(model.precisions.values, expected.precisions.values, floor: 1e-3) < 1e-9)
        #expect(relativeError(model.meanPrecision, try #require(expected.mean_precision), floor: 1) < 1e-9)
        #expect(relativeError(model.degreesOfFreedom, try #require(expected.degrees_of_freedom).values, floor: 1) < 1e-9)
        let concentration = try #require(expected.weight_concentration)
        #expect(relativeError(model.weightConcentration.alpha, concentration.alpha, floor: 1) < 1e-9)
        if case let .dirichletProcess(_, beta) = model.weightConcentration {
            #expect(relativeError(beta, try #require(concentration.beta), floor: 1) < 1e-9)
        } else {
            #expect(concentration.beta == nil)
        }
        #expect(relativeError(model.covariancePrior.values, try #require(expected.covariance_prior).values, floor: 1e-2) < 1e-12)
        #expect(relativeError(model.meanPrior, try #require(expected.mean_prior), floor: 1e-2) < 1e-12)
        #expect(model.degreesOfFreedomPrior == expected.degrees_of_freedom_prior)
        #expect(model.weightConcentrationPrior == expected.weight_concentration_prior)
        #expect(model.meanPrecisionPrior == expected.mean_precision_prior)
        #expect(relativeError(try model.scoreSamples(x), expected.score_samples, floor: 1) < 1e-9)
        #expect(relativeError(try model.score(x), expected.score) < 1e-9)
    }
}
