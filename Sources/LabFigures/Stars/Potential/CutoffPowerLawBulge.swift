import Foundation

/// A spherical power-law bulge with an exponential cut-off: ρ ∝ r^(−α) exp(−(r/r_c)²).
///
/// `MWPotential2014`'s bulge (α = 1.8, r_c = 1.9 kpc at R₀ = 8 kpc), which
/// supplies 5 % of the radial force at the Sun. With x = r²/r_c²,
/// s₁ = (3 − α)/2 and s₀ = 1 − α/2 its enclosed mass and potential are
///
///     G M(r) = K γ(s₁, x),   Φ(r) = −K [γ(s₁, x) / r + Γ(s₀, x) / r_c],
///
/// (γ and Γ the lower and upper incomplete gamma functions), obtained by
/// integrating the density with the substitution u = s²/r_c².
struct CutoffPowerLawBulge: PotentialComponent {
    /// Inner power-law slope α (< 2 so that the potential is finite at the centre).
    let slope: Double
    /// Cut-off radius r_c (natural units).
    let cutoffRadius: Double
    /// Amplitude K = 2πGρ₀ r_c^(3−α) (natural units), fixed by the normalisation.
    let amplitude: Double

    /// A bulge supplying the fraction `forceFraction` of the circular-orbit force at R = 1.
    init(slope: Double, cutoffRadius: Double, forceFraction: Double) {
        self.slope = slope
        self.cutoffRadius = cutoffRadius
        let s1 = 1.5 - slope / 2
        // v_c²(r) = G M(r) / r = K γ(s₁, x) / r; at r = 1 this must equal the fraction.
        self.amplitude = forceFraction / Self.lowerGamma(s1, 1 / (cutoffRadius * cutoffRadius))
    }

    /// γ(s, x) = Γ(s) P(s, x), the non-regularised lower incomplete gamma function.
    private static func lowerGamma(_ s: Double, _ x: Double) -> Double {
        tgamma(s) * IncompleteGamma.lowerRegularized(s, x)
    }

    /// Γ(s, x) = Γ(s) Q(s, x), the non-regularised upper incomplete gamma function.
    private static func upperGamma(_ s: Double, _ x: Double) -> Double {
        tgamma(s) * IncompleteGamma.upperRegularized(s, x)
    }

    func potential(radius: Double, height: Double) -> Double {
        let r = (radius * radius + height * height).squareRoot()
        let s0 = 1 - slope / 2
        if r == 0 { return -amplitude * tgamma(s0) / cutoffRadius }
        let x = r * r / (cutoffRadius * cutoffRadius)
        let s1 = 1.5 - slope / 2
        return -amplitude * (Self.lowerGamma(s1, x) / r + Self.upperGamma(s0, x) / cutoffRadius)
    }

    func radialDerivative(radius: Double) -> Double {
        if radius == 0 { return 0 }
        let x = radius * radius / (cutoffRadius * cutoffRadius)
        return amplitude * Self.lowerGamma(1.5 - slope / 2, x) / (radius * radius)
    }
}
