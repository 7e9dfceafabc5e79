import Foundation

/// The Miyamoto & Nagai (1975) flattened disc: Φ = −A / √(R² + (a + √(z² + b²))²).
///
/// `MWPotential2014`'s stellar disc (a = 3 kpc, b = 0.28 kpc at R₀ = 8 kpc),
/// which supplies 60 % of the radial force at the Sun.
struct MiyamotoNagaiDisk: PotentialComponent {
    /// Scale length a (natural units).
    let scaleLength: Double
    /// Scale height b (natural units).
    let scaleHeight: Double
    /// Amplitude A = GM (natural units), fixed by the normalisation.
    let amplitude: Double

    /// A disc supplying the fraction `forceFraction` of the circular-orbit force at R = 1.
    init(scaleLength: Double, scaleHeight: Double, forceFraction: Double) {
        self.scaleLength = scaleLength
        self.scaleHeight = scaleHeight
        let s = scaleLength + scaleHeight
        // v_c²(R) = A R² / (R² + (a + b)²)^(3/2); at R = 1 this must equal the fraction.
        self.amplitude = forceFraction * pow(1 + s * s, 1.5)
    }

    func potential(radius: Double, height: Double) -> Double {
        let vertical = scaleLength + (height * height + scaleHeight * scaleHeight).squareRoot()
        return -amplitude / (radius * radius + vertical * vertical).squareRoot()
    }

    func radialDerivative(radius: Double) -> Double {
        let s = scaleLength + scaleHeight
        return amplitude * radius / pow(radius * radius + s * s, 1.5)
    }
}
