import ArgumentParser
import CairoBackend
import Foundation
import LabFigures

extension Figures {
    /// `figures check`: re-renders every figure and compares it with the committed PNGs.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare freshly rendered figures with golden PNGs, pixel by pixel.",
            discussion: """
                Re-renders every figure in memory and compares its decoded pixels with DIR/NAME.png \
                (RMS on the 0-255 scale, as matplotlib's compare_images). Prints a line per figure; for each \
                one that differs, writes NAME-actual.png and NAME-diff.png (differences x 10) into the \
                artefacts folder. Exits with 1 if any figure differs beyond the tolerance or is missing. \
                Never writes a golden: re-render with `figures` to update them.

                Examples:
                  figures check
                  figures check 08-gmm-density 13-gaia-pairplot-gmm
                  figures check --goldens Figures --artifacts /tmp/figure-diffs --tolerance 1
                """
        )

        @Argument(help: ArgumentHelp("Figures to check (default: all).", valueName: "name"))
        var names: [String] = []

        @Option(name: .long, help: ArgumentHelp("The folder of golden PNGs.", valueName: "dir"))
        var goldens = "Figures"

        @Option(name: .long, help: ArgumentHelp("Where NAME-actual.png and NAME-diff.png go for figures that differ.",
                                                valueName: "dir"))
        var artifacts = "artifacts"

        @Option(name: .long, help: ArgumentHelp(
            "The largest RMS difference (0-255 scale) a match may have.",
            valueName: "rms"))
        var tolerance = GoldenImage.defaultTolerance

        @OptionGroup var dataOptions: DataOptions

        func validate() throws {
            for name in names where !FigureCatalog.names.contains(name) {
                throw ValidationError(FigureError.unknownFigure(name, known: FigureCatalog.names).description)
            }
            guard tolerance >= 0 && tolerance.isFinite else {
                throw ValidationError("--tolerance \(tolerance) is not usable; expected a finite RMS >= 0 "
                    + "on the 0-255 scale")
            }
        }

        func run() throws {
            let entries = names.isEmpty ? FigureCatalog.entries : try names.map { name throws(FigureError) in
                try FigureCatalog.entry(named: name)
            }
            let check = GoldenCheck(entries: entries, data: try dataOptions.load(),
                                    goldens: URL(fileURLWithPath: goldens), artifacts: URL(fileURLWithPath: artifacts),
                                    tolerance: tolerance)
            let width = entries.map(\.name.count).max() ?? 0
            let results = check.run { result in
                let name = result.name.padding(toLength: width, withPad: " ", startingAt: 0)
                if let failure = result.failure {
                    Console.line("FAIL  \(name)  \(failure)")
                } else {
                    Console.line("ok    \(name)  RMS \(String(format: "%.3f", result.rms ?? 0))")
                }
            }
            let failed = results.filter { !$0.passed }.map(\.name)
            if failed.isEmpty {
                Console.line("all \(results.count) figures match \(goldens) (tolerance RMS \(tolerance))")
            } else {
                Console.error("\(failed.count) of \(results.count) figures differ from \(goldens): "
                    + failed.joined(separator: ", "))
                throw ExitCode.failure
            }
        }
    }
}
