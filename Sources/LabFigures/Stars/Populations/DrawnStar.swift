/// A star's intrinsic properties as a population model draws them, before any measurement error.
struct DrawnStar {
    /// Which population it belongs to.
    let population: StellarPopulation
    /// Velocity in the Galactic rest frame (km/s).
    let velocity: Vector3
    /// [Fe/H] (dex).
    let metallicity: Double
    /// [α/Fe] (dex).
    let alpha: Double
}
