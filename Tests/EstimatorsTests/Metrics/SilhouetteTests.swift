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
    static let cases = (try? Fixtures.load("silhouette_cases", as: SilhouetteFixture.self).cases) ?? []

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
        let score = try silhouetteScore(c.data, labels: c.labels, sampleSize: c.sample_size, seed: c.random_state ?? 0)
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
        #expect(SilhouetteError.invalidLabelCount(labels: 1, samples: 20).description == "Number of labels is 1. "
                + "Valid values are 2 to n_samples - 1 (inclusive): 2...19 for 20 samples; the silhouette compares "
                + "each cluster with its nearest other one")
        #expect(SilhouetteError.invalidLabelCount(labels: 2, samples: 2).description.contains(
            "(inclusive): none for 2 samples;"))
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

/// The tiled SIMD kernel against a direct transcription of scikit-learn's definition, on shapes that
/// exercise full tiles, leftover rows and tiny inputs. Same operations in the same order, so equal bits.
@Suite("silhouette kernel vs. direct definition")
struct SilhouetteKernelTests {
    static func reference(_ x: Matrix, labels: [Int]) -> [Double] {
        let n = x.rows, d = x.columns
        let classes = Array(Set(labels)).sorted()
        let codes = labels.map { classes.firstIndex(of: $0)! }
        var counts = [Double](repeating: 0, count: classes.count)
        for c in codes { counts[c] += 1 }
        let norms = (0..<n).map { i in (0..<d).reduce(0.0) { $0 + x[i, $1] * x[i, $1] } }
        return (0..<n).map { i in
            var sums = [Double](repeating: 0, count: classes.count)
            for j in 0..<n {
                var dot = x[i, 0] * (-2 * x[j, 0])
                for f in 1..<d { dot += x[i, f] * (-2 * x[j, f]) }
                let squared = (dot + norms[i]) + norms[j]
                sums[codes[j]] += i == j ? 0 : max(squared, 0).squareRoot()
            }
            let a = sums[codes[i]] / (counts[codes[i]] - 1)
            var b = Double.infinity
            for c in classes.indices where c != codes[i] { b = min(b, sums[c] / counts[c]) }
            let s = (b - a) / max(a, b)
            return s.isNaN ? 0 : s
        }
    }

    @Test("bit-identical to the direct definition", arguments: [(3, 1), (7, 2), (8, 3), (9, 2), (16, 5), (23, 4), (41, 7)])
    func matchesDefinition(_ shape: (rows: Int, columns: Int)) throws {
        var rng = RandomState(seed: UInt32(shape.rows * 100 + shape.columns))
        let x = Matrix(rows: shape.rows, columns: shape.columns,
                       storage: try rng.normal(standardDeviation: 3, count: shape.rows * shape.columns))
        var labels = try rng.randint(low: 0, high: 3, count: shape.rows)
        labels[0] = 0
        labels[1] = 1  // at least two labels
        if Set(labels).count == shape.rows { labels[2] = labels[1] }  // at most n - 1 labels
        #expect(try silhouetteSamples(x, labels: labels) == Self.reference(x, labels: labels))
    }
}
