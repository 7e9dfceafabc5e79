/// What a figure needs beyond the lab's synthetic data.
public enum DataRequirement: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Nothing: the figure draws Part 1's or Part 2's `make_blobs` data, which the package generates.
    case none
    /// The Gaia × APOGEE star table (with or without `flag`).
    case starTable
    /// The star table with Helmi et al.'s `flag` column (`gaia_apogee_match_flag.csv`, or the bundled mock).
    case flaggedStarTable

    /// Whether the figure is drawn from the star table at all.
    public var usesStarTable: Bool { self != .none }

    public var description: String {
        switch self {
        case .none: "none"
        case .starTable: "star table"
        case .flaggedStarTable: "star table with flag"
        }
    }
}
