import ArgumentParser
import Foundation
import LabFigures

/// `--data FILE.csv`: the star table Part 3's figures are drawn from.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The lab's star table (gaia_apogee_match_flag.csv or gaia_apogee_match_noflag.csv).",
        discussion: "Default: the stand-in table the package ships (a mock of the same shape). "
            + "Figures that need the flag column say so when the file has none.",
        valueName: "file.csv"))
    var data: String?

    /// The figures' data context: the user's table, or the bundled stand-in.
    ///
    /// - Throws: `StarTableError` naming the file (and the line and column of a bad cell).
    func load() throws(StarTableError) -> FigureData {
        guard let data else { return try FigureData.bundled() }
        return try FigureData(starTableAt: URL(fileURLWithPath: data))
    }
}
