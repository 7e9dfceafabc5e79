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
        (GaussianMixture(components: 2, maxIterations: -1), "maxIterations"),
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

    @Test("A fit whose responsibilities would not fit in memory is refused before allocating them")
    func tooLargeForMemory() throws {
        // 20 000 samples × 20 000 components: 4e8 responsibilities, over the 2^28 budget.
        let x = Matrix(rows: 20_000, columns: 1, storage: (0..<20_000).map(Double.init))
        let error = #expect(throws: MixtureError.self) { try GaussianMixture(components: 20_000).fit(x) }
        #expect(error == .invalidParameter(
            name: "components", value: "20000",
            expected: "fewer, so that 20000 samples × components and components × 1² features stay within "
                + "268435456 values (2 GiB)"))
        #expect(throws: MixtureError.self) { try BayesianGaussianMixture(components: 20_000).fit(x) }
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

    @Test("An unconverged fit is returned with converged == false and scikit-learn's warning")
    func unconverged() throws {
        let fixture = try Fixtures.load("gmm_full_d2_k5_unconverged", as: MixtureCaseFixture.self)
        let model = try fixture.params.gaussianMixture.fit(fixture.matrix)
        #expect(!model.converged)
        #expect(model.iterations == 3)
        #expect(model.lowerBounds.count == 3)
        #expect(model.warnings == [.notConverged(iterations: 3)])
        #expect(model.warnings.first?.description == "Best performing initialization did not converge after 3 "
                + "iterations. Try different init parameters, or increase max_iter, tol, or check for degenerate data.")
    }

    /// Ten copies of one point: scikit-learn 1.9.1 fits k = 3 with a ConvergenceWarning from the
    /// k-means initialisation; GaussianMixture's weights are 1 - 2 eps, eps, eps, and
    /// BayesianGaussianMixture's 0.95049182, 0.0401351, 0.00937308 (what the reference stack
    /// prints for `np.ones((10, 2))` with `random_state=0`).
    @Test("Identical points: a result and the k-means warning, as scikit-learn gives")
    func identicalPoints() throws {
        let same = Matrix(rows: 10, columns: 2, storage: [Double](repeating: 1, count: 20))
        let warning = MixtureWarning.fewerDistinctClusters(found: 1, requested: 3)
        let gmm = try GaussianMixture(components: 3, seed: 0).fit(same)
        #expect(gmm.warnings == [warning])
        #expect(gmm.converged)
        #expect(abs(gmm.weights[0] - 1) <= 1e-15 && abs(gmm.weights[1] - 2.220446049250313e-16) <= 1e-30)
        // The empty components' means are 0 (their responsibilities are 10 eps each), BIC -200.40872325019978.
        #expect(gmm.means.storage.enumerated().allSatisfy { abs($1 - ($0 < 2 ? 1 : 0)) <= 1e-12 })
        #expect(abs(try gmm.bic(same) - -200.40872325019978) <= 1e-9)
        let bgmm = try BayesianGaussianMixture(components: 3, seed: 0).fit(same)
        #expect(bgmm.warnings == [warning])
        for (got, expected) in zip(bgmm.weights, [0.95049182, 0.0401351, 0.00937308]) {
            #expect(abs(got - expected) <= 1e-8)
        }
        #expect(warning.description == "Number of distinct clusters (1) found smaller than n_clusters (3). "
                + "Possibly due to duplicate points in X.")
        // Several initialisations warn once, not once a run.
        #expect(try GaussianMixture(components: 3, initializations: 3, seed: 0).fit(same).warnings == [warning])
        // Well-separated data: no warning.
        #expect(try GaussianMixture(components: 2, seed: 1).fit(Self.x).warnings.isEmpty)
    }

    /// A case the estimator fuzz test found: scikit-learn 1.9.1 fits it (spherical, k = 4,
    /// tol 0, reg_covar 1e-3, max_iter 1, init 'random', random_state 107) to covariances
    /// [inf, 6.12409261e+306, 1e-3, 9.76081758e+306] and lower bound -1065.1910772086842,
    /// warning "overflow encountered in multiply/matmul".
    @Test("Squares that overflow: scikit-learn's infinite covariance, with the overflow warning")
    func overflow() throws {
        let a = [2.173116843777365, 2.209426367371724, 2.106999979718535]
        let b = [-3.472883703770523, 1.3407807929942596e154, -1.3404696102489422]
        let x = Matrix([a, b, b, b, a, a])
        let model = try GaussianMixture(components: 4, covariance: .spherical, tolerance: 0, regularization: 1e-3,
                                        maxIterations: 1, initialization: .random, seed: 107).fit(x)
        #expect(model.covariances.values[0] == .infinity && model.covariances.values[2] == 1e-3)
        for (got, expected) in zip(model.covariances.values, [Double.infinity, 6.12409261e306, 1e-3, 9.76081758e306])
            where expected.isFinite {
            #expect(abs(got - expected) <= 1e-8 * expected)
        }
        #expect(abs(model.lowerBound - -1065.1910772086842) <= 1e-9)
        #expect(model.warnings == [.notConverged(iterations: 1), .overflow])
        #expect(model.warnings[1].description.hasPrefix("overflow encountered: some fitted parameters"))
    }

    @Test("One EM iteration: scikit-learn's not-converged warning (max_iter=1)")
    func oneIteration() throws {
        let model = try GaussianMixture(components: 2, maxIterations: 1, seed: 0).fit(Self.x)
        #expect(!model.converged)
        #expect(model.warnings == [.notConverged(iterations: 1)])
        #expect(model.warnings[0].description.hasPrefix("Best performing initialization did not converge after 1 iteration."))
    }
}
