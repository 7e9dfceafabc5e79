import ArgumentParser
import CairoBackend
import Estimators
import Foundation
import Plotting

extension Figures {
    /// `figures pairplot`: a seaborn-style pair plot of any CSV table, at any size.
    ///
    /// Panels with more rows than `--aggregate-above` (PairPlot's default, 20,000) are drawn
    /// as density images binned at the output resolution instead of one marker a row, in PNG
    /// and as one embedded image a panel in PDF and SVG, so a million-row table renders in
    /// seconds and its PDF stays small.
    struct PairPlotCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pairplot",
            abstract: "Draw a pair plot of the numeric columns of a CSV file.",
            discussion: """
                Examples:
                  figures pairplot --data gaia_apogee_match_flag.csv --columns vx,vy,vz,En,Lz,feh,alpha --out pairs.pdf
                  figures pairplot --data stars.csv --hue flag --categorical-hue --corner --out pairs.png
                  figures pairplot --data big.csv --out big.png --aggregate-above 0   # always density images
                """)

        @Option(name: .long, help: ArgumentHelp("The CSV table to plot (a header row, then one row a record).",
                                                valueName: "file.csv"))
        var data: String

        @Option(name: .long, help: ArgumentHelp(
            "Comma-separated columns to plot (default: every numeric column except the hue).", valueName: "list"))
        var columns: String?

        @Option(name: .long, help: ArgumentHelp("A column that colours the points.", valueName: "column"))
        var hue: String?

        @Flag(name: .long, help: "Treat the hue column as categories (tab10 colours) even when it holds numbers.")
        var categoricalHue = false

        @Option(name: .long, help: ArgumentHelp("The output file; .png, .pdf or .svg.", valueName: "file"))
        var out: String

        @Flag(name: .long, help: "Only the lower triangle and the diagonal.")
        var corner = false

        @Flag(name: .long, help: "Pearson correlations in the upper triangle instead of scatter plots.")
        var correlations = false

        @Option(name: .long, help: ArgumentHelp(
            "Draw a panel as a density image when it has more rows than this.", valueName: "n"))
        var aggregateAbove = PairPlot.defaultAggregationThreshold

        @Option(name: .long, help: ArgumentHelp("Panel size in inches.", valueName: "inches"))
        var height = 2.5

        @Option(name: .long, help: ArgumentHelp("PNG resolution in dots per inch.", valueName: "n"))
        var dpi = 100.0

        func validate() throws {
            guard OutputFormat(pathExtension: URL(fileURLWithPath: out).pathExtension) != nil else {
                throw ValidationError("--out \(out) has no known extension; expected a file ending in .png, .pdf or .svg")
            }
            guard aggregateAbove >= 0 else {
                throw ValidationError("--aggregate-above \(aggregateAbove) is negative; expected a row count of 0 or more")
            }
            guard height > 0 && height <= 20 else {
                throw ValidationError("--height \(height) is not usable; expected a panel size in (0, 20] inches")
            }
            guard dpi > 0 && dpi <= 2400 else {
                throw ValidationError("--dpi \(dpi) is not usable; expected a resolution in (0, 2400] dots per inch")
            }
        }

        func run() throws {
            let url = URL(fileURLWithPath: out)
            guard let format = OutputFormat(pathExtension: url.pathExtension) else {
                throw ValidationError("--out \(out) has no known extension; expected .png, .pdf or .svg")
            }
            let table = try Table(contentsOf: URL(fileURLWithPath: data))
            var plot = PairPlot(columns: try plotColumns(of: table), hue: try plotHue(of: table))
            plot.corner = corner
            plot.upper = correlations ? .correlation : .scatter
            plot.aggregationThreshold = aggregateAbove
            plot.height = height
            plot.dpi = dpi
            let figure = try plot.figure()
            try figure.write(to: url, format: format)
        }

        /// The named columns, or every column that reads as numbers, less the hue column.
        func plotColumns(of table: Table) throws -> [PairPlot.Column] {
            if let columns {
                let names = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
                    throw ValidationError("--columns '\(columns)' names no column; expected names separated by commas")
                }
                return try names.map { name in PairPlot.Column(name, try table.doubles(name)) }
            }
            var chosen: [PairPlot.Column] = []
            for name in table.columnNames where name != hue {
                if let values = try? table.doubles(name) { chosen.append(PairPlot.Column(name, values)) }
            }
            guard !chosen.isEmpty else {
                throw ValidationError("\(data) has no numeric column to plot; its columns are "
                    + table.columnNames.joined(separator: ", "))
            }
            return chosen
        }

        /// The hue: numeric (a continuous map, as seaborn treats numbers) unless the column holds
        /// text or `--categorical-hue` is given.
        func plotHue(of table: Table) throws -> PairPlot.Hue? {
            guard let hue else { return nil }
            _ = try table.columnIndex(hue)  // a missing column's error lists the columns there are
            if !categoricalHue, let values = try? table.doubles(hue) {
                return .numeric(name: hue, values: values)
            }
            return .categorical(name: hue, values: try table.strings(hue))
        }
    }
}
