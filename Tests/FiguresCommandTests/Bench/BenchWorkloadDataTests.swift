import Foundation
import Testing
@testable import figures

/// The workloads' inputs are the Python stack's: checked on the lab's Part 2 data against
/// scikit-learn 1.9.1 (numbers.json, part2_gmm) and on the PNG check's reading of a header.
@Suite struct BenchWorkloadDataTests {
    @Test func labPart2DataIsScikitLearns() throws {
        let x = try DensityGridData.labPart2Data()
        #expect(x.rows == 1250 && x.columns == 2)
        // numbers.json part2_gmm.first_row, and X2's first row: make_blobs(250, centers=1, rs=42) + [6, -8].
        #expect(Swift.abs(x[0, 0] - 0.8167291114687529) <= 1e-15)
        #expect(Swift.abs(x[0, 1] - 1.3271905151431966) <= 1e-15)
        #expect(Swift.abs(x[1000, 0] - (-1.106403312116651 + 6)) <= 1e-15)
        #expect(Swift.abs(x[1000, 1] - (7.612435065406041 - 8)) <= 1e-15)
    }

    @Test func densityModelIsTheLabsMixture() throws {
        let density = try DensityGridData.make()
        // numbers.json part2_gmm.gmm3_random_state_42.weights.
        let expected = [0.39019633938276294, 0.20972350171522136, 0.40008015890201576]
        for (w, e) in zip(density.model.weights, expected) {
            #expect(Swift.abs(w - e) <= 1e-12)
        }
        #expect(density.points.rows == 1_000_000)
        // np.c_[xx.ravel(), yy.ravel()]: x runs fastest, from -5 to 5.
        #expect(density.points[0, 0] == -5 && density.points[0, 1] == -5)
        #expect(density.points[999, 0] == 5 && density.points[999, 1] == -5)
        #expect(density.points[1000, 0] == -5 && density.points[1000, 1] == density.axis[1])
        #expect(density.points[999_999, 0] == 5 && density.points[999_999, 1] == 5)
    }

    @Test func pngCheckReadsSizeAndDimensions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-png-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A PNG signature and IHDR for 640 x 480, then filler: only the header is read.
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        bytes += [0, 0, 2, 128, 0, 0, 1, 224] + [UInt8](repeating: 0, count: 20)
        let url = folder.appendingPathComponent("t.png")
        try Data(bytes).write(to: url)
        let check = try BenchWorkload.pngCheck(url, workload: .contourPNG)
        #expect(check["png_bytes"] == .integer(bytes.count))
        #expect(check["width"] == .integer(640))
        #expect(check["height"] == .integer(480))
    }

    @Test func pngCheckOfAMissingFileNamesTheWorkload() {
        let url = URL(fileURLWithPath: "/nonexistent/bench/scatter.png")
        do {
            _ = try BenchWorkload.pngCheck(url, workload: .scatterPNG)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("workload scatter_png_1e6 failed while checking: "))
        }
    }

    @Test func runnerRejectsRepeatCountsOutOfRange() {
        let folder = FileManager.default.temporaryDirectory
        #expect(throws: BenchError.invalidRepeats(0)) { try BenchRunner(repeats: 0, outputFolder: folder) }
        #expect(throws: BenchError.invalidRepeats(101)) { try BenchRunner(repeats: 101, outputFolder: folder) }
    }
}
