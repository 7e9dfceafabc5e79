import Foundation
import Plotting
import Testing
@testable import LabFigures

/// Building catalogue figures and reading back what they draw, for the figure tests.
enum FigureSupport {
    /// The package root, found from this file (Tests/LabFiguresTests/FigureTestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The default data context: the bundled mock star table.
    static func bundledData() throws -> FigureData {
        try FigureData.bundled()
    }

    /// The bundled table without its `flag` column, as the lab's `..._noflag.csv` is, read as user data.
    static func noFlagData() throws -> FigureData {
        let url = try #require(MockStarCatalog.bundledTableURL)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n").map { line in line.split(separator: ",").dropLast().joined(separator: ",") }
        let stars = try StarTable(csv: lines.joined(separator: "\n") + "\n", source: "gaia_apogee_match_noflag.csv")
        return FigureData(stars: stars, isStandIn: false)
    }

    /// The catalogue figure `name`, built from `data` (default: the bundled mock).
    static func figure(_ name: String, data: FigureData? = nil) throws -> Figure {
        try FigureCatalog.entry(named: name).makeFigure(with: data ?? bundledData())
    }

    /// Every drawing call of the figure, on a canvas that records instead of drawing.
    static func recording(_ figure: Figure) -> RecordingCanvas {
        var canvas = RecordingCanvas()
        figure.render(on: &canvas)
        return canvas
    }

    /// The texts a figure draws (mathtext comes out as one call a run).
    static func texts(_ figure: Figure) -> [String] {
        recording(figure).texts.map(\.text)
    }

    /// The marks of type `T` on all axes of the figure, in order.
    static func marks<T: Mark>(_ type: T.Type, in figure: Figure) -> [T] {
        figure.axes.flatMap { $0.marks.compactMap { $0 as? T } }
    }

    /// Whether `a` and `b` agree element by element to `relative` of their size (absolute near zero).
    static func close(_ a: [Double], _ b: [Double], relative: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in abs(x - y) <= relative * max(abs(x), abs(y), 1e-300) }
    }
}
