import Foundation
import Testing
@testable import Estimators

/// CSV writing: the catalogue's tables must read back exactly.
@Suite("Table writing round-trips exactly")
struct TableWritingTests {
    /// Doubles from random bit patterns (every exponent, subnormals, signed zeros), finite only.
    static func randomDoubles(count: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        var values: [Double] = []
        while values.count < count {
            let value = Double(bitPattern: random.next())
            if value.isFinite { values.append(value) }
        }
        return values + [0, -0.0, .leastNonzeroMagnitude, -.leastNormalMagnitude, .greatestFiniteMagnitude,
                         0.1, 1e-5, 1e16, 9007199254740994, 123456.789]
    }

    @Test("20,000 doubles from random bit patterns write and read back bit for bit")
    func doublesRoundTrip() throws {
        let values = Self.randomDoubles(count: 20_000, seed: 42)
        let table = try Table(columns: ["x": .doubles(values), "y": .doubles(values.reversed())])
        let back = try Table(csv: table.csvText())
        guard case .doubles(let x) = try back.column("x"), case .doubles(let y) = try back.column("y") else {
            Issue.record("the columns did not read back as doubles")
            return
        }
        #expect(x.map(\.bitPattern) == values.map(\.bitPattern))
        #expect(y.map(\.bitPattern) == values.reversed().map(\.bitPattern))
    }

    @Test("64-bit integers, extremes included, write and read back exactly")
    func integersRoundTrip() throws {
        let values: [Int64] = [0, 1, -1, .max, .min, 6917218012011855616, 61047157615088256, 9007199254740993]
        let table = try Table(columns: ["source_id_1": .integers(values)])
        #expect(table.csvText() == "source_id_1\n" + values.map { "\($0)\n" }.joined())
        #expect(try Table(csv: table.csvText()).integers("source_id_1") == values)
    }

    @Test("strings with commas, quotes, line breaks, spaces and Unicode write and read back exactly")
    func stringsRoundTrip() throws {
        let values = ["2M03253760+2050536", "Smith, J.", "say \"hi\"", "two\nlines", "cr\rlf\r\n", "", "  padded  ",
                      "Ångström ✓", "\"", ",", "5'11\""]
        let table = try Table(columns: ["apogee": .strings(values), "n": .integers(Array(0..<Int64(values.count)))])
        let text = table.csvText()
        #expect(text.hasPrefix("apogee,n\n2M03253760+2050536,0\n\"Smith, J.\",1\n\"say \"\"hi\"\"\",2\n"))
        #expect(try Table(csv: text).strings("apogee") == values)
    }

    @Test("a one-column table with empty values quotes them, so no row is lost as a blank line")
    func singleColumnEmpty() throws {
        let table = try Table(columns: ["name": .strings(["a", "", "b"])])
        #expect(table.csvText() == "name\na\n\"\"\nb\n")
        #expect(try Table(csv: table.csvText()).strings("name") == ["a", "", "b"])
    }

    @Test("NaN is written as an empty cell and infinities as inf, as pandas writes them")
    func specialValues() throws {
        let table = try Table(columns: ["x": .doubles([1.5, .nan, .infinity, -.infinity]), "k": .integers([1, 2, 3, 4])])
        #expect(table.csvText() == "x,k\n1.5,1\n,2\ninf,3\n-inf,4\n")
    }

    @Test("fixed decimals, per column, as C's %.6f")
    func fixedDecimals() throws {
        let table = try Table(columns: ["vx": .doubles([-25.7617144, 0.5, 1e-9]), "feh": .doubles([-0.3120151, 0, 2])])
        let text = table.csvText(formats: ["vx": .fixed(decimals: 6)])
        #expect(text == "vx,feh\n-25.761714,-0.3120151\n0.500000,0.0\n0.000000,2.0\n")
    }

    @Test("a table read from CSV writes its text back unchanged, and re-reads to the same cells")
    func textColumnsRoundTrip() throws {
        for name in ["table_quoted", "table_reordered_crlf_bom", "table_gaia_sample", "table_missing"] {
            let table = try Table(contentsOf: Fixtures.url("\(name).csv"))
            let back = try Table(csv: table.csvText())
            #expect(back.columnNames == table.columnNames)
            for column in table.columnNames {
                #expect(try back.strings(column) == (try table.strings(column)), "\(name).\(column)")
            }
        }
        // The plain LF file is written back byte for byte.
        let url = try Fixtures.url("table_gaia_sample.csv")
        let table = try Table(contentsOf: url)
        #expect(table.csvBytes() == [UInt8](try Data(contentsOf: url)))
    }

    @Test("write(to:) writes a file that reads back, with derived columns")
    func writeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("table-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let base = try Table(columns: ["vx": .doubles([3, -1]), "vz": .doubles([4, 0.5]),
                                       "apogee": .strings(["a", "b"])])
        let table = try base.adding("vx_vz", from: "vx", "vz") { ($0 * $0 + $1 * $1).squareRoot() }
        try table.write(to: url)
        let back = try Table(contentsOf: url)
        #expect(back.columnNames == ["vx", "vz", "apogee", "vx_vz"])
        #expect(try back.doubles("vx_vz") == [5, (1 + 0.25).squareRoot()])
        #expect(back.source == url.path)
    }
}
