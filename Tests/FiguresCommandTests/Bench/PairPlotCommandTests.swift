import Foundation
import Testing
@testable import figures

/// `figures pairplot` end to end on small CSV files: exit statuses, files written, their size.
@Suite struct PairPlotCommandTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pairplot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A CSV of `rows` rows: three numeric columns, an integer label and a text column.
    func writeTable(rows: Int) throws -> URL {
        var text = "a,b,c,label,name\n"
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for i in 0..<rows {
            let label = i % 3
            text += "\(next() + Double(label)),\(next() * 2),\(next() - Double(label)),\(label),n\(label)\n"
        }
        let url = folder.appendingPathComponent("table-\(rows).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func pngSize(_ url: URL) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: url))
        try #require(bytes.count > 24 && bytes[1] == 0x50)
        let word = { (o: Int) in bytes[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    @Test func drawsNamedColumnsWithAHueLegendToPNG() throws {
        let data = try writeTable(rows: 300)
        let out = folder.appendingPathComponent("pairs.png")
        let status = Figures.run(arguments: ["pairplot", "--data", data.path, "--columns", "a,b,c",
                                             "--hue", "label", "--categorical-hue", "--out", out.path])
        #expect(status == 0)
        let size = try pngSize(out)
        // Three 2.5 in panels at 100 dpi tall; wider than tall for the legend on the right.
        #expect(size.height == 750)
        #expect(size.width > 750)
    }

    @Test func defaultColumnsAreTheNumericOnesLessTheHue() throws {
        let data = try writeTable(rows: 50)
        let out = folder.appendingPathComponent("all.png")
        #expect(Figures.run(arguments: ["pairplot", "--data", data.path, "--hue", "name", "--out", out.path]) == 0)
        // a, b, c and label: four panels a side.
        #expect(try pngSize(out).height == 1000)
    }

    @Test func largeTablesAggregateAndKeepPDFsSmall() throws {
        let data = try writeTable(rows: 30_000)
        let aggregated = folder.appendingPathComponent("aggregated.pdf")
        let vector = folder.appendingPathComponent("vector.pdf")
        #expect(Figures.run(arguments: ["pairplot", "--data", data.path, "--columns", "a,b",
                                        "--aggregate-above", "1000", "--out", aggregated.path]) == 0)
        #expect(Figures.run(arguments: ["pairplot", "--data", data.path, "--columns", "a,b",
                                        "--aggregate-above", "100000", "--out", vector.path]) == 0)
        let small = try Data(contentsOf: aggregated), large = try Data(contentsOf: vector)
        #expect(small.prefix(5) == Data("%PDF-".utf8))
        // 2 x 30,000 markers as vectors against two embedded images.
        #expect(small.count * 5 < large.count)
    }

    @Test func badInputsFailWithUsageOrRunStatuses() throws {
        let data = try writeTable(rows: 20)
        let out = folder.appendingPathComponent("x.png").path
        // An unknown extension and a negative threshold are usage errors (2).
        #expect(Figures.run(arguments: ["pairplot", "--data", data.path, "--out", folder.appendingPathComponent("x.gif").path]) == 2)
        #expect(Figures.run(arguments: ["pairplot", "--data", data.path, "--aggregate-above", "-1", "--out", out]) == 2)
        // A missing column or file fails the run (1), and nothing is written.
        #expect(Figures.run(arguments: ["pairplot", "--data", data.path, "--columns", "a,nope", "--out", out]) == 1)
        #expect(Figures.run(arguments: ["pairplot", "--data", data.path, "--columns", "a,name", "--out", out]) == 1)
        #expect(Figures.run(arguments: ["pairplot", "--data", folder.appendingPathComponent("none.csv").path, "--out", out]) == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func benchOptionsAreValidated() {
        #expect(Figures.run(arguments: ["bench", "--only", "nope"]) == 2)
        #expect(Figures.run(arguments: ["bench", "--repeats", "0"]) == 2)
    }
}
