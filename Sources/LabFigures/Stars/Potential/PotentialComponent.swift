/// One axisymmetric mass component of a Galactic potential, in galpy's natural units.
///
/// Natural units measure lengths in units of the Sun's Galactocentric radius
/// R₀ and velocities in units of the circular velocity v₀ there, so that
/// published models such as Bovy (2015)'s `MWPotential2014` can be written
/// down with their published numbers and scaled to physical units once, in
/// `MilkyWayPotential`. Each component is normalised like galpy's
/// `normalize=f`: it supplies the fraction f of the radial force that keeps a
/// circular orbit at R = 1, z = 0, i.e. its own v_c²(1) = f.
protocol PotentialComponent: Sendable {
    /// The potential Φ(R, z) (natural units; zero at infinity).
    func potential(radius: Double, height: Double) -> Double
    /// ∂Φ/∂R in the mid-plane z = 0 (natural units), so v_c² = R ∂Φ/∂R.
    func radialDerivative(radius: Double) -> Double
}
