import Foundation

/// Where the Sun is and how it moves in the lab's Galactocentric frame.
///
/// The frame is the one `PhaseSpacePoint` describes (Sun at (−R₀, 0, 0), x
/// towards the Galactic centre, y along rotation, z to the North Galactic
/// Pole). R₀ = 8.2 kpc and v_c(R₀) = 232.8 km/s are McMillan (2017)'s, the
/// Sun's motion relative to a circular orbit (U, V, W) = (11.1, 12.24, 7.25)
/// km/s is Schönrich, Binney & Dehnen (2010)'s: the choices of Helmi et al.
/// (2018), whose selection the lab's flags follow. The Sun sits in the plane
/// (its ~20 pc offset is below the catalogue's distance errors).
enum GalacticFrame {
    /// The Sun's Galactocentric radius R₀ (kpc).
    static let solarRadius = 8.2
    /// The Sun's velocity in the Galactic rest frame (km/s): (U, v_c + V, W).
    static let solarVelocity = Vector3(x: 11.1, y: 232.8 + 12.24, z: 7.25)
    /// The Sun's position (kpc).
    static let solarPosition = Vector3(x: -solarRadius, y: 0, z: 0)
    /// km/s per (kpc × mas/yr): a proper motion of 1 mas/yr at 1 kpc is 4.74047 km/s.
    static let kilometresPerSecondPerMasPerYearKiloparsec = 4.740470463533348

    /// The Galactocentric position of a star at `distance` kpc from the Sun towards `direction`.
    static func position(towards direction: SkyDirection, distance: Double) -> Vector3 {
        solarPosition + distance * direction.galacticUnitVector
    }

    /// The velocity with in-plane radial, azimuthal (along rotation) and vertical components at `position`.
    static func velocity(radial: Double, azimuthal: Double, vertical: Double, at position: Vector3) -> Vector3 {
        let radius = (position.x * position.x + position.y * position.y).squareRoot()
        let outward = Vector3(x: position.x / radius, y: position.y / radius, z: 0)
        let forward = Vector3(x: position.y / radius, y: -position.x / radius, z: 0)
        return radial * outward + azimuthal * forward + vertical * Vector3(x: 0, y: 0, z: 1)
    }
}
