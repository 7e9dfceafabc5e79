import CairoBackend
import Estimators
import Foundation
import Plotting
import Testing
@testable import LabFigures

/// Seeded random star tables with awkward values (zeros, subnormals, values near the largest a
/// table accepts, duplicated and dropped stars, a single flag) through the star table, every
/// figure that draws from it, and a low-resolution render: each ends in a typed error or a
/// drawn page, never a trap.
@Suite("Star data fuzzing: awkward tables through every Part 3 figure")
struct StarDataFuzzTests {
    static let tableCount = 60

    struct Stream {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
    }

    static let awkward = ["0", "-0", "5e-324", "1e-300", "1e150", "-1e150", "1.3407807929942596e154",
                          "-1.3407807929942596e154", "123456789", "-7"]
    static let numericFields = [2, 3, 4, 5, 6, 8, 9]   // vx vy vz En Lz feh alpha (1-based)

    /// The bundled mock, spoilt: some stars only, some cells awkward, flags maybe all one value.
    static func table(_ stream: inout Stream, from lines: [String]) -> String {
        var rows = Array(lines.dropFirst())
        switch stream.below(4) {
        case 0: rows = Array(rows.prefix(1 + stream.below(6)))                       // a handful of stars
        case 1: rows = (0..<(20 + stream.below(40))).map { _ in rows[stream.below(3)] }  // few distinct stars
        default: rows = Array(rows.prefix(60 + stream.below(200)))
        }
        for _ in 0..<stream.below(12) {
            let r = stream.below(rows.count)
            var cells = rows[r].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[stream.pick(numericFields) - 1] = stream.pick(awkward)
            rows[r] = cells.joined(separator: ",")
        }
        if stream.below(5) == 0 {
            let flag = String(stream.below(3))
            rows = rows.map { $0.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") + "," + flag }
        }
        if stream.below(6) == 0 {
            let column = stream.pick(numericFields) - 1, value = stream.pick(awkward)
            rows = rows.map { row in
                var cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                cells[column] = value
                return cells.joined(separator: ",")
            }
        }
        return ([lines[0]] + rows).joined(separator: "\n") + "\n"
    }

    @Test("awkward star tables: a typed error or a drawn page for every figure that uses them")
    func awkwardTables() throws {
        let url = try #require(MockStarCatalog.bundledTableURL)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let entries = FigureCatalog.entries.filter { $0.data.usesStarTable }
        var stream = Stream(state: 5)
        var drawn = 0, refused = 0, tablesRefused = 0
        for index in 0..<Self.tableCount {
            let text = Self.table(&stream, from: lines)
            let stars: StarTable
            do {
                stars = try StarTable(csv: text, source: "fuzz-\(index).csv")
            } catch {
                tablesRefused += 1
                #expect(!error.description.isEmpty)
                continue
            }
            #expect(stars.vx.indices.allSatisfy { (stars.vx[$0] * stars.vx[$0] + stars.vz[$0] * stars.vz[$0]).isFinite })
            let data = FigureData(stars: stars, isStandIn: false)
            for entry in entries {
                do {
                    let figure = try entry.makeFigure(with: data)
                    figure.dpi = 12
                    let bitmap = try figure.rasterize()
                    #expect(bitmap.width > 0 && bitmap.height > 0)
                    drawn += 1
                } catch {
                    refused += 1
                    #expect(!"\(error)".isEmpty, "table \(index), \(entry.name)")
                }
            }
        }
        #expect(drawn > 200 && refused > 10, "drawn \(drawn), refused \(refused), tables refused \(tablesRefused)")
    }
}
