import Testing
@testable import Estimators

struct SilhouetteFixture: Decodable {
    struct Case: Decodable, CustomTestStringConvertible {
        let name: String
        let rows: Int
        let columns: Int
        let X: [Double]
        let labels: [Int]
        let sample_size: Int?
        let random_state: UInt32?
        let score: Double
        let samples: [Double]?
        var testDescription: String { name }
        var data: Matrix { Matrix(rows: rows, columns: columns, storage: X) }
    }
    let cases: [Case]
}

/// silhouette_score / silhouette_samples against scikit-learn 1.9.1.
@Suite("silhouette")
struct SilhouetteTests {
    static let cases = (try? CoreFixtures.load("silhouette_cases", as: SilhouetteFixture.self).cases) ?? []

    /// Spec F(1): silhouette_score(X, KMeans(k, n_init=10, random_state=42).fit(X).labels_).
    static let specScores: [(k: Int, score: Double)] = [
        (2, 0.5426422297358302), (3, 0.5890390393551768), (4, 0.6819938690643478), (5, 0.5923875148758644),
        (6, 0.4942157438930076), (7, 0.3928402440522971), (8, 0.32151304035318956),
    ]

    @Test("fixture loads")
    func loads() { #expect(Self.cases.count == 10) }

    @Test("spec F(1): silhouette for k = 2...8 to 1e-12 relative", arguments: specScores.map(\.k))
    func specScore(_ k: Int) throws {
        let expected = try #require(Self.specScores.first { $0.k == k }).score
        let x = try makeBlobs(samples: 300, centers: 4, clusterStd: 0.6, seed: 0).samples
        let labels = try KMeans(clusters: k, initializations: 10, seed: 42).fit(x).labels
        #expect(abs(try silhouetteScore(x, labels: labels) - expected) <= 1e-12 * expected)
    }

    @Test("scores and per-sample coefficients from the fixture", arguments: cases)
    func fixtureCase(_ c: SilhouetteFixture.Case) throws {
        let score = try silhouetteScore(c.data, labels: c.labels, sampleSize: c.sample_size, randomState: c.random_state ?? 0)
        #expect(abs(score - c.score) <= 1e-12 * max(abs(c.score), 1e-300))
        if let expected = c.samples {
            let samples = try silhouetteSamples(c.data, labels: c.labels)
            #expect(maxAbsoluteError(samples, expected) <= 1e-12)
        }
    }

    @Test("a sample alone in its cluster scores exactly 0")
    func singleton() throws {
        let x = Matrix([[0, 0], [0, 1], [5, 5], [5, 6], [20, 20]])
        let samples = try silhouetteSamples(x, labels: [1, 1, 2, 2, 3])
        #expect(samples[4] == 0)
        #expect(samples[0] > 0.8)
    }

    @Test("label counts outside 2...n-1 and malformed input are typed errors")
    func errors() {
        let x = Matrix([[0, 0], [1, 1], [2, 2]])
        #expect(throws: SilhouetteError.invalidLabelCount(labels: 1, samples: 3)) {
            try silhouetteScore(x, labels: [4, 4, 4])
        }
        #expect(throws: SilhouetteError.invalidLabelCount(labels: 3, samples: 3)) {
            try silhouetteSamples(x, labels: [0, 1, 2])
        }
        #expect(throws: SilhouetteError.labelCountMismatch(labels: 2, samples: 3)) {
            try silhouetteScore(x, labels: [0, 1])
        }
        #expect(throws: SilhouetteError.invalidSampleSize(0)) {
            try silhouetteScore(x, labels: [0, 0, 1], sampleSize: 0)
        }
        #expect(throws: SilhouetteError.noFeatures) {
            try silhouetteScore(Matrix(rows: 3, columns: 0), labels: [0, 0, 1])
        }
        #expect(throws: SilhouetteError.nonFiniteValue(row: 1, column: 0, value: .infinity)) {
            try silhouetteScore(Matrix([[0, 0], [.infinity, 1], [2, 2]]), labels: [0, 0, 1])
        }
    }
}
