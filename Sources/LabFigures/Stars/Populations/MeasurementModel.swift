import Estimators
import Foundation

/// How Gaia and APOGEE see a star: the errors that turn intrinsic values into catalogue values.
///
/// The velocity is split into what is measured: the line-of-sight velocity
/// (error 1 km/s, Gaia RVS / APOGEE), two proper motions (0.05 mas/yr each,
/// Gaia DR2 for bright giants) and the distance (parallax-based, relative
/// error 0.035 × d/kpc, i.e. a parallax error of ≈ 0.035 mas; drawn
/// log-normally so that it stays positive). The catalogue velocity is rebuilt
/// from the measured values with the measured distance, so distance errors
/// stretch the tangential velocity as they do in real 6-D catalogues: a few
/// km/s for disc stars, tens for fast distant halo stars. The position used
/// for R, z, Lz and En is the one at the measured distance.
///
/// Abundance errors are APOGEE-like: 0.02 dex in [Fe/H] and [α/Fe], growing
/// for metal-poor stars whose lines are weak (+0.05 per dex below [Fe/H] =
/// −1.7 for [Fe/H], +0.16 per dex below −1.1 for [α/Fe]); the lab's table
/// shows such stars as the [α/Fe] outliers up to 0.69.
enum MeasurementModel {
    /// Line-of-sight velocity error (km/s).
    static let lineOfSightError = 1.0
    /// Proper-motion error per component (mas/yr).
    static let properMotionError = 0.05
    /// Relative distance error per kpc of distance.
    static let relativeDistanceErrorPerKiloparsec = 0.035

    /// What the surveys report for one star.
    struct Observation {
        /// Distance from the parallax (kpc).
        let distance: Double
        /// Galactocentric position at that distance (kpc).
        let position: Vector3
        /// Galactic rest-frame velocity rebuilt from the measured values (km/s).
        let velocity: Vector3
        /// Measured [Fe/H].
        let metallicity: Double
        /// Measured [α/Fe].
        let alpha: Double
    }

    /// The measured values of a star at `distance` towards `direction` with intrinsic properties `star`.
    static func observe(_ star: DrawnStar, towards direction: SkyDirection, distance: Double,
                        using rng: inout RandomState) -> Observation {
        let k = GalacticFrame.kilometresPerSecondPerMasPerYearKiloparsec
        let lineOfSight = direction.galacticUnitVector
        let alongLongitude = direction.longitudeUnitVector
        let alongLatitude = direction.latitudeUnitVector
        let heliocentric = star.velocity - GalacticFrame.solarVelocity
        let radialVelocity = heliocentric.dot(lineOfSight)
        let longitudeVelocity = heliocentric.dot(alongLongitude)
        let latitudeVelocity = heliocentric.dot(alongLatitude)

        let measuredDistance = distance * exp(relativeDistanceErrorPerKiloparsec * distance * rng.standardNormal())
        let measuredRadialVelocity = radialVelocity + lineOfSightError * rng.standardNormal()
        let muL = longitudeVelocity / (k * distance) + properMotionError * rng.standardNormal()
        let muB = latitudeVelocity / (k * distance) + properMotionError * rng.standardNormal()
        let velocity = measuredRadialVelocity * lineOfSight
            + (k * muL * measuredDistance) * alongLongitude
            + (k * muB * measuredDistance) * alongLatitude
            + GalacticFrame.solarVelocity

        let metallicityError = 0.02 + 0.05 * max(0, -1.7 - star.metallicity)
        let alphaError = 0.02 + 0.16 * max(0, -1.1 - star.metallicity)
        let metallicity = star.metallicity + metallicityError * rng.standardNormal()
        let alpha = star.alpha + alphaError * rng.standardNormal()
        return Observation(
            distance: measuredDistance,
            position: GalacticFrame.position(towards: direction, distance: measuredDistance),
            velocity: velocity, metallicity: metallicity, alpha: alpha)
    }
}
