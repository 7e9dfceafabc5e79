/// One star of the mock Gaia × APOGEE catalogue: its catalogue row plus what made it.
///
/// `sourceID`, `velocity`, `energy`, `angularMomentum`, `apogeeID`,
/// `metallicity`, `alpha` and `flag` are the lab's columns (`source_id_1`,
/// `vx vy vz`, `En`, `Lz`, `apogee`, `feh`, `alpha`, `flag`), as measured. The
/// rest is kept so that the physics can be checked: the measured position
/// the catalogue's En and Lz were computed at, and the star's intrinsic
/// (error-free) phase-space point and abundances.
public struct MockStar: Sendable, Hashable {
    /// Gaia DR2-style source id (`source_id_1`).
    public let sourceID: Int64
    /// APOGEE (2MASS) designation (`apogee`).
    public let apogeeID: String
    /// The population the star was drawn from; `flag` follows from it.
    public let population: StellarPopulation
    /// Where it is on the sky.
    public let sky: SkyDirection
    /// True heliocentric distance (kpc).
    public let distance: Double
    /// Distance as measured (kpc): the one the catalogue's position uses.
    public let measuredDistance: Double
    /// Measured Galactocentric position and velocity: vx, vy, vz are `measured.velocity`.
    public let measured: PhaseSpacePoint
    /// Error-free position and velocity.
    public let intrinsic: PhaseSpacePoint
    /// Total energy En = |v|²/2 + Φ(R, z) of the measured point (km²/s², lab convention).
    public let energy: Double
    /// Lz = R v_φ of the measured point (kpc km/s, positive for prograde).
    public let angularMomentum: Double
    /// Measured [Fe/H] (`feh`).
    public let metallicity: Double
    /// Measured [α/Fe] (`alpha`).
    public let alpha: Double
    /// Error-free [Fe/H].
    public let intrinsicMetallicity: Double
    /// Error-free [α/Fe].
    public let intrinsicAlpha: Double

    /// The lab's flag: 0 disc, 1 halo, 2 Gaia-Enceladus.
    public var flag: StarFlag { population.flag }
    /// Galactocentric cylindrical radius R of the measured position (kpc).
    public var radius: Double { measured.cylindricalRadius }
    /// Height z above the plane of the measured position (kpc).
    public var height: Double { measured.position.z }
}
