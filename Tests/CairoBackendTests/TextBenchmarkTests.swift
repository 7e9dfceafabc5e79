import CairoBackend
import Foundation
import Plotting
import Testing

/// Release-mode timings of label layout on the Cairo canvas, printed and never asserted;
/// run with `TEXT_BENCH=1 swift test -c release --filter TextBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TEXT_BENCH"] == "1"))
struct TextBenchmark {
    /// Lays out every label of `labels` `rounds` times on the canvas that renders the page.
    final class LayoutPage: Renderable, @unchecked Sendable {
        let pageSize = Size(width: 100, height: 100)
        let dpi = 100.0
        let background = Color.white
        let labels: [String]
        let rounds: Int
        let cache: TextLayoutCache?
        private(set) var seconds = 0.0
        private(set) var checksum = 0.0

        init(labels: [String], rounds: Int, cache: TextLayoutCache?) {
            (self.labels, self.rounds, self.cache) = (labels, rounds, cache)
        }

        func render(on canvas: inout some Canvas) {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<rounds {
                for label in labels {
                    let layout = cache?.layout(label, font: Font(size: 10), canvas: canvas)
                        ?? TextLayout(label, font: Font(size: 10), measuringWith: canvas)
                    checksum += layout.width
                }
            }
            seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
    }

    static let tickLabels: [String] = (0..<500).map { String(format: "%.1f", Double($0) * 0.5 - 100) }
        + (0..<250).map { "$\\mathdefault{10^{\($0 - 125)}}$" }
        + (0..<250).map { "$\\mathdefault{\($0 % 10)\\times10^{\($0 / 10 - 12)}}$" }

    @Test func tickLabels() throws {
        for cached in [false, true] {
            let page = LayoutPage(labels: Self.tickLabels, rounds: 10, cache: cached ? TextLayoutCache() : nil)
            var best = Double.infinity
            for _ in 0..<3 {
                _ = try page.rasterize()
                best = min(best, page.seconds)
            }
            let per = best / Double(Self.tickLabels.count * 10) * 1e6
            print("TextLayout of 10 x \(Self.tickLabels.count) tick labels on Cairo, cache \(cached): best \(best) s, \(per) us a label")
        }
    }

    @Test func parsingAlone() {
        let labels = TextSheet.labels + Self.tickLabels
        let parser = MathTextParser()
        let start = DispatchTime.now().uptimeNanoseconds
        var nodes = 0
        for _ in 0..<100 {
            for l in labels { nodes += ((try? parser.parse(l)) ?? []).count }
        }
        let s = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("MathTextParser: \(100 * labels.count) lines in \(s) s, \(s / Double(100 * labels.count) * 1e6) us a line (\(nodes) nodes)")
    }
}
