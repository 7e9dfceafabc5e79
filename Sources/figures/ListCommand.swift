import ArgumentParser
import LabFigures

extension Figures {
    /// `figures list`: each figure's name and what it shows.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the figures with a line on what each shows.",
            discussion: "With --verbose, also each figure's lab cells, size and the data it needs."
        )

        @Flag(name: .shortAndLong, help: "Also show the lab cells, the size and the data each figure needs.")
        var verbose = false

        func run() {
            let width = FigureCatalog.names.map(\.count).max() ?? 0
            for entry in FigureCatalog.entries {
                let name = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
                Console.line("\(name)  \(entry.summary)")
                if verbose {
                    let indent = String(repeating: " ", count: width + 2)
                    Console.line("\(indent)\(entry.labCells ?? "beyond the lab"); \(entry.size); data: \(entry.data)")
                }
            }
        }
    }
}
