/// The population a mock star was drawn from; finer than the lab's flag (the disc is thin or thick).
public enum StellarPopulation: String, Sendable, Hashable, CaseIterable {
    /// Young, kinematically cold, α-poor disc.
    case thinDisk
    /// Old, hotter, α-rich disc, lagging the rotation.
    case thickDisk
    /// The Milky Way's own halo: metal-poor, α-rich, slowly prograde on average.
    case inSituHalo
    /// Debris of the Gaia-Enceladus merger: radial high-energy orbits, lower [α/Fe].
    case gaiaEnceladus

    /// The lab's flag for stars of this population.
    public var flag: StarFlag {
        switch self {
        case .thinDisk, .thickDisk: return .disk
        case .inSituHalo: return .halo
        case .gaiaEnceladus: return .gaiaEnceladus
        }
    }
}
