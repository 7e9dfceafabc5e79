import Foundation
import Testing
@testable import Estimators

@Suite("digamma, gammaln and betaln against scipy.special")
struct SpecialFunctionTests {
    struct File: Decodable, Sendable {
        let x: [Double]
        let digamma: [Double]
        let gammaln: [Double]
        let betaln_pairs: [[Double]]
        let betaln: [Double]
    }

    @Test("digamma: 1e-15 relative where |ψ| ≥ 1, 1e-15 absolute near its root")
    func digamma() throws {
        let file = try Fixtures.load("bgmm_special_functions", as: File.self)
        var worstRelative = 0.0, worstAbsolute = 0.0
        for (x, expected) in zip(file.x, file.digamma) where x > 0 {
            let actual = SpecialFunctions.digamma(x)
            if abs(expected) >= 1 {
                worstRelative = max(worstRelative, abs(actual - expected) / abs(expected))
            } else {
                worstAbsolute = max(worstAbsolute, abs(actual - expected))
            }
        }
        #expect(worstRelative <= 1e-15)
        #expect(worstAbsolute <= 1e-15)
    }

    @Test("digamma on negative arguments uses the reflection formula")
    func digammaNegative() throws {
        let file = try Fixtures.load("bgmm_special_functions", as: File.self)
        for (x, expected) in zip(file.x, file.digamma) where x < 0 {
            let actual = SpecialFunctions.digamma(x)
            #expect(abs(actual - expected) <= 4e-15 * max(1, abs(expected)), "digamma(\(x))")
        }
    }

    @Test("digamma's special values")
    func digammaSpecialValues() {
        #expect(SpecialFunctions.digamma(1) == -SpecialFunctions.eulerGamma)
        #expect(SpecialFunctions.digamma(0) == -.infinity)
        #expect(SpecialFunctions.digamma(-0.0) == .infinity)
        #expect(SpecialFunctions.digamma(-3).isNaN)
        #expect(SpecialFunctions.digamma(.nan).isNaN)
        #expect(SpecialFunctions.digamma(.infinity) == .infinity)
        // the recurrence ψ(x + 1) = ψ(x) + 1/x
        for x in [0.3, 1.7, 4.2, 9.5, 13.25] {
            #expect(abs(SpecialFunctions.digamma(x + 1) - (SpecialFunctions.digamma(x) + 1 / x)) < 4e-15)
        }
    }

    @Test("gammaln agrees with scipy to 1e-15 relative (absolute near its zeros at 1 and 2)")
    func gammaln() throws {
        let file = try Fixtures.load("bgmm_special_functions", as: File.self)
        for (x, expected) in zip(file.x, file.gammaln) where x > 0 {
            let actual = SpecialFunctions.logGamma(x)
            #expect(abs(actual - expected) <= 1e-15 * max(1, abs(expected)), "gammaln(\(x))")
        }
    }

    /// betaln(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a+b) cancels large terms when an argument is large;
    /// scipy's value carries the same rounding (a few ulps of those terms), so the
    /// comparison is scaled by them: the error budget is the problem's conditioning.
    @Test("betaln agrees with scipy to a few ulps of the cancelling log-gammas")
    func betaln() throws {
        let file = try Fixtures.load("bgmm_special_functions", as: File.self)
        for (pair, expected) in zip(file.betaln_pairs, file.betaln) {
            let (a, b) = (pair[0], pair[1])
            let actual = SpecialFunctions.logBeta(a, b)
            let magnitude = max(1, abs(lgamma(a)) + abs(lgamma(b)) + abs(lgamma(a + b)) + abs(expected))
            let ulps = abs(actual - expected) / (Double.ulpOfOne * magnitude)
            #expect(ulps <= 4, "betaln(\(a), \(b)) = \(actual), scipy \(expected)")
        }
        // When nothing cancels (both arguments moderate) the agreement is tight.
        for (pair, expected) in zip(file.betaln_pairs, file.betaln) where max(pair[0], pair[1]) < 20 {
            #expect(abs(SpecialFunctions.logBeta(pair[0], pair[1]) - expected) <= 4e-15 * max(1, abs(expected)))
        }
        #expect(SpecialFunctions.logBeta(0, 1).isNaN)
    }
}
