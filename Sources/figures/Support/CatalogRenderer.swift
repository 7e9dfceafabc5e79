import CairoBackend
import Foundation
import LabFigures
import Plotting

/// Renders catalogue figures into files, figures concurrently, one progress line each in
/// catalogue order, and a total at the end.
///
/// Every file is written atomically (a temporary file renamed into place), so a failure
/// never leaves a partial file. A figure that fails is reported on its line and the others
/// are still written; the run then fails with the first figure's error.
struct CatalogRenderer: Sendable {
    let entries: [FigureEntry]
    let data: FigureData
    let formats: [OutputFormat]
    /// PNG resolution, or nil for each figure's own (100 dpi).
    let dpi: Double?
    let outputDirectory: URL

    /// What rendering one figure came to.
    struct Outcome: Sendable {
        let name: String
        let seconds: Double
        let failure: String?
        let error: FigureRenderError?
    }

    /// Renders every entry; prints a line per figure and a total.
    ///
    /// - Throws: `FigureRenderError` for the first figure that failed, after all were tried.
    func run() throws(FigureRenderError) {
        let start = DispatchTime.now()
        let width = entries.map(\.name.count).max() ?? 0
        let outcomes = OrderedWork.run(count: entries.count, { i in render(entries[i]) }, report: { _, outcome in
            let name = outcome.name.padding(toLength: width, withPad: " ", startingAt: 0)
            if let failure = outcome.failure {
                Console.line("\(name)  FAILED: \(failure)")
            } else {
                Console.line("\(name)  \(Self.format(outcome.seconds)) s")
            }
        })
        let total = Self.seconds(since: start)
        let failed = outcomes.filter { $0.error != nil }
        let formatNames = formats.map { $0.rawValue.uppercased() }.joined(separator: "+")
        Console.line("\(entries.count - failed.count) of \(entries.count) figures (\(formatNames)) written to "
            + "\(outputDirectory.path) in \(Self.format(total)) s")
        if let error = failed.first?.error { throw error }
    }

    /// Builds one figure and writes it in every format.
    func render(_ entry: FigureEntry) -> Outcome {
        let start = DispatchTime.now()
        do throws(FigureRenderError) {
            let figure = try Self.makeFigure(entry, data: data, dpi: dpi)
            for format in formats {
                let url = outputDirectory.appendingPathComponent(entry.name + "." + format.pathExtension)
                do throws(CairoError) {
                    try figure.write(to: url, format: format)
                } catch {
                    throw .output(figure: entry.name, error)
                }
            }
            return Outcome(name: entry.name, seconds: Self.seconds(since: start), failure: nil, error: nil)
        } catch {
            return Outcome(name: entry.name, seconds: Self.seconds(since: start), failure: error.description,
                           error: error)
        }
    }

    /// The entry's figure at `dpi` (or its own resolution).
    static func makeFigure(_ entry: FigureEntry, data: FigureData, dpi: Double?) throws(FigureRenderError) -> Figure {
        let figure: Figure
        do throws(FigureError) {
            figure = try entry.makeFigure(with: data)
        } catch {
            throw .figure(error)
        }
        if let dpi { figure.dpi = dpi }
        return figure
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func format(_ seconds: Double) -> String {
        String(format: "%.3f", seconds)
    }
}

/// Why a figure could not be rendered: building it failed, or writing a file did.
enum FigureRenderError: Error, Sendable, CustomStringConvertible {
    case figure(FigureError)
    case output(figure: String, CairoError)

    var description: String {
        switch self {
        case .figure(let error): error.description
        case let .output(figure, error): "\(figure): \(error.description)"
        }
    }
}
