import Foundation

/// A star's Galactocentric position (kpc) and velocity (km/s) in the lab's frame.
///
/// The frame is the lab's: x points from the Sun towards the Galactic centre,
/// y along the Galactic rotation at the Sun, z to the North Galactic Pole;
/// the origin is the Galactic centre, so the Sun is at (−R₀, 0, 0). Velocities
/// are in the Galactic rest frame. The z-angular momentum is signed as in the
/// lab's table (and Helmi et al. 2018): positive for prograde (disc-like)
/// orbits, Lz = R v_φ = y vx − x vy.
public struct PhaseSpacePoint: Sendable, Hashable {
    /// Position (kpc).
    public var position: Vector3
    /// Velocity (km/s).
    public var velocity: Vector3

    /// A point from its position and velocity.
    public init(position: Vector3, velocity: Vector3) {
        self.position = position
        self.velocity = velocity
    }

    /// Galactocentric cylindrical radius R = √(x² + y²) (kpc).
    public var cylindricalRadius: Double {
        (position.x * position.x + position.y * position.y).squareRoot()
    }

    /// The z-angular momentum Lz = y vx − x vy (kpc km/s), positive for prograde orbits.
    public var angularMomentum: Double {
        position.y * velocity.x - position.x * velocity.y
    }

    /// Velocity along the Galactic rotation, v_φ = Lz / R (km/s); 0 on the axis.
    public var azimuthalVelocity: Double {
        let radius = cylindricalRadius
        return radius > 0 ? angularMomentum / radius : 0
    }

    /// Velocity away from the Galactic centre in the plane, v_R (km/s); 0 on the axis.
    public var radialVelocity: Double {
        let radius = cylindricalRadius
        return radius > 0 ? (position.x * velocity.x + position.y * velocity.y) / radius : 0
    }
}
