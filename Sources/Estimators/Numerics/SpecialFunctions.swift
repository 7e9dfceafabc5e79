import Foundation

/// The special functions the variational mixture needs: digamma, log-gamma and log-beta.
///
/// They follow scipy.special's definitions and domains (`digamma`, `gammaln`,
/// `betaln`), so the Bayesian mixture's expectations and lower bound match
/// scikit-learn's. Accuracy is checked against scipy in `SpecialFunctionTests`.
enum SpecialFunctions {
    /// The Euler–Mascheroni constant, ψ(1) = −γ.
    static let eulerGamma = 0.57721566490153286061

    /// The largest argument for which Γ(x) is finite in double precision.
    static let largestGammaArgument = 171.624376956302725

    /// The digamma function ψ(x) = d/dx ln Γ(x).
    ///
    /// Positive integers up to 10 use the harmonic sum ψ(n) = H(n−1) − γ. Other
    /// arguments below 10 are moved up with the recurrence ψ(x) = ψ(x+1) − 1/x
    /// (the reciprocals are summed separately and subtracted once), and
    /// ψ(x ≥ 10) = ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) with seven Bernoulli terms,
    /// whose truncation error is below 1e-17 there. Negative arguments use the
    /// reflection ψ(1−x) = ψ(x) + π cot(πx). The result agrees with scipy to
    /// 1e-15 relative wherever |ψ(x)| ≥ 1 and to 1e-15 absolute elsewhere (ψ
    /// crosses zero at x ≈ 1.4616, where no relative bound is meaningful).
    /// Poles: ψ(0) = ∓∞ by the sign of zero as in scipy, NaN at negative integers.
    static func digamma(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x == -.infinity { return .nan }
        if x == 0 { return x.sign == .minus ? .infinity : -.infinity }
        var x = x
        var reflection = 0.0
        if x < 0 {
            let fraction = x - x.rounded(.towardZero)
            if fraction == 0 { return .nan }
            reflection = -Double.pi / tan(Double.pi * fraction)
            x = 1 - x
        }
        if x <= 10 && x == x.rounded(.down) {
            var harmonic = 0.0
            var i = 1.0
            while i < x {
                harmonic += 1 / i
                i += 1
            }
            return reflection + (harmonic - eulerGamma)
        }
        var reciprocals = 0.0
        while x < 10 {
            reciprocals += 1 / x
            x += 1
        }
        let z = 1 / (x * x)
        // Σ B₂ₖ/(2k) zᵏ for k = 1…7, in Horner form: 1/12, −1/120, 1/252, −1/240, 1/132, −691/32760, 1/12.
        var series = 1.0 / 12
        series = 691.0 / 32760 - z * series
        series = 1.0 / 132 - z * series
        series = 1.0 / 240 - z * series
        series = 1.0 / 252 - z * series
        series = 1.0 / 120 - z * series
        series = 1.0 / 12 - z * series
        let asymptotic = log(x) - 0.5 / x - z * series
        return reflection + (asymptotic - reciprocals)
    }

    /// ln |Γ(x)| (scipy's `gammaln`), thread-safe.
    static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// ln |B(a, b)| = ln |Γ(a)Γ(b)/Γ(a+b)| for positive a and b (scipy's `betaln`).
    ///
    /// Like scipy it avoids the cancellation in lnΓ(a+b) − lnΓ(a) when one
    /// argument exceeds a million times the other (and a million) with the
    /// expansion ln Γ(a)/Γ(a+b) ≈ −b ln a + b(1−b)/(2a) + b(1−b)(1−2b)/(12a²) −
    /// b²(1−b)²/(12a³); uses log-gammas when Γ would overflow, and the ratio of
    /// gammas otherwise. Non-positive arguments give NaN (the mixture never
    /// passes them).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0 else { return .nan }
        let large = Swift.max(a, b)
        let small = Swift.min(a, b)
        if large > 1e6 * small && large > 1e6 {
            let oneMinus = 1 - small
            var result = logGamma(small)
            result -= small * log(large)
            result += small * oneMinus / (2 * large)
            result += small * oneMinus * (1 - 2 * small) / (12 * large * large)
            result += -small * small * oneMinus * oneMinus / (12 * large * large * large)
            return result
        }
        let total = large + small
        if total > largestGammaArgument || large > largestGammaArgument {
            return logGamma(large) + (logGamma(small) - logGamma(total))
        }
        let gammaTotal = tgamma(total)
        let gammaLarge = tgamma(large)
        let gammaSmall = tgamma(small)
        var ratio: Double
        if abs(gammaLarge - gammaTotal) > abs(gammaSmall - gammaTotal) {
            ratio = gammaSmall / gammaTotal
            ratio *= gammaLarge
        } else {
            ratio = gammaLarge / gammaTotal
            ratio *= gammaSmall
        }
        return log(abs(ratio))
    }
}
