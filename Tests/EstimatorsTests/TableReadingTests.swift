import Foundation
import Testing
@testable import Estimators

/// `Table` against `pandas.read_csv` and `DataFrame.describe()` on the table_* fixtures.
@Suite("Table reading and describe() against pandas")
struct TableReadingTests {
    struct Fixture: Decodable {
        struct Column: Decodable {
            let name: String
            let dtype: String
            let values: [String?]
        }
        let file: String
        let rows: Int
        let columns: [Column]
        let describe: [String: [String]]?
        let describe_text: String?
        let describe_text_80: String?
    }

    static let files = [
        "table_gaia_sample", "table_reordered_crlf_bom", "table_quoted", "table_missing", "table_wide",
        "table_many_rows", "table_one_row", "table_number_forms",
    ]

    static func load(_ name: String) throws -> (Table, Fixture) {
        let fixture = try Fixtures.load(name, as: Fixture.self)
        let table = try Table(contentsOf: Fixtures.url("\(name).csv"))
        return (table, fixture)
    }

    @Test("columns, row count and inferred types match pandas", arguments: files)
    func shapeAndTypes(name: String) throws {
        let (table, fixture) = try Self.load(name)
        #expect(table.columnNames == fixture.columns.map(\.name))
        #expect(table.rowCount == fixture.rows)
        for column in fixture.columns {
            let inferred = try table.column(column.name)
            switch (column.dtype, inferred) {
            case ("int64", .integers), ("float64", .doubles), ("object", .strings):
                break
            default:
                Issue.record("\(name): column '\(column.name)' is \(column.dtype) in pandas, inferred \(inferred)")
            }
        }
    }

