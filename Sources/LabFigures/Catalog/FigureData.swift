import Foundation

/// The data context figures are built from: the Gaia × APOGEE star table for Part 3,
/// and whether it is the package's stand-in.
///
/// Parts 1 and 2 generate their own data (`LabData`) and ignore this. Part 3 draws
/// `stars`: by default the bundled mock (`StarTable.bundledMock()`), or a user's copy of
/// the lab's `gaia_apogee_match_flag.csv` / `..._noflag.csv`. Figures drawn from the mock
/// carry a footnote saying so.
public struct FigureData: Sendable {
    /// The star table Part 3 draws.
    public let stars: StarTable
    /// True when `stars` is the bundled mock rather than the lab's real file.
    public let isStandIn: Bool

    /// A context over a table already read.
    public init(stars: StarTable, isStandIn: Bool) {
        self.stars = stars
        self.isStandIn = isStandIn
    }

    /// The default context: the package's mock star table (`gaia_apogee_mock.csv`, with `flag`).
    ///
    /// - Throws: `StarTableError.bundledTableMissing` if the package was built without it.
    public static func bundled() throws(StarTableError) -> FigureData {
        FigureData(stars: try StarTable.bundledMock(), isStandIn: true)
    }

    /// A context over the user's star table at `url` (the lab's own CSV file).
    ///
    /// - Throws: `StarTableError` naming the file, and the line and column of a bad cell.
    public init(starTableAt url: URL) throws(StarTableError) {
        self.init(stars: try StarTable(contentsOf: url), isStandIn: false)
    }

    /// The footnote Part 3 figures carry when drawn from the stand-in, or nil for real data.
    public var standInFootnote: String? {
        guard isStandIn else { return nil }
        return "Stand-in data: the package's mock Gaia × APOGEE table (MockStarCatalog, seed "
            + "\(MockStarCatalog.defaultSeed)), not the lab's measurements; "
            + "`figures render --data gaia_apogee_match_flag.csv` draws the real file."
    }
}
