import CairoBackend
import Foundation
import LabFigures

/// Re-renders catalogue figures in memory and compares their pixels with golden PNGs.
///
/// The comparison is `GoldenImage`'s (RMS over decoded pixels, never file bytes) with
/// recording switched off: a check never writes a golden. For each figure that differs,
/// `NAME-actual.png` and `NAME-diff.png` (differences × 10) go to the artefacts folder.
struct GoldenCheck: Sendable {
    /// What one figure's check came to.
    struct Result: Sendable {
        let name: String
        /// The RMS difference when the figure matched.
        let rms: Double?
        /// Why it failed: missing golden, size or pixel difference (with the artefacts' paths), or a render error.
        let failure: String?

        var passed: Bool { failure == nil }
    }

    let entries: [FigureEntry]
    let data: FigureData
    let goldens: URL
    let artifacts: URL
    let tolerance: Double

    /// Checks every entry, figures concurrently; `report` gets each result in catalogue order.
    func run(report: @escaping @Sendable (Result) -> Void = { _ in }) -> [Result] {
        let golden = GoldenImage(directory: goldens, artifactDirectory: artifacts, tolerance: tolerance,
                                 recordMode: .never)
        return OrderedWork.run(count: entries.count, startOrder: CatalogRenderer.costliestFirst(entries),
                               { i in check(entries[i], with: golden) },
                               report: { _, result in report(result) })
    }

    func check(_ entry: FigureEntry, with golden: GoldenImage) -> Result {
        let path = goldens.appendingPathComponent(entry.name + ".png").path
        guard FileManager.default.fileExists(atPath: path) else {
            return Result(name: entry.name, rms: nil,
                          failure: "golden \(path) is missing; render it with `figures render \(entry.name) "
                            + "--out \(goldens.path)` (or `figures` for all) and commit it")
        }
        let png: [UInt8]
        do throws(FigureRenderError) {
            let figure = try CatalogRenderer.makeFigure(entry, data: data, dpi: nil)
            do throws(CairoError) {
                png = try figure.pngData()
            } catch {
                throw .output(figure: entry.name, error)
            }
        } catch {
            return Result(name: entry.name, rms: nil, failure: error.description)
        }
        switch golden.verify(png: png, name: entry.name) {
        case .matched(let rms):
            return Result(name: entry.name, rms: rms, failure: nil)
        case .failed(let message):
            return Result(name: entry.name, rms: nil, failure: message)
        case .recorded(let url):
            // Recording is off; reaching this would be a bug in GoldenImage.
            return Result(name: entry.name, rms: nil, failure: "unexpectedly recorded \(url.path)")
        }
    }
}
