/// The lab's `flag` column: which component of the Galaxy a star belongs to.
///
/// The values are the lab's: 0 = Milky Way disc, 1 = Milky Way halo,
/// 2 = the Gaia-Enceladus dwarf galaxy (Helmi et al. 2018).
public enum StarFlag: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The Milky Way's thin and thick disc.
    case disk = 0
    /// The Milky Way's own (in-situ) halo.
    case halo = 1
    /// Stars of the accreted Gaia-Enceladus dwarf galaxy.
    case gaiaEnceladus = 2

    /// The component's name, as a figure legend would print it.
    public var description: String {
        switch self {
        case .disk: return "disk"
        case .halo: return "halo"
        case .gaiaEnceladus: return "Gaia-Enceladus"
        }
    }
}
