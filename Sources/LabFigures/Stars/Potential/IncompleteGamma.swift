import Foundation

/// The regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
///
/// The bulge of `MWPotential2014` (a power law with an exponential cut-off) has
/// its enclosed mass and potential in closed form only through these, so they
/// are evaluated here rather than by numerical quadrature. P uses its power
/// series where it converges fast (x < a + 1); Q uses Legendre's continued
/// fraction, evaluated by the modified Lentz method, elsewhere (Abramowitz &
/// Stegun 6.5.29 and 6.5.31). Both are accurate to a few units in the last
/// place for the arguments the potential needs (a = 0.1 and 0.6, x up to ~10³).
enum IncompleteGamma {
    /// Relative size of the last term (or factor) at which a sum (or product) stops.
    private static let epsilon = 1e-16
    /// Stand-in for zero in the Lentz recurrences, which divide by their terms.
    private static let tiny = 1e-300
    /// The most terms or factors taken; convergence needs far fewer for a < 1.
    private static let maximumTerms = 10_000

    /// P(a, x) = γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
    static func lowerRegularized(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0 && x >= 0, "incomplete gamma needs a > 0 and x >= 0, got a = \(a), x = \(x)")
        if x == 0 { return 0 }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x)
    }

    /// Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
    static func upperRegularized(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0 && x >= 0, "incomplete gamma needs a > 0 and x >= 0, got a = \(a), x = \(x)")
        if x == 0 { return 1 }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x)
    }

    /// The factor x^a e^(−x) / Γ(a) shared by both expansions.
    private static func prefactor(_ a: Double, _ x: Double) -> Double {
        exp(a * log(x) - x - lgammaPositive(a))
    }

    /// log Γ(a) for a > 0, through `tgamma` for moderate a (no global sign state involved).
    private static func lgammaPositive(_ a: Double) -> Double {
        a < 100 ? log(tgamma(a)) : lgamma(a)
    }

    /// P(a, x) by its series: x^a e^(−x) / Γ(a) · Σ xⁿ / (a (a+1) … (a+n)).
    private static func series(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var denominator = a
        for _ in 0..<maximumTerms {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * epsilon { break }
        }
        return sum * prefactor(a, x)
    }

    /// Q(a, x) by Legendre's continued fraction, modified Lentz evaluation.
    private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...maximumTerms {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let factor = d * c
            h *= factor
            if abs(factor - 1) < epsilon { break }
        }
        return h * prefactor(a, x)
    }
}
