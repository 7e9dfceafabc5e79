import Estimators
import Foundation

/// The Milky Way disc (flag 0): 88 % thin, 12 % thick, on near-circular orbits.
///
/// Kinematics: Gaussian velocity ellipsoids about circular rotation v_c(R)
/// of `MilkyWayPotential.labConvention`, lagging it by the asymmetric drift
/// σ_R²/k with k = 100 km/s (Strömberg's relation; Binney & Tremaine 2008
/// §4.8.2). Solar-neighbourhood dispersions (σ_R, σ_φ, σ_z) are (35, 25, 20)
/// km/s thin and (55, 38, 38) km/s thick (σ_φ/σ_R ≈ 0.7 as the epicycle
/// approximation requires), falling outwards as exp(−(R − R₀)/2R_d) with the
/// disc scale length R_d = 2.6 kpc (Bland-Hawthorn & Gerhard 2016), as for a
/// disc of constant scale height.
///
/// Chemistry (APOGEE's two disc sequences, e.g. Hayden et al. 2015): thin
/// [Fe/H] ~ N(−0.07, 0.22) with [α/Fe] = 0.02 − 0.08 [Fe/H] ± 0.025; thick
/// [Fe/H] ~ N(−0.45, 0.20) with the α-rich [α/Fe] = 0.16 − 0.10 ([Fe/H] + 0.5)
/// ± 0.03. Both end at [Fe/H] = +0.40, the metal-rich edge of the local disc.
enum DiscModel {
    /// Fraction of disc stars in the thin disc.
    static let thinFraction = 0.88
    /// Dispersions (σ_R, σ_φ, σ_z) at R₀ (km/s), thin disc.
    static let thinDispersion = (radial: 35.0, azimuthal: 25.0, vertical: 20.0)
    /// Dispersions (σ_R, σ_φ, σ_z) at R₀ (km/s), thick disc.
    static let thickDispersion = (radial: 55.0, azimuthal: 38.0, vertical: 38.0)
    /// Scale length of the dispersions' fall: twice the disc scale length (kpc).
    static let dispersionScaleLength = 2 * 2.6
    /// Strömberg's constant k in V_lag = σ_R²/k (km/s).
    static let strombergConstant = 100.0
    /// The metal-rich edge of the disc's metallicity distribution.
    static let maximumMetallicity = 0.40

    /// Draws a disc star at `position` (kpc).
    static func draw(at position: Vector3, potential: MilkyWayPotential, using rng: inout RandomState) -> DrawnStar {
        let thin = rng.unit() < thinFraction
        let sigma0 = thin ? thinDispersion : thickDispersion
        let radius = (position.x * position.x + position.y * position.y).squareRoot()
        let falloff = exp(-(radius - GalacticFrame.solarRadius) / dispersionScaleLength)
        let sigmaR = sigma0.radial * falloff
        let sigmaPhi = sigma0.azimuthal * falloff
        let sigmaZ = sigma0.vertical * falloff
        let vR = sigmaR * rng.standardNormal()
        let vPhi = potential.circularVelocity(radius: radius) - sigmaR * sigmaR / strombergConstant
            + sigmaPhi * rng.standardNormal()
        let vZ = sigmaZ * rng.standardNormal()
        let meanMetallicity = thin ? -0.07 : -0.45
        let metallicitySpread = thin ? 0.22 : 0.20
        let metallicity = rng.firstAccepted("disc [Fe/H]", draw: { rng in
            rng.gaussian(mean: meanMetallicity, standardDeviation: metallicitySpread)
        }, accept: { $0 <= maximumMetallicity })
        let alpha = thin
            ? 0.02 - 0.08 * metallicity + 0.025 * rng.standardNormal()
            : 0.16 - 0.10 * (metallicity + 0.5) + 0.03 * rng.standardNormal()
        return DrawnStar(
            population: thin ? .thinDisk : .thickDisk,
            velocity: GalacticFrame.velocity(radial: vR, azimuthal: vPhi, vertical: vZ, at: position),
            metallicity: metallicity, alpha: alpha)
    }
}
