import Estimators
import Foundation

/// Where on the sky, and how far away, the catalogue's stars are: the Gaia × APOGEE selection.
///
/// APOGEE observed from Apache Point (declination ≳ −30°). The lab's disc
/// stars sit towards the Galactic anticentre: its first four rows are at
/// α ≈ 3ʰ–4ʰ, δ ≈ +20°…+25° (l ≈ 165°, b ≈ −20°…−30°), 2–3.3 kpc away,
/// which is why their Lz ≈ 2100–2600 kpc km/s at vy ≈ 220 km/s (R ≈ 10–11
/// kpc). Halo stars come from APOGEE's high-latitude fields. Distances stop
/// where Gaia DR2 parallaxes of bright giants stop being useful for 6-D
/// kinematics (about 3–3.5 kpc).
enum SurveyFootprint {
    /// A direction and heliocentric distance (kpc).
    struct Placement {
        /// Where the star is on the sky.
        let direction: SkyDirection
        /// Its true distance from the Sun (kpc).
        let distance: Double
    }

    /// Disc fields: l ~ N(180°, 30°), b ~ N(0°, 18°) (clipped to ±89°), d ~ 1.8 kpc × e^N(0, 0.35) below 3 kpc.
    static func discStar(using rng: inout RandomState) -> Placement {
        var l = rng.gaussian(mean: 180, standardDeviation: 30)
        var b = rng.gaussian(mean: 0, standardDeviation: 18)
        l = l.truncatingRemainder(dividingBy: 360)
        if l < 0 { l += 360 }
        b = max(-89, min(89, b))
        let distance = rng.firstAccepted("disc distance", draw: { rng in
            1.8 * exp(0.35 * rng.standardNormal())
        }, accept: { $0 <= 3.0 })
        return Placement(direction: SkyDirection(galacticLongitude: l, latitude: b), distance: distance)
    }

    /// Halo fields: uniform on the sky with |b| ≥ 30° and δ ≥ −30°, d ~ 1.3 kpc × e^N(0, 0.5) below 3.5 kpc.
    static func haloStar(using rng: inout RandomState) -> Placement {
        let direction = rng.firstAccepted("halo field", draw: { rng -> SkyDirection in
            let l = 360 * rng.unit()
            let sinB = 2 * rng.unit() - 1
            return SkyDirection(galacticLongitude: l, latitude: asin(sinB) / SkyDirection.radiansPerDegree)
        }, accept: { abs($0.latitude) >= 30 && $0.declination >= -30 })
        let distance = rng.firstAccepted("halo distance", draw: { rng in
            1.3 * exp(0.5 * rng.standardNormal())
        }, accept: { $0 <= 3.5 })
        return Placement(direction: direction, distance: distance)
    }
}
