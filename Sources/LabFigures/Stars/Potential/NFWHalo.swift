import Foundation

/// The Navarro, Frenk & White (1997) dark halo: Φ = −A ln(1 + r/a) / r.
///
/// `MWPotential2014`'s halo (a = 16 kpc at R₀ = 8 kpc), which supplies 35 % of
/// the radial force at the Sun. It is spherical, so it depends on r = √(R² + z²).
struct NFWHalo: PotentialComponent {
    /// Scale radius a (natural units).
    let scaleRadius: Double
    /// Amplitude A = 4πGρ₀a³ (natural units), fixed by the normalisation.
    let amplitude: Double

    /// A halo supplying the fraction `forceFraction` of the circular-orbit force at R = 1.
    init(scaleRadius: Double, forceFraction: Double) {
        self.scaleRadius = scaleRadius
        let x = 1 / scaleRadius
        // v_c²(r) = A [ln(1 + x) − x / (1 + x)] / r with x = r / a.
        self.amplitude = forceFraction / (log(1 + x) - x / (1 + x))
    }

    func potential(radius: Double, height: Double) -> Double {
        let r = (radius * radius + height * height).squareRoot()
        if r == 0 { return -amplitude / scaleRadius }
        return -amplitude * log(1 + r / scaleRadius) / r
    }

    func radialDerivative(radius: Double) -> Double {
        if radius == 0 { return 0 }
        let x = radius / scaleRadius
        return amplitude * (log(1 + x) - x / (1 + x)) / (radius * radius)
    }
}
