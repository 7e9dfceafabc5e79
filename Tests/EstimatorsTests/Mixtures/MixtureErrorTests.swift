import Foundation
import Testing
@testable import Estimators

@Suite("Mixture errors: bad settings, bad data, degenerate covariances")
struct MixtureErrorTests {
    static let x = Matrix([[0, 0], [1, 0.5], [2, 1.5], [3, 2], [0.5, 3], [4, 1]])

    @Test("Bad settings are refused with their name", arguments: [
        (GaussianMixture(components: 0), "components"),
        (GaussianMixture(components: 2, tolerance: -1), "tolerance"),
        (GaussianMixture(components: 2, tolerance: .nan), "tolerance"),
        (GaussianMixture(components: 2, regularization: -1e-6), "regularization"),
        (GaussianMixture(components: 2, regularization: .infinity), "regularization"),
        (GaussianMixture(components: 2, maxIterations: 0), "maxIterations"),
        (GaussianMixture(components: 2, initializations: 0), "initializations"),
    ])
    func badSettings(configuration: GaussianMixture, name: String) throws {
        let error = #expect(throws: MixtureError.self) { try configuration.fit(Self.x) }
        guard case let .invalidParameter(reported, _, _) = error else {
            Issue.record("expected invalidParameter, got \(String(describing: error))")
            return
        }
        #expect(reported == name)
        #expect(error?.description.contains(name) == true)
    }

    @Test("Too little data, more components than samples, non-finite values")
    func badData() throws {
        #expect(throws: MixtureError.tooLittleData(samples: 1, features: 2, requiredSamples: 2)) {
            try GaussianMixture(components: 1).fit(Matrix([[1, 2]]))
        }
        #expect(throws: MixtureError.tooLittleData(samples: 3, features: 0, requiredSamples: 2)) {
            try GaussianMixture(components: 1).fit(Matrix(rows: 3, columns: 0))
        }
        #expect(throws: MixtureError.fewerSamplesThanComponents(samples: 6, components: 7)) {
            try GaussianMixture(components: 7).fit(Self.x)
        }
        var bad = Self.x
        bad[4, 1] = .nan
        let error = #expect(throws: MixtureError.self) { try BayesianGaussianMixture(components: 2).fit(bad) }
        #expect(error?.description == "the data contains nan at row 4, column 1: every value must be finite")
    }

    @Test("A fitted model refuses data with other features or non-finite values")
    func badEvaluationData() throws {
        let model = try GaussianMixture(components: 2, seed: 1).fit(Self.x)
        #expect(throws: MixtureError.featureCountMismatch(expected: 2, got: 3)) {
            try model.predict(Matrix([[1, 2, 3]]))
        }
        #expect(throws: MixtureError.nonFiniteValue(row: 0, column: 0, value: .infinity)) {
            try model.scoreSamples(Matrix([[.infinity, 2]]))
        }
        #expect(throws: MixtureError.tooLittleData(samples: 0, features: 2, requiredSamples: 1)) {
            try model.predictProba(Matrix(rows: 0, columns: 2))
        }
    }

    @Test("Collapsed samples without regularisation: scikit-learn's ill-defined covariance error",
          arguments: CovarianceType.allCases)
    func illDefinedCovariance(type: CovarianceType) throws {
        // Two clusters of identical points, one at the origin so that its variances are exactly zero
        // (scikit-learn raises for this data with every covariance type).
        let collapsed = Matrix([[0, 0], [0, 0], [0, 0], [5, 5], [5, 5], [5, 5]])
        let error = #expect(throws: MixtureError.self) {
            try GaussianMixture(components: 2, covariance: type, regularization: 0, seed: 0).fit(collapsed)
        }
        guard case .illDefinedCovariance = error else {
            Issue.record("expected illDefinedCovariance, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("Fitting the mixture model failed because some components have "
            + "ill-defined empirical covariance (for instance caused by singleton or collapsed samples). Try to "
            + "decrease the number of components, increase reg_covar, or scale the input data.") == true)
        // The default regularisation makes the same data fit.
        let model = try GaussianMixture(components: 2, covariance: type, seed: 0).fit(collapsed)
        #expect(try model.predict(collapsed) == [0, 0, 0, 1, 1, 1] || (try model.predict(collapsed)) == [1, 1, 1, 0, 0, 0])
    }

    @Test("Bad priors are refused with what was expected")
    func badPriors() throws {
        func reported(_ configuration: BayesianGaussianMixture) -> String? {
            do {
                _ = try configuration.fit(Self.x)
                return nil
            } catch {
                guard case let .invalidParameter(name, _, _) = error else { return "\(error)" }
                return name
            }
        }
        #expect(reported(BayesianGaussianMixture(components: 2, weightConcentrationPrior: 0)) == "weightConcentrationPrior")
        #expect(reported(BayesianGaussianMixture(components: 2, meanPrecisionPrior: -1)) == "meanPrecisionPrior")
        #expect(reported(BayesianGaussianMixture(components: 2, meanPrior: [1, 2, 3])) == "meanPrior")
        #expect(reported(BayesianGaussianMixture(components: 2, meanPrior: [1, .nan])) == "meanPrior[1]")
        #expect(reported(BayesianGaussianMixture(components: 2, degreesOfFreedomPrior: 0.5)) == "degreesOfFreedomPrior")
        #expect(reported(BayesianGaussianMixture(components: 2, covariancePrior: .variance(1))) == "covariancePrior")
        #expect(reported(BayesianGaussianMixture(
            components: 2, covariancePrior: .matrix(Matrix([[1, 0.5], [0.4, 1]])))) == "covariancePrior")
        #expect(reported(BayesianGaussianMixture(
            components: 2, covariancePrior: .matrix(Matrix([[1, 2], [2, 1]])))) == "covariancePrior")
        #expect(reported(BayesianGaussianMixture(
            components: 2, covariance: .diagonal, covariancePrior: .variances([1, 0])))
            == "covariancePrior[1]")
        #expect(reported(BayesianGaussianMixture(
            components: 2, covariance: .spherical, covariancePrior: .variance(-2))) == "covariancePrior")
        // ν₀ just above d − 1 is allowed, as in scikit-learn.
        #expect(reported(BayesianGaussianMixture(components: 2, degreesOfFreedomPrior: 1.01, seed: 3)) == nil)
    }

    @Test("Collapsed samples away from the origin: variances round to tiny positives and fit, as in scikit-learn",
          arguments: [CovarianceType.diagonal, .spherical])
    func roundedVariances(type: CovarianceType) throws {
        let collapsed = Matrix([[1, 1], [1, 1], [1, 1], [5, 5], [5, 5], [5, 5]])
        let model = try GaussianMixture(components: 2, covariance: type, regularization: 0, seed: 0).fit(collapsed)
        // scikit-learn 1.9.1: covariances 1.77635684e-14 (x = 5) and 7.77156117e-16 (x = 1), lower bound 30.695234340563236.
        #expect(model.lowerBound == 30.695234340563236)
        #expect(model.covariances.values.contains(1.7763568394002505e-14))
    }

    @Test("An unconverged fit is returned with converged == false")
    func unconverged() throws {
        let fixture = try MixtureFixtures.load("gmm_full_d2_k5_unconverged", as: MixtureCaseFixture.self)
        let model = try fixture.params.gaussianMixture.fit(fixture.matrix)
        #expect(!model.converged)
        #expect(model.iterations == 3)
        #expect(model.lowerBounds.count == 3)
    }
}
