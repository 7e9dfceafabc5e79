import ArgumentParser
import Foundation
import LabFigures

extension Figures {
    /// `figures make-stars`: writes the mock Gaia × APOGEE star table.
    struct MakeStars: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "make-stars",
            abstract: "Write the mock Gaia x APOGEE star table (the stand-in the package ships) as CSV.",
            discussion: """
                The table has the lab's columns (source_id_1, vx, vy, vz, En, Lz, apogee, feh, alpha, flag) \
                and its 222 disc, 221 halo and 83 Gaia-Enceladus stars, drawn from a physical model. With the \
                default seed it is byte for byte the bundled table Part 3's figures are drawn from.

                Examples:
                  figures make-stars > stars.csv
                  figures make-stars --seed 7 --out stars-7.csv
                """
        )

        @Option(name: .long, help: ArgumentHelp("The generator's seed, 0...4294967295.", valueName: "s"))
        var seed: Int = Int(MockStarCatalog.defaultSeed)

        @Option(name: .long, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
        var out: String?

        func validate() throws {
            guard UInt32(exactly: seed) != nil else {
                throw ValidationError("--seed \(seed) is out of range; expected an integer in 0...4294967295")
            }
        }

        func run() throws {
            let text = try MockStarCatalog(checkedSeed: seed).csvText()
            if let out {
                try TextFile.write(text, to: URL(fileURLWithPath: out))
            } else {
                Console.output(text)
            }
        }
    }
}
