import ArgumentParser
import CairoBackend
import Foundation
import LabFigures

extension Figures {
    /// `figures render NAME... | --all`: chosen figures, in chosen formats, into a chosen folder.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render some or all figures.",
            discussion: """
                Examples:
                  figures render 08-gmm-density
                  figures render --all --out build/figures --format png,pdf,svg --dpi 200
                  figures render 17-confusion-gmm 19-confusion-gmm-aligned --data gaia_apogee_match_flag.csv
                """
        )

        @Argument(help: ArgumentHelp("Figures to render, by name (see `figures list`).", valueName: "name"))
        var names: [String] = []

        @Flag(name: .long, help: "Render every figure of the catalogue.")
        var all = false

        @Option(name: .long, help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
        var out = "Figures"

        @Option(name: .long, help: ArgumentHelp("Comma-separated output formats: png, pdf, svg.", valueName: "list"))
        var format = OutputFormats([.png, .pdf])

        @Option(name: .long, help: ArgumentHelp("PNG resolution in dots per inch (default 100, as matplotlib).",
                                                valueName: "n"))
        var dpi: Double?

        @OptionGroup var dataOptions: DataOptions

        func validate() throws {
            if all && !names.isEmpty {
                throw ValidationError("give figure names or --all, not both")
            }
            if !all && names.isEmpty {
                throw ValidationError("give one or more figure names (see `figures list`) or --all")
            }
            for name in names where !FigureCatalog.names.contains(name) {
                throw ValidationError(FigureError.unknownFigure(name, known: FigureCatalog.names).description)
            }
            if let dpi, !(dpi > 0 && dpi <= 2400) {
                throw ValidationError("--dpi \(dpi) is not usable; expected a resolution in (0, 2400] dots per inch")
            }
        }

        func run() throws {
            let entries = all ? FigureCatalog.entries : try names.map { name throws(FigureError) in
                try FigureCatalog.entry(named: name)
            }
            try CatalogRenderer(entries: entries, data: dataOptions.load(), formats: format.formats, dpi: dpi,
                                outputDirectory: URL(fileURLWithPath: out)).run()
        }
    }
}
