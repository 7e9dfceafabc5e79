import ArgumentParser
import Foundation
import LabFigures

/// The `figures` command: renders the lab's figures, checks them against the committed
/// goldens, fits the estimators from the command line and writes the mock star table.
///
/// Run without a subcommand it renders every catalogue figure as PNG and PDF into
/// `Figures/`. New subcommands go into `configuration.subcommands`; every failure, from
/// any layer, is turned into a message and an exit status in one place, `FailureReport`.
@main
struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Render, check and fit the figures of the lab 'Unsupervised Learning - Searching for a new galaxy'.",
        discussion: """
            With no subcommand, renders all \(FigureCatalog.entries.count) figures as PNG and PDF into Figures/ \
            (relative to the current directory), both cores at work, one line per figure.
            """,
        subcommands: [Render.self, List.self, Check.self, Fit.self, MakeStars.self, PairPlotCommand.self, Bench.self]
    )

    func run() throws {
        try CatalogRenderer(entries: FigureCatalog.entries, data: FigureData.bundled(),
                            formats: [.png, .pdf], dpi: nil, outputDirectory: URL(fileURLWithPath: "Figures"))
            .run()
    }

    /// Parses `arguments`, runs the command, and reports any failure on standard error.
    ///
    /// - Returns: the exit status: 0 on success, 1 when the command failed, 2 for a usage error.
    static func run(arguments: [String]) -> Int32 {
        let status: Int32
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            status = 0
        } catch {
            status = FailureReport(error).deliver()
        }
        // Output that never arrived (a full disk behind `> file`) fails the run too.
        if let failure = Console.outputFailure, status == 0 {
            Console.error("Error: \(failure)")
            return FailureReport.failureStatus
        }
        return status
    }

    static func main() {
        Foundation.exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
    }
}
