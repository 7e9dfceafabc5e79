import Testing
@testable import Estimators

struct MultivariateNormalFixture: Decodable {
    struct Case: Decodable {
        let name: String; let seed: UInt32; let warmup_normals: Int; let mean: [Double]; let cov: [Double]
        let dimension: Int; let size: Int; let values: [Double]; let svd_s: [Double]; let svd_vt: [Double]
        let after: [Double]
    }
    let cases: [Case]
    let sweep: [Case]
}

/// multivariate_normal against numpy 2.4.6 + OpenBLAS: the SVD (signs included) and the samples.
@Suite("RandomState: multivariateNormal")
struct MultivariateNormalTests {
    static let fixture = try? Fixtures.load("random_multivariate_normal", as: MultivariateNormalFixture.self)
    static let cases = (fixture?.cases ?? []) + (fixture?.sweep ?? [])

    @Test("fixture loads")
    func loads() { #expect(Self.cases.count == 12 + 48) }

    /// Whether the covariance has singular values at rounding level (rank-deficient).
    static func isRankDeficient(_ c: MultivariateNormalFixture.Case) -> Bool {
        let largest = c.svd_s.max() ?? 0
        return c.svd_s.contains { $0 <= 1e-12 * largest }
    }

    @Test("SVD matches LAPACK's dgesdd, singular-vector signs included", arguments: cases)
    func svd(_ c: MultivariateNormalFixture.Case) throws {
        let svd = try #require(SquareSVD(Matrix(rows: c.dimension, columns: c.dimension, storage: c.cov)))
        let largest = c.svd_s.max() ?? 1
        #expect(maxAbsoluteError(svd.singularValues, c.svd_s) <= 1e-14 * largest)
        // Rows of vt are unit vectors: 1e-12 absolute catches any flipped or permuted row. Rows for
        // singular values at rounding level span a null space that LAPACK picks from rounding noise,
        // so only the rows of the range are compared.
        let d = c.dimension
        for k in 0..<d where c.svd_s[k] > 1e-12 * largest {
            let row = Array(svd.rightSingularVectors.storage[(k * d)..<((k + 1) * d)])
            let expected = Array(c.svd_vt[(k * d)..<((k + 1) * d)])
            #expect(maxAbsoluteError(row, expected) <= 1e-12, "row \(k): \(row) vs numpy \(expected)")
        }
    }

    @Test("samples agree with numpy, and the stream position is exact", arguments: cases)
    func samples(_ c: MultivariateNormalFixture.Case) throws {
        var rng = RandomState(seed: c.seed)
        _ = rng.standardNormal(count: c.warmup_normals)
        let x = try rng.multivariateNormal(mean: c.mean, covariance: Matrix(rows: c.dimension, columns: c.dimension, storage: c.cov),
                                           count: c.size)
        #expect(x.rows == c.size && x.columns == c.dimension)
        let scale = max(c.values.map(abs).max() ?? 1, 1)
        if Self.isRankDeficient(c) {
            // numpy's null-space directions are rounding noise weighted by sqrt(s) ~ sqrt(1e-16 * s_max),
            // so its samples are only defined to about 1e-8 here.
            let bound = 1e-7 * max(1, (c.svd_s.max() ?? 1).squareRoot())
            #expect(maxAbsoluteError(x.storage, c.values) <= bound)
        } else {
            #expect(maxAbsoluteError(x.storage, c.values) <= 1e-12 * scale)
        }
        #expect(rng.randomSample(count: 3) == c.after)
    }

    @Test("every full-rank case of the sweep is in the strict class")
    func sweepCoverage() {
        let fullRank = Self.cases.filter { !Self.isRankDeficient($0) }
        #expect(fullRank.count >= 40)
    }

    @Test("bad covariances are typed errors and draw nothing")
    func errors() {
        var rng = RandomState(seed: 1)
        #expect(throws: RandomStateError.self) {
            try rng.multivariateNormal(mean: [0, 0], covariance: Matrix([[1, 0, 0], [0, 1, 0]]), count: 2)
        }
        #expect(throws: RandomStateError.self) {
            try rng.multivariateNormal(mean: [0, 0, 0], covariance: Matrix([[1, 0], [0, 1]]), count: 2)
        }
        #expect(throws: RandomStateError.self) {
            try rng.multivariateNormal(mean: [0, .nan], covariance: Matrix([[1, 0], [0, 1]]), count: 2)
        }
        #expect(throws: RandomStateError.covarianceNotPositiveSemidefinite(tolerance: 1e-8)) {
            try rng.multivariateNormal(mean: [0, 0], covariance: Matrix([[1, 2], [2, 1]]), count: 2)
        }
        var fresh = RandomState(seed: 1)
        #expect(rng.next32() == fresh.next32())
        // numpy's 'ignore' samples with the (meaningless) indefinite factor anyway.
        #expect((try? rng.multivariateNormal(mean: [0, 0], covariance: Matrix([[1, 2], [2, 1]]), count: 2, check: .ignore)) != nil)
    }
}

extension MultivariateNormalFixture.Case: CustomTestStringConvertible { var testDescription: String { name } }
