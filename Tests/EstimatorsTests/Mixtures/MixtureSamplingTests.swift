import Foundation
import Testing
@testable import Estimators

@Suite("Sampling from fitted mixtures, as scikit-learn's sample(n)")
struct MixtureSamplingTests {
    static func labModel() throws -> (GaussianMixtureModel, LabMixtureFixture) {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let model = try GaussianMixture(components: 3, seed: 42)
            .fit(Matrix(lab.X), initialResponsibilities: MixtureFixtures.oneHot(lab.initial_labels, components: 3))
        return (model, lab)
    }

    @Test("The lab's sample(5/20/40/2000): counts [2,2,1], [7,7,6], [15,13,12], [760,428,812] and values",
          arguments: [(5, [2, 2, 1]), (20, [7, 7, 6]), (40, [15, 13, 12]), (2000, [760, 428, 812])])
    func labSamples(count: Int, counts: [Int]) throws {
        let (model, lab) = try Self.labModel()
        let expected = try #require(lab.samples[String(count)])
        let (x, labels) = try model.sample(count)
        #expect(x.rows == count && x.columns == 2)
        #expect(labels == expected.labels)
        #expect((0..<3).map { k in labels.filter { $0 == k }.count } == counts)
        #expect(relativeError(x.storage, expected.X.values, floor: 1e-2) < 1e-12)
    }

    @Test("The same call gives the same samples; a shared generator advances")
    func determinism() throws {
        let (model, _) = try Self.labModel()
        let first = try model.sample(50)
        let second = try model.sample(50)
        #expect(first.X == second.X && first.labels == second.labels)
        var rng = RandomState(seed: 42)
        let fromSeed = try model.sample(50, using: &rng)
        #expect(fromSeed.X == first.X)
        let next = try model.sample(50, using: &rng)
        #expect(next.X != first.X)
    }

    @Test("sample(0) is refused")
    func refusesNoSamples() throws {
        let (model, _) = try Self.labModel()
        #expect(throws: MixtureError.invalidSampleCount(0)) { try model.sample(0) }
    }

    @Test("sample(17) for every covariance type", arguments: MixtureFixtures.gaussianKMeansCases + MixtureFixtures.bayesianKMeansCases)
    func fixtureSamples(name: String) throws {
        let fixture = try Fixtures.load(name, as: MixtureCaseFixture.self)
        let resp = MixtureFixtures.oneHot(try #require(fixture.initial_labels), components: fixture.params.n_components)
        let model: any MixtureModel = name.hasPrefix("bgmm")
            ? try fixture.params.bayesianMixture.fit(fixture.matrix, initialResponsibilities: resp)
            : try fixture.params.gaussianMixture.fit(fixture.matrix, initialResponsibilities: resp)
        let (x, labels) = try model.sample(17)
        #expect(labels == fixture.result.sample17.labels)
        #expect(relativeError(x.storage, fixture.result.sample17.X.values, floor: 1e-2) < 1e-9)
    }
}
