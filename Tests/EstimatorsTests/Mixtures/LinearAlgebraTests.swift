import Testing
@testable import Estimators

/// The precision Cholesky factor must equal scipy's bit for bit: it feeds every log-density.
@Suite("Cholesky and triangular inverse against scipy")
struct LinearAlgebraTests {
    struct Case: Decodable, Sendable {
        let a: FlatDoubles
        let cholesky: FlatDoubles
        let precision_cholesky: FlatDoubles
    }
    struct File: Decodable, Sendable { let cases: [Case] }

    @Test("scipy.linalg.cholesky(lower=True) and solve_triangular(L, I).T, 1 to 8 features, bit for bit")
    func matchesScipyExactly() throws {
        let file = try Fixtures.load("gmm_linear_algebra", as: File.self)
        #expect(file.cases.count == 96)
        for (index, item) in file.cases.enumerated() {
            let d = Int(Double(item.a.values.count).squareRoot())
            let l = try #require(Cholesky.lower(item.a.values, dimension: d), "case \(index) failed to factor")
            #expect(l == item.cholesky.values, "case \(index) (d = \(d)): L differs from scipy")
            let p = try #require(Cholesky.precisionFactor(ofCovariance: item.a.values, dimension: d))
            #expect(p == item.precision_cholesky.values, "case \(index) (d = \(d)): P differs from scipy")
        }
    }

    @Test("The factor reproduces its matrix and the precision factor inverts it")
    func identities() throws {
        let a: [Double] = [4, 2, 0.4, 2, 3, 0.5, 0.4, 0.5, 2]
        let l = try #require(Cholesky.lower(a, dimension: 3))
        let p = try #require(Cholesky.precisionFactor(ofCovariance: a, dimension: 3))
        for i in 0..<3 {
            for j in 0..<3 {
                var llt = 0.0, apt = 0.0
                for k in 0..<3 {
                    llt += l[i * 3 + k] * l[j * 3 + k]
                    // (A P Pᵀ) = I
                    var ppt = 0.0
                    for h in 0..<3 { ppt += p[k * 3 + h] * p[j * 3 + h] }
                    apt += a[i * 3 + k] * ppt
                }
                #expect(abs(llt - a[i * 3 + j]) < 1e-14)
                #expect(abs(apt - (i == j ? 1 : 0)) < 1e-14)
                if j > i { #expect(l[i * 3 + j] == 0) }
            }
        }
    }

    @Test("Matrices that are not positive definite are refused", arguments: [
        [1.0, 2, 2, 1],            // indefinite
        [0.0, 0, 0, 0],            // zero
        [1.0, 1, 1, 1],            // singular: second pivot is 0
        [-1.0, 0, 0, 1],           // negative pivot first
        [Double.nan, 0, 0, 1],     // NaN
        [Double.infinity, 0, 0, 1],
    ])
    func refusesIndefinite(_ a: [Double]) {
        #expect(Cholesky.lower(a, dimension: 2) == nil)
        #expect(Cholesky.precisionFactor(ofCovariance: a, dimension: 2) == nil)
    }
}
