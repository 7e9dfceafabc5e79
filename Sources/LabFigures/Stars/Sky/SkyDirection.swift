import Foundation

/// A direction on the sky in Galactic (l, b) and equatorial ICRS (α, δ) coordinates, in degrees.
///
/// Stars are placed in the Galaxy by Galactic longitude and latitude, but
/// their names (2MASS/APOGEE designations) and Gaia source ids are built from
/// right ascension and declination; this type holds both, converted with the
/// Hipparcos rotation matrix A_G (ESA 1997, The Hipparcos and Tycho
/// Catalogues, vol. 1), which Gaia also uses.
public struct SkyDirection: Sendable, Hashable {
    /// Galactic longitude l in [0, 360).
    public let longitude: Double
    /// Galactic latitude b in [−90, 90].
    public let latitude: Double
    /// Right ascension α (ICRS) in [0, 360).
    public let rightAscension: Double
    /// Declination δ (ICRS) in [−90, 90].
    public let declination: Double

    /// The direction with Galactic longitude `longitude` and latitude `latitude` (degrees).
    public init(galacticLongitude longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
        let g = Self.unitVector(longitude: longitude, latitude: latitude)
        // Equatorial = A_Gᵀ · Galactic.
        let m = Self.icrsToGalactic
        let ex = m[0][0] * g.x + m[1][0] * g.y + m[2][0] * g.z
        let ey = m[0][1] * g.x + m[1][1] * g.y + m[2][1] * g.z
        let ez = m[0][2] * g.x + m[1][2] * g.y + m[2][2] * g.z
        (rightAscension, declination) = Self.angles(x: ex, y: ey, z: ez)
    }

    /// The direction with right ascension `rightAscension` and declination `declination` (degrees).
    public init(rightAscension: Double, declination: Double) {
        self.rightAscension = rightAscension
        self.declination = declination
        let e = Self.unitVector(longitude: rightAscension, latitude: declination)
        let m = Self.icrsToGalactic
        let gx = m[0][0] * e.x + m[0][1] * e.y + m[0][2] * e.z
        let gy = m[1][0] * e.x + m[1][1] * e.y + m[1][2] * e.z
        let gz = m[2][0] * e.x + m[2][1] * e.y + m[2][2] * e.z
        (longitude, latitude) = Self.angles(x: gx, y: gy, z: gz)
    }

    /// Longitude in [0, 360) and latitude in [−90, 90] (degrees) of the unit vector (x, y, z),
    /// in whichever frame it is given: the inverse of `unitVector(longitude:latitude:)`.
    static func angles(x: Double, y: Double, z: Double) -> (longitude: Double, latitude: Double) {
        var longitude = atan2(y, x) / radiansPerDegree
        if longitude < 0 { longitude += 360 }
        if longitude >= 360 { longitude -= 360 }
        return (longitude, asin(min(1, max(-1, z))) / radiansPerDegree)
    }

    /// The unit vector towards (longitude, latitude) in the matching Cartesian frame.
    static func unitVector(longitude: Double, latitude: Double) -> Vector3 {
        let l = longitude * radiansPerDegree
        let b = latitude * radiansPerDegree
        return Vector3(x: cos(b) * cos(l), y: cos(b) * sin(l), z: sin(b))
    }

    /// The unit vector from the Sun towards this direction, in the Galactic frame.
    public var galacticUnitVector: Vector3 {
        Self.unitVector(longitude: longitude, latitude: latitude)
    }

    /// The unit vector of increasing Galactic longitude at this direction.
    var longitudeUnitVector: Vector3 {
        let l = longitude * Self.radiansPerDegree
        return Vector3(x: -sin(l), y: cos(l), z: 0)
    }

    /// The unit vector of increasing Galactic latitude at this direction.
    var latitudeUnitVector: Vector3 {
        let l = longitude * Self.radiansPerDegree
        let b = latitude * Self.radiansPerDegree
        return Vector3(x: -sin(b) * cos(l), y: -sin(b) * sin(l), z: cos(b))
    }

    static let radiansPerDegree = Double.pi / 180

    /// A_G: rows are the Galactic x, y, z axes in ICRS coordinates (Hipparcos, J2000).
    static let icrsToGalactic: [[Double]] = [
        [-0.0548755604162154, -0.8734370902348850, -0.4838350155487132],
        [0.4941094278755837, -0.4448296299600112, 0.7469822444972189],
        [-0.8676661490190047, -0.1980763734312015, 0.4559837761750669],
    ]
}
