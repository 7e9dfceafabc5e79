import Estimators
import Foundation

/// The Milky Way's own halo (flag 1): metal-poor, α-rich, hot, radially anisotropic and slowly prograde.
///
/// Kinematics: a Gaussian velocity ellipsoid (σ_R, σ_φ, σ_z) = (145, 80, 80)
/// km/s about a mean rotation of 30 km/s. The dispersions are the local
/// halo's as SDSS measured them, radially anisotropic (β ≈ 0.7): (141, 75, 85)
/// km/s in Bond et al. (2010), (143, 82, 77) km/s in Smith et al. (2009). The
/// weak prograde rotation is that of the in-situ halo and the heated early
/// disc (the "Splash"), whose stars are kinematically hot and reach down to
/// v_φ ≈ 0 (Helmi et al. 2018; Belokurov et al. 2020). The ellipsoid is
/// lowered like a Michie–King model: f ∝ exp(−E/s²) − exp(−E_t/s²) for
/// E < E_t, zero above, with s = 70 km/s and E_t = −9.8 × 10⁴ km²/s²
/// (apocentres near 80 kpc). Stars on such wide orbits spend almost no time
/// within 3.5 kpc of the Sun; the lowering removes the Gaussian's unbound
/// tail (the lab's fastest star has En = −1.08 × 10⁵). Drawn by rejection:
/// accept with probability 1 − exp((E − E_t)/s²).
///
/// Chemistry: the simple closed-box model's metallicity distribution, dN/d log Z
/// ∝ Z e^(−Z/p) (Hartwick 1976), i.e. Z/p exponential, with yield log p = −0.75,
/// so the halo's stars peak at [Fe/H] ≈ −0.75 with a long metal-poor tail
/// (mean ≈ −1.0) and overlap Gaia-Enceladus's [Fe/H] ≈ −1.3 widely, as the
/// in-situ halo and the Splash do (Helmi et al. 2018; Belokurov et al. 2020;
/// the lab's `describe()` implies a mean near −1.0 for its 304 non-disc stars).
/// APOGEE's grid ends at [Fe/H] = −2.5 (the lab's minimum is −2.52), so
/// stars below it are not in the sample. [α/Fe] follows the high-α plateau
/// 0.32 below [Fe/H] = −1 and falls as 0.22 per dex above, ± 0.03.
enum HaloModel {
    /// Mean azimuthal velocity (km/s).
    static let meanRotation = 30.0
    /// Dispersions (σ_R, σ_φ, σ_z) (km/s).
    static let dispersion = (radial: 145.0, azimuthal: 80.0, vertical: 80.0)
    /// Truncation energy E_t of the lowered distribution (km²/s², lab convention).
    static let truncationEnergy = -98_000.0
    /// Squared energy scale s² of the lowering (km²/s²).
    static let loweringScale = 70.0 * 70.0
    /// log₁₀ of the closed-box effective yield p.
    static let logYield = -0.75
    /// The lowest [Fe/H] APOGEE's abundance grid reports.
    static let minimumMetallicity = -2.5

    /// [α/Fe] of the α-rich (in-situ) sequence at a given [Fe/H].
    static func highAlphaSequence(_ metallicity: Double) -> Double {
        metallicity <= -1.0 ? 0.32 : 0.32 - 0.22 * (metallicity + 1.0)
    }

    /// Draws a halo star at `position` (kpc).
    static func draw(at position: Vector3, potential: MilkyWayPotential, using rng: inout RandomState) -> DrawnStar {
        let radius = (position.x * position.x + position.y * position.y).squareRoot()
        let potentialHere = potential.potential(radius: radius, height: position.z)
        let (vR, vPhi, vZ, _) = rng.firstAccepted("halo velocity", draw: { rng -> (Double, Double, Double, Double) in
            let vR = dispersion.radial * rng.standardNormal()
            let vPhi = meanRotation + dispersion.azimuthal * rng.standardNormal()
            let vZ = dispersion.vertical * rng.standardNormal()
            return (vR, vPhi, vZ, rng.unit())
        }, accept: { vR, vPhi, vZ, u in
            let energy = 0.5 * (vR * vR + vPhi * vPhi + vZ * vZ) + potentialHere
            return energy < truncationEnergy && u < -expm1((energy - truncationEnergy) / loweringScale)
        })
        let metallicity = rng.firstAccepted("halo [Fe/H]", draw: { rng in
            logYield + log10(-log1p(-rng.unit()))
        }, accept: { $0 >= minimumMetallicity })
        let alpha = highAlphaSequence(metallicity) + 0.03 * rng.standardNormal()
        return DrawnStar(
            population: .inSituHalo,
            velocity: GalacticFrame.velocity(radial: vR, azimuthal: vPhi, vertical: vZ, at: position),
            metallicity: metallicity, alpha: alpha)
    }
}
