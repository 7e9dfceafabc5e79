import Foundation

/// A Cartesian 3-vector in the lab's Galactic frame (kpc for positions, km/s for velocities).
///
/// Kept as a small value type so that positions and velocities read as
/// `position.x` rather than tuple slots, and so that sums are written out in
/// one fixed order (x, then y, then z): the catalogue must come out byte for
/// byte the same on every run.
public struct Vector3: Sendable, Hashable {
    /// Component along the first axis (towards the Galactic centre from the Sun).
    public var x: Double
    /// Component along the second axis (the direction of Galactic rotation at the Sun).
    public var y: Double
    /// Component along the third axis (towards the North Galactic Pole).
    public var z: Double

    /// A vector from its three components.
    public init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The zero vector.
    public static let zero = Vector3(x: 0, y: 0, z: 0)

    /// The dot product, summed x + y + z in that order.
    public func dot(_ other: Vector3) -> Double {
        x * other.x + y * other.y + z * other.z
    }

    /// The squared length.
    public var squaredLength: Double { dot(self) }

    /// Component-wise sum.
    public static func + (lhs: Vector3, rhs: Vector3) -> Vector3 {
        Vector3(x: lhs.x + rhs.x, y: lhs.y + rhs.y, z: lhs.z + rhs.z)
    }

    /// Component-wise difference.
    public static func - (lhs: Vector3, rhs: Vector3) -> Vector3 {
        Vector3(x: lhs.x - rhs.x, y: lhs.y - rhs.y, z: lhs.z - rhs.z)
    }

    /// The vector scaled by a number.
    public static func * (scale: Double, vector: Vector3) -> Vector3 {
        Vector3(x: scale * vector.x, y: scale * vector.y, z: scale * vector.z)
    }
}
