import Foundation

/// The Milky Way's gravitational potential in the lab's units (kpc, km/s, km²/s²):
/// Bovy (2015)'s `MWPotential2014` bulge + disc + halo, scaled and with a zero point.
///
/// `MWPotential2014` (Bovy 2015, ApJS 216, 29, table 1) is a power-law bulge
/// with an exponential cut-off (α = 1.8, r_c = 1.9 kpc, 5 % of the radial force
/// at the Sun), a Miyamoto–Nagai disc (a = 3 kpc, b = 0.28 kpc, 60 %) and an
/// NFW halo (a = 16 kpc, 35 %), published in galpy's natural units with
/// R₀ = 8 kpc and v₀ = 220 km/s. Its shape is kept exactly; what this type adds:
///
/// - **Scale.** `labConvention` evaluates the natural-unit model with
///   R₀ = 8.2 kpc and v_c(R₀) = 232.8 km/s (McMillan 2017, the values Helmi et
///   al. 2018 adopt), as galpy does when given `ro`, `vo`. The lab's disc stars
///   (vy ≈ 215–235 km/s at R ≈ 10–11 kpc) need a rotation curve near 230 km/s.
/// - **Zero point.** Energies are defined up to a constant, and the lab's are
///   far below `MWPotential2014`'s (whose zero is at infinity): Φ₀ = −47 380
///   km²/s² is added everywhere. It was calibrated on the lab's own first four
///   rows (all disc stars): placing each star on its APOGEE sky position at the
///   distance where R·v_φ equals its Lz, En − |v|²/2 − Φ(R, z) comes out
///   −47 537, −47 382, −47 561 and −47 040 km²/s² (scatter ±210; with the
///   unscaled 8 kpc / 220 km/s model the four disagree by ±470). The Sun then
///   sits at Φ(R₀, 0) ≈ −1.947 × 10⁵ km²/s², deeper than the −1.75…−1.85 × 10⁵
///   one would guess by assuming the lab's disc stars sit at R₀: they sit at
///   10–11 kpc. A constant changes no force and no orbit; it is the potential
///   of mass outside the model (with it the local escape speed is
///   √(2(Φ₀ − Φ(R₀))) ≈ 543 km/s, as measured by Piffl et al. 2014).
///
/// ```swift
/// let phi = MilkyWayPotential.labConvention
/// phi.potential(radius: 8.2, height: 0)   // ≈ −194 699 km²/s²
/// phi.circularVelocity(radius: 8.2)       // 232.8 km/s
/// ```
public struct MilkyWayPotential: Sendable {
    /// The Sun's Galactocentric radius R₀ (kpc), the unit of length of the natural-unit model.
    public let solarRadius: Double
    /// The circular velocity at R₀ (km/s), the unit of velocity of the natural-unit model.
    public let solarCircularVelocity: Double
    /// The constant Φ₀ added to the model's potential (km²/s²).
    public let zeroPoint: Double

    /// The Miyamoto–Nagai disc.
    let disc: MiyamotoNagaiDisk
    /// The NFW halo.
    let halo: NFWHalo
    /// The cut-off power-law bulge.
    let bulge: CutoffPowerLawBulge

    /// `MWPotential2014`'s three components at the given scale and zero point.
    init(solarRadius: Double, solarCircularVelocity: Double, zeroPoint: Double) {
        self.solarRadius = solarRadius
        self.solarCircularVelocity = solarCircularVelocity
        self.zeroPoint = zeroPoint
        // Published natural-unit parameters (lengths in units of the fitted R₀ = 8 kpc).
        self.disc = MiyamotoNagaiDisk(scaleLength: 3.0 / 8.0, scaleHeight: 0.28 / 8.0, forceFraction: 0.6)
        self.halo = NFWHalo(scaleRadius: 16.0 / 8.0, forceFraction: 0.35)
        self.bulge = CutoffPowerLawBulge(slope: 1.8, cutoffRadius: 1.9 / 8.0, forceFraction: 0.05)
    }

    /// `MWPotential2014` exactly as published: R₀ = 8 kpc, v₀ = 220 km/s, zero at infinity.
    public static let mwPotential2014 = MilkyWayPotential(
        solarRadius: 8.0, solarCircularVelocity: 220.0, zeroPoint: 0)

    /// The potential the mock catalogue's energies use: `MWPotential2014` scaled to
    /// R₀ = 8.2 kpc, v_c = 232.8 km/s, with the lab's zero point Φ₀ = −47 380 km²/s².
    public static let labConvention = MilkyWayPotential(
        solarRadius: 8.2, solarCircularVelocity: 232.8, zeroPoint: -47_380)

    /// Φ(R, z) in km²/s² at Galactocentric cylindrical radius R and height z (kpc).
    public func potential(radius: Double, height: Double) -> Double {
        let r = radius / solarRadius
        let z = height / solarRadius
        let natural = disc.potential(radius: r, height: z)
            + halo.potential(radius: r, height: z)
            + bulge.potential(radius: r, height: z)
        return natural * solarCircularVelocity * solarCircularVelocity + zeroPoint
    }

    /// The circular velocity v_c(R) = √(R ∂Φ/∂R) in the mid-plane (km/s); 0 for R ≤ 0.
    public func circularVelocity(radius: Double) -> Double {
        guard radius > 0 else { return 0 }
        let r = radius / solarRadius
        let derivative = disc.radialDerivative(radius: r)
            + halo.radialDerivative(radius: r)
            + bulge.radialDerivative(radius: r)
        return solarCircularVelocity * (r * derivative).squareRoot()
    }

    /// The total energy per unit mass E = |v|²/2 + Φ(R, z) of a star (km²/s²).
    public func energy(of star: PhaseSpacePoint) -> Double {
        0.5 * star.velocity.squaredLength
            + potential(radius: star.cylindricalRadius, height: star.position.z)
    }
}
