import CairoBackend
import Foundation
import Plotting
import Testing

/// Release-mode timings of the figure model, printed and never asserted; run with
/// `PLOT_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter PlotBenchmark`.
///
/// The reference: matplotlib 3.11 draws `scatter` of numpy `randn(1_000_000, 2)` as 2 px
/// black dots in a 6.4 x 4.8 in figure to PNG in 0.38 s on this machine.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PLOT_BENCH"] == "1"), .serialized)
struct PlotBenchmark {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// CPU time of the whole process (both cores), to tell load on a shared machine from work.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    @Test func millionPointScatterToPNG() throws {
        let (xs, ys) = PlotGoldenFigure.normals(1_000_000, seed: 2024)
        // 2 px at 100 dpi is 1.44 pt: s = 1.44² pt², no edge, black.
        var wall: [Double] = [], cpu: [Double] = []
        var bytes = 0
        for _ in 0..<7 {
            let c0 = Self.cpuSeconds()
            wall.append(try Self.seconds {
                let fig = try Figure()
                let ax = fig.addSubplot()
                try ax.scatter(xs, ys, size: 1.44 * 1.44, color: .black, edge: .none)
                bytes = try fig.pngData().count
            })
            cpu.append(Self.cpuSeconds() - c0)
        }
        let sorted = wall.sorted()
        print("1e6-point scatter -> 640x480 PNG: best \(sorted[0]) s, median \(sorted[sorted.count / 2]) s, "
              + "CPU per run \(cpu.sorted()[cpu.count / 2]) s, \(bytes) bytes (matplotlib: 0.38 s)")
    }

    @Test func millionPointScatterToPDF() throws {
        let (xs, ys) = PlotGoldenFigure.normals(1_000_000, seed: 2024)
        var wall: [Double] = []
        var bytes = 0
        for _ in 0..<3 {
            wall.append(try Self.seconds {
                let fig = try Figure()
                let ax = fig.addSubplot()
                try ax.scatter(xs, ys, size: 1.44 * 1.44, color: .black, edge: .none)
                bytes = try fig.pdfData().count
            })
        }
        print("1e6-point scatter -> PDF: best \(wall.min() ?? 0) s, \(bytes) bytes")
    }

    @Test func labFigureSizedLinePlotToPNG() throws {
        var wall: [Double] = []
        for _ in 0..<20 {
            wall.append(try Self.seconds {
                _ = try PlotGoldenFigure.legend.figure().pngData()
            })
        }
        print("two-series line plot with legend -> PNG: best \(wall.min() ?? 0) s")
    }
}
