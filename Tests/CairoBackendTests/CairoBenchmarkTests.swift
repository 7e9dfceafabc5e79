import CairoBackend
import Foundation
import Plotting
import Testing

/// Release-mode timings, printed and never asserted; run with
/// `CAIRO_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter CairoBenchmark`
/// (`-enable-testing` because other test files use `@testable import`).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CAIRO_BENCH"] == "1"))
struct CairoBenchmark {
    /// A 640 x 480 PNG (6.4 x 4.8 in at 100 dpi) holding a million 3-pt discs with 0.5-pt edges.
    @Test func millionMarkersToPNG() throws {
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let positions = (0..<1_000_000).map { _ in Point(20 + 420 * next(), 20 + 300 * next()) }
        let page = TestPage(width: 460.8, height: 345.6, [
            .markers(Path(circleCenter: .zero, radius: 1.5), positions,
                     FillStyle(color: Color(hex: 0x1f77b4)), StrokeStyle(color: .white, width: 0.5)),
        ])
        // Wall time, and the CPU time of all threads (which shows the work when the machine is busy).
        func cpuSeconds() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        var wall: [Double] = [], cpu: [Double] = []
        var bytes = 0
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds, cpuStart = cpuSeconds()
            bytes = try page.pngData().count
            wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpu.append(cpuSeconds() - cpuStart)
        }
        print("1e6 markers -> 640x480 PNG: best wall \(wall.min() ?? 0) s, best CPU \(cpu.min() ?? 0) s; "
            + "wall \(wall), CPU \(cpu), \(bytes) bytes")
    }
}
