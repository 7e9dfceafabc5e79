import Foundation
import Testing
@testable import figures

/// The benchmark's building blocks: label digests that match the peer script's, workload
/// selection, clocks and peak-memory readings.
@Suite struct BenchMeasurementTests {
    /// Digests computed by `Scripts/bench-peer.py`'s `label_digest` (its fast path for labels
    /// below 256 and its general path for larger ones); the blobs are scikit-learn's
    /// `make_blobs(300, centers=4, cluster_std=0.6, random_state=0)` labels.
    @Test(arguments: [
        ([Int](), "cbf29ce484222325"),
        ([0, 1, 2], "756241e1be8c9396"),
        ([0, 256, 70000, 3], "7949535ff3e2614f"),
    ])
    func labelDigestsMatchThePeerScript(labels: [Int], expected: String) {
        #expect(LabelDigest.hex(labels) == expected)
    }

    @Test func labelDigestOfScikitLearnBlobLabels() throws {
        let blobs = try makeBlobsForTest()
        #expect(LabelDigest.hex(blobs) == "1eaea51b773a3285")
    }

    @Test func labelDigestSeesOrder() {
        #expect(LabelDigest.hex([0, 1]) != LabelDigest.hex([1, 0]))
    }

    @Test func selectionDefaultsToAllSixInIssueOrder() throws {
        #expect(try BenchWorkload.selection(nil).map(\.name) == [
            "kmeans_1e6x2_k8", "gmm_1e5x7_k3", "silhouette_1e4x7",
            "density_grid_1e6", "contour_png_1000", "scatter_png_1e6",
        ])
    }

    @Test func selectionKeepsTheGivenOrderWithoutRepeats() throws {
        let chosen = try BenchWorkload.selection("scatter_png_1e6, kmeans_1e6x2_k8,scatter_png_1e6")
        #expect(chosen == [.scatterPNG, .kmeans])
    }

    @Test func unknownWorkloadNamesTheKnownOnes() {
        #expect(throws: BenchError.unknownWorkload("kmeans", known: BenchWorkload.allCases.map(\.name))) {
            try BenchWorkload.selection("kmeans")
        }
        let message = BenchError.unknownWorkload("kmeans", known: ["a", "b"]).description
        #expect(message == "unknown workload 'kmeans'; workloads are: a, b")
        #expect(throws: BenchError.self) { try BenchWorkload.selection(",") }
    }

    @Test func stopwatchMeasuresASleepOnTheWallClock() {
        let watch = Stopwatch()
        let start = watch.read()
        usleep(30_000)
        let lap = watch.lap(since: start)
        #expect(lap.wallSeconds >= 0.029)
        #expect(lap.wallSeconds < 5)
        // The CPU clock is the whole process's: other tests running in parallel keep it
        // moving while this thread sleeps, so only its sign is certain here.
        #expect(lap.cpuSeconds >= 0)
    }

    @Test func stopwatchCountsCPUTimeOfBusyWork() {
        let watch = Stopwatch()
        let start = watch.read()
        var x = 0.0
        for i in 0..<20_000_000 { x += Double(i & 7) }
        let lap = watch.lap(since: start)
        #expect(x > 0)
        #expect(lap.cpuSeconds > 0)
    }

    @Test func durationsConvertToSeconds() {
        #expect(Stopwatch.seconds(.milliseconds(1500)) == 1.5)
        #expect(Swift.abs(Stopwatch.seconds(.nanoseconds(250)) - 250e-9) <= 1e-21)
    }

    @Test func peakMemoryRisesWithTouchedMemoryAndResets() throws {
        let before = try #require(PeakMemory.peakBytes())
        #expect(before > 1_000_000)
        let size = 96 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 4096)
        for offset in stride(from: 0, to: size, by: 4096) { buffer[offset] = 1 }
        let during = try #require(PeakMemory.peakBytes())
        #expect(during >= before + size - (8 << 20) || during >= size)
        buffer.deallocate()
        if PeakMemory.reset() {
            // Restarted from the current resident size, which no longer holds the buffer.
            let after = try #require(PeakMemory.peakBytes())
            #expect(after < during - (48 << 20))
        }
    }

    /// The labels of `make_blobs(300, centers=4, cluster_std=0.6, random_state=0)`.
    func makeBlobsForTest() throws -> [Int] {
        try BenchTestData.labBlobLabels()
    }
}
