import Foundation

/// Reference numbers from numpy, scipy, matplotlib, contourpy and seaborn, written by
/// `Scripts/make-plotkind-fixtures.py` into `Fixtures/plotkinds.json`.
struct KindFixtures: Decodable {
    struct Levels: Decodable {
        let zmin: Double, zmax: Double, n: Int, log: Bool
        let lines: [Double], filled: [Double]
    }
    struct ContourpyLine: Decodable { let level: Double; let count: Int; let points: [[Double]] }
    struct ContourpyBand: Decodable { let lower: Double; let upper: Double; let area: Double }
    struct Contourpy: Decodable {
        let x: [Double], y: [Double], z: [Double], levels: [Double]
        let lines: [ContourpyLine], bands: [ContourpyBand]
    }
    struct Histogram: Decodable {
        let name: String, data: [Double], edges: [Double], counts: [Int]
        let sturges: [Double], fd: [Double], sqrt: [Double]
    }
    struct KDE: Decodable {
        let name: String, data: [Double], adjust: Double
        let support: [Double], density: [Double], atSamples: [Double]
        let factor: Double, kernelSD: Double
    }

    let levels: [Levels]
    let contourpy: Contourpy
    let histograms: [Histogram]
    let kde: [KDE]

    /// Loaded once for all tests.
    static let shared = Fixtures.required("plotkinds", as: KindFixtures.self)
}

/// Relative-or-absolute closeness with an explicit tolerance.
func close(_ a: Double, _ b: Double, relative: Double, absolute: Double = 0) -> Bool {
    abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
}

/// The `marks` section: colours, layouts and shapes from matplotlib and seaborn.
struct MarkFixtures: Decodable {
    struct Heatmap: Decodable {
        let matrix: [Double], cmap: String, cells: [[Double]], text: [[Double]], labels: [String]
        let axes: [Double], colorbar: [Double]
    }
    struct LogContour: Decodable { let levels: [Double], colors: [[Double]], axes: [Double], colorbar: [Double], ticks: [Double] }
    struct PairLayout: Decodable { let size: [Double], axes: [[Double]] }
    struct Ellipse: Decodable { let cov: [Double], eigenvalues: [Double], major: [Double] }
    struct LevelTicks: Decodable { let levels: [Double], ticks: [Double] }

    let heatmaps: [Heatmap]
    let logContour: LogContour
    let regionColors: [String: [[Double]]]
    let hueColors: [String: [[Double]]]
    let pairLayouts: [String: PairLayout]
    let correlations: [[Double]]
    let ellipses: [Ellipse]
    let levelTicks: [LevelTicks]
    let stars: [String: [Double]]

    private struct Wrapper: Decodable { let marks: MarkFixtures }

    static let shared = Fixtures.required("plotkinds", as: Wrapper.self).marks
}