    @Test("every cell reads as pandas reads it, bit for bit", arguments: files)
    func values(name: String) throws {
        let (table, fixture) = try Self.load(name)
        for column in fixture.columns {
            switch column.dtype {
            case "int64":
                let expected = column.values.map { Int64($0 ?? "") }
                #expect(try table.integers(column.name).map { Optional($0) } == expected, "\(name).\(column.name)")
            case "float64":
                let expected = column.values.map { Fixtures.double($0 ?? "nan") }
                guard case .doubles(let inferred) = try table.column(column.name) else {
                    Issue.record("\(name).\(column.name) is not numeric")
                    continue
                }
                #expect(inferred.count == expected.count)
                for (row, (got, want)) in zip(inferred, expected).enumerated() {
                    #expect(Fixtures.identical(got, want),
                            "\(name).\(column.name) row \(row): \(got) != \(want)")
                }
                // Clean columns also pass the estimator-ready accessor unchanged.
                if expected.allSatisfy({ $0.isFinite && $0.magnitude <= TableError.largestMagnitude }) {
                    let strict = try table.doubles(column.name)
                    #expect(zip(strict, expected).allSatisfy { Fixtures.identical($0, $1) })
                }
            default:
                let expected = column.values.map { $0 ?? "" }
                #expect(try table.strings(column.name) == expected, "\(name).\(column.name)")
            }
        }
    }

    @Test("describe() statistics equal pandas' to the last bit", arguments: files)
    func describeNumbers(name: String) throws {
        let (table, fixture) = try Self.load(name)
        let description = table.describe()
        let expected = fixture.describe ?? [:]
        let numericColumns = fixture.columns.filter { $0.dtype != "object" }.map(\.name)
        #expect(description.columns.map(\.name) == numericColumns)
        for summary in description.columns {
            guard let want = expected[summary.name]?.map(Fixtures.double) else {
                Issue.record("\(name): pandas has no summary of '\(summary.name)'")
                continue
            }
            for (statistic, (got, value)) in zip(TableDescription.statisticNames, zip(summary.values, want)) {
                #expect(Fixtures.identical(got, value),
                        "\(name).\(summary.name) \(statistic): \(got) != pandas \(value)")
            }
        }
    }

    @Test("describe() text equals pandas' to_string(), unwrapped and 80 wide", arguments: files)
    func describeText(name: String) throws {
        let (table, fixture) = try Self.load(name)
        guard let unwrapped = fixture.describe_text, let wrapped = fixture.describe_text_80 else { return }
        let description = table.describe()
        #expect(description.text(lineWidth: nil) == unwrapped)
        #expect(description.description == wrapped)
    }

    struct FormatCases: Decodable {
        struct Case: Decodable {
            let values: [String]
            let formatted: [String]
        }
        let cases: [Case]
    }

    @Test("column formatting follows pandas at its rules' boundaries (trimming, scientific switch, NaN, inf)")
    func floatFormatting() throws {
        let fixture = try Fixtures.load("table_format_cases", as: FormatCases.self)
        #expect(fixture.cases.count >= 20)
        for item in fixture.cases {
            let values = item.values.map(Fixtures.double)
            let strings = TableDescription.formatFloats(values)
            let width = strings.map(TableDescription.displayWidth).max() ?? 0
            let justified = strings.map { String(repeating: " ", count: width - $0.count) + $0 }
            #expect(justified == item.formatted, "values \(item.values)")
        }
    }

    @Test("the lab's file shape: exact 64-bit ids, APOGEE names, a matrix of the seven features")
    func labColumns() throws {
        let (table, _) = try Self.load("table_gaia_sample")
        let ids = try table.integers("source_id_1")
        #expect(ids[0] == 61047157615088256)
        #expect(ids[5] == 6917218012011855616)
        // An odd id above 2^53 that a Double cannot hold: read as integers, it survives exactly.
        #expect(ids[6] == 6304375636099332249)
        #expect(Int64(exactly: Double(ids[6])) != ids[6])
        #expect(try table.strings("apogee")[0] == "2M03253760+2050536")
        let features = ["vx", "vy", "vz", "En", "Lz", "feh", "alpha"]
        let matrix = try table.matrix(features)
        #expect(matrix.rows == 60 && matrix.columns == 7)
        #expect(matrix.row(0) == [-25.761714, 222.05426, 29.777083, -155526.229018, 2298.725882, -0.312015, 0.081689])
        #expect(matrix.row(4) == [-122.512619, -15.886698, 7.277072, -176382.521936, -119.022473, -0.985187,
                                  0.093934])
        // Any order, and the flags as labels.
        let reordered = try table.matrix(["alpha", "vx"])
        #expect(reordered.row(0) == [0.081689, -25.761714])
        #expect(try table.integers("flag").prefix(5) == [0, 0, 0, 0, 1])
    }

    @Test("reordered columns, extra columns, CRLF and a BOM give the same values as the plain file")
    func reorderedFileMatchesPlainFile() throws {
        let (plain, _) = try Self.load("table_gaia_sample")
        let (odd, _) = try Self.load("table_reordered_crlf_bom")
        #expect(odd.columnNames.first == "apogee")  // the BOM is not part of the first name
        let features = ["vx", "vy", "vz", "En", "Lz", "feh", "alpha"]
        let a = try plain.matrix(features)
        let b = try odd.matrix(features)
        #expect(b.storage == Array(a.storage.prefix(25 * 7)))
        #expect(try odd.integers("source_id_1") == Array(try plain.integers("source_id_1").prefix(25)))
        #expect(try odd.strings("note").prefix(5) == ["plain", "with, comma", "say \"hi\"", "multi\nline", ""])
    }

    @Test("quoted fields keep commas, doubled quotes, CRLF inside quotes and UTF-8 text")
    func quotedFields() throws {
        let (table, _) = try Self.load("table_quoted")
        #expect(table.columnNames == ["id", "name, full", "value", "comment"])
        let comments = try table.strings("comment")
        #expect(comments[0] == "quoted \"inner\" text")
        #expect(comments[1] == "comma, inside")
        #expect(comments[2] == "line one\r\nline two")
        #expect(comments[4] == "Ångström — ✓")
        #expect(comments[5] == "")
        #expect(comments[6] == "  padded  ")
        #expect(try table.strings("name, full")[1] == "Star 1, the second")
    }

    @Test("derived columns: sqrt(vx² + vz²) as the lab's tuned feature, and a transformed copy")
    func derivedColumns() throws {
        let (table, _) = try Self.load("table_gaia_sample")
        let tuned = try table.adding("vx_vz", from: "vx", "vz") { ($0 * $0 + $1 * $1).squareRoot() }
        let vx = try table.doubles("vx")
        let vz = try table.doubles("vz")
        #expect(try tuned.doubles("vx_vz") == zip(vx, vz).map { ($0 * $0 + $1 * $1).squareRoot() })
        #expect(tuned.columnNames.last == "vx_vz")
        let matrix = try tuned.matrix(["vx_vz", "vy", "feh", "alpha"])
        #expect(matrix.columns == 4 && matrix[0, 0] == (vx[0] * vx[0] + vz[0] * vz[0]).squareRoot())
        let scaled = try table.adding("feh_x2", from: "feh") { 2 * $0 }
        #expect(try scaled.doubles("feh_x2") == (try table.doubles("feh")).map { 2 * $0 })
        let selected = try tuned.selecting(["vx_vz", "apogee"])
        #expect(selected.columnNames == ["vx_vz", "apogee"])
        #expect(try selected.strings("apogee") == (try table.strings("apogee")))
    }
}
