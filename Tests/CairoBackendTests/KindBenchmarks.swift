import CairoBackend
import Foundation
import Plotting
import Testing

/// Release-mode timings of the plot kinds, printed and never asserted; run with
/// `KIND_BENCH=1 swift test -c release --filter KindBenchmarks`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["KIND_BENCH"] == "1"))
struct KindBenchmarks {
    static func time(_ label: String, runs: Int = 7, _ body: () throws -> Int) rethrows {
        var times: [Double] = []
        var bytes = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            bytes = try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let sorted = times.sorted()
        print("\(label): best \(String(format: "%.4f", sorted[0])) s, median \(String(format: "%.4f", sorted[runs / 2])) s, \(bytes) bytes")
    }

    /// The lab's density plot at the size matplotlib was timed at (0.19 s here): a 1000 x 1000
    /// grid of -score_samples, 12 log levels filled (LogNorm(1, 30)) plus black 1 pt lines,
    /// in a 6.4 x 4.8 in figure written to PNG at 100 dpi. The grid is computed once, outside the timing.
    @Test func gmmDensityContoursToPNG() throws {
        let g = KindData.shared.gmmGrid(resolution: 1000)
        let grid = try ContourGrid(x: g.x, y: g.y, z: g.negScore)
        let levels = ContourLevels.explicit((0..<12).map { pow(10, 2.0 * Double($0) / 11) })
        let norm = try LogNorm(vmin: 1, vmax: 30)
        try Self.time("contourf + contour (two calls, as the lab), 1000x1000, 12 levels -> PNG") {
            let fig = try Figure()
            let ax = fig.addSubplot()
            try ax.contourf(grid, levels: levels, norm: norm)
            try ax.contour(grid, levels: levels, norm: norm, colors: [.black], widths: [1])
            return try fig.pngData().count
        }
        try Self.time("contourf with lines (one pass), 1000x1000, 12 levels -> PNG") {
            let fig = try Figure()
            try fig.addSubplot().contourf(grid, levels: levels, norm: norm, lines: ContourLineOptions(color: .black, width: 1))
            return try fig.pngData().count
        }
        try Self.time("tracing only: regions + lines in one pass") {
            let r = try MarchingSquares(grid: grid, masking: .nonPositive).trace(levels: (0..<12).map { pow(10, 2.0 * Double($0) / 11) })
            return r.regions.reduce(0) { $0 + $1.points.count }
        }
        try Self.time("empty 6.4x4.8 figure with axes -> PNG") {
            let fig = try Figure()
            fig.addSubplot()
            return try fig.pngData().count
        }
    }

    /// The lab's K-means decision regions on a 1000 x 1000 grid in an 8 x 4 in figure.
    @Test func decisionRegionsToPNG() throws {
        let d = KindData.shared
        let g = d.kmeansGrid(centres: d.kmeans4, resolution: 1000)
        try Self.time("decision regions 1000x1000, 4 classes + boundaries -> PNG") {
            let fig = try Figure(width: 8, height: 4)
            try fig.addSubplot().decisionRegions(x: g.x, y: g.y, labels: g.labels)
            return try fig.pngData().count
        }
    }
}
