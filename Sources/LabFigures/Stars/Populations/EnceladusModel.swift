import Estimators
import Foundation

/// Gaia-Enceladus debris (flag 2): radial, high-energy orbits, metal-poor with low [α/Fe].
///
/// Kinematics from orbits rather than a velocity ellipsoid. The merger left
/// its stars on very eccentric orbits whose apocentres pile up at 15–25 kpc
/// (Deason et al. 2018; Naidu et al. 2021), with Lz near zero and slightly
/// retrograde (Helmi et al. 2018, Koppelman et al. 2019). Each star gets an
/// apocentre r_a ~ U(10, 22) kpc and Lz ~ N(−150, 250) kpc km/s; its energy is
/// that of the orbit at apocentre, E = Φ(r_a, 0) + ½ (Lz/r_a)², so its speed
/// where it is now follows from energy conservation; v_φ = Lz/R, and what is
/// left goes into the meridional plane at an angle ψ ~ N(0, 0.4 rad) from
/// radial (the debris's strong radial anisotropy, β ≈ 0.9), inwards or
/// outwards with equal odds — the "sausage" of Belokurov et al. (2018).
/// Positions where the orbit cannot reach (or barely moves, K < ½ (30 km/s)²)
/// are redrawn.
///
/// Chemistry: the accreting-box ("best accretion") model's narrower
/// metallicity distribution, Z/p ~ Γ(2) (Lynden-Bell 1975), with log p = −1.48
/// (mean [Fe/H] ≈ −1.3), cut at APOGEE's −2.5; [α/Fe] on the dwarf galaxy's own
/// sequence: a plateau of 0.30 up to its α-knee at [Fe/H] = −1.7, then falling
/// 0.25 per dex. A dwarf galaxy forms stars slowly, so type Ia supernovae
/// start lowering its [α/Fe] at lower [Fe/H] than in the Milky Way (knee near
/// −1); in APOGEE the high-eccentricity (GSE) stars' [Mg/Fe] trend changes
/// slope at [Fe/H] ≈ −1.3 (Mackereth et al. 2019, arXiv:1808.00968; GSE's
/// [α/Fe]–[Fe/H] plane is modelled in Hasselquist et al. 2021, arXiv:2109.05130).
/// The mock puts the knee lower, at −1.7, a choice made so that halo and GSE
/// stars mix in clustering as much as on the lab's file (Stars/README.md), not
/// a measured value. At the same [Fe/H] it lies below the
/// in-situ halo, by 0.12 dex at −1.3 and 0.17 at −1.0, as Helmi et al.
/// (2018) found; below [Fe/H] ≈ −1.5 the two sequences come within 0.07 dex
/// of each other, less than APOGEE's [α/Fe] errors for such metal-poor stars.
enum EnceladusModel {
    /// Range of apocentres (kpc).
    static let apocentreRange = 10.0...22.0
    /// Mean and spread of Lz (kpc km/s).
    static let angularMomentum = (mean: -150.0, spread: 250.0)
    /// Spread of the velocity's angle from radial in the meridional plane (radians).
    static let meridionalAngleSpread = 0.4
    /// Least kinetic energy left for the meridional motion (km²/s²).
    static let minimumMeridionalEnergy = 0.5 * 30.0 * 30.0
    /// log₁₀ of the accreting-box effective yield p.
    static let logYield = -1.48

    /// [α/Fe] of Gaia-Enceladus's own sequence at a given [Fe/H].
    static func alphaSequence(_ metallicity: Double) -> Double {
        metallicity <= -1.7 ? 0.30 : 0.30 - 0.25 * (metallicity + 1.7)
    }

    /// One proposal of the orbit sampler.
    private struct Proposal {
        let angularMomentum: Double
        let meridionalAngle: Double
        let outwards: Bool
        let azimuthalVelocity: Double
        let meridionalEnergy: Double
    }

    /// Draws a Gaia-Enceladus star at `position` (kpc).
    static func draw(at position: Vector3, potential: MilkyWayPotential, using rng: inout RandomState) -> DrawnStar {
        let radius = (position.x * position.x + position.y * position.y).squareRoot()
        let potentialHere = potential.potential(radius: radius, height: position.z)
        let span = apocentreRange.upperBound - apocentreRange.lowerBound
        let orbit = rng.firstAccepted("Gaia-Enceladus orbit", draw: { rng -> Proposal in
            let apocentre = apocentreRange.lowerBound + span * rng.unit()
            let lz = angularMomentum.mean + angularMomentum.spread * rng.standardNormal()
            let psi = meridionalAngleSpread * rng.standardNormal()
            let outwards = rng.unit() < 0.5
            let rotationAtApocentre = lz / apocentre
            let energy = potential.potential(radius: apocentre, height: 0)
                + 0.5 * (rotationAtApocentre * rotationAtApocentre)
            let vPhi = lz / radius
            return Proposal(angularMomentum: lz, meridionalAngle: psi, outwards: outwards,
                            azimuthalVelocity: vPhi,
                            meridionalEnergy: energy - potentialHere - 0.5 * vPhi * vPhi)
        }, accept: { $0.meridionalEnergy > minimumMeridionalEnergy })
        let speed = (2 * orbit.meridionalEnergy).squareRoot()
        let vR = (orbit.outwards ? speed : -speed) * cos(orbit.meridionalAngle)
        let vZ = speed * sin(orbit.meridionalAngle)
        let metallicity = rng.firstAccepted("Gaia-Enceladus [Fe/H]", draw: { rng -> Double in
            let first = -log1p(-rng.unit())
            let second = -log1p(-rng.unit())
            return logYield + log10(first + second)
        }, accept: { $0 >= HaloModel.minimumMetallicity })
        let alpha = alphaSequence(metallicity) + 0.03 * rng.standardNormal()
        return DrawnStar(
            population: .gaiaEnceladus,
            velocity: GalacticFrame.velocity(radial: vR, azimuthal: orbit.azimuthalVelocity, vertical: vZ,
                                             at: position),
            metallicity: metallicity, alpha: alpha)
    }
}
