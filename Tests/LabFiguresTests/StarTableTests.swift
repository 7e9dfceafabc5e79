import Estimators
import Foundation
import Testing
@testable import LabFigures

/// Reading star tables in the lab's real format, and refusing bad ones with messages that say why.
@Suite("Star table")
struct StarTableTests {
    /// The lab's first five rows as its notebook prints them, in the real file's column order.
    static let labHeader = "source_id_1,vx,vy,vz,En,Lz,apogee,feh,alpha"
    static let labRows = [
        "61047157615088256,-25.761714,222.054260,29.777083,-155526.229018,2298.725882,2M03253760+2050536,-0.312015,0.081689",
        "65723380567903104,-1.410748,222.424836,27.887632,-152480.050683,2477.465061,2M03531303+2352226,-0.276759,0.057058",
        "66570932234426112,-52.639903,213.206085,10.694683,-159300.952613,2120.135959,2M03532875+2407032,0.263341,0.026393",
        "67139104867760384,23.515292,232.149817,34.817371,-150036.436055,2578.785212,2M03592264+2531442,-0.250059,0.056364",
        "73621275666889344,-122.512619,-15.886698,7.277072,-176382.521936,-119.022473,2M02101132+1222103,-0.985187,0.093934",
    ]
    /// Illustrative flags for those rows (the notebook does not print them): four disc stars, one halo star.
    static let flags = ["0", "0", "0", "0", "1"]

    static func noFlagText(lineEnd: String = "\n") -> String {
        ([labHeader] + labRows).joined(separator: lineEnd) + lineEnd
    }

    static func flagText(lineEnd: String = "\n") -> String {
        ([labHeader + ",flag"] + zip(labRows, flags).map { "\($0),\($1)" }).joined(separator: lineEnd) + lineEnd
    }

    static func checkLabValues(_ table: StarTable) {
        #expect(table.count == 5)
        #expect(table.sourceIDs == [61047157615088256, 65723380567903104, 66570932234426112,
                                    67139104867760384, 73621275666889344])
        #expect(table.apogeeIDs.first == "2M03253760+2050536")
        #expect(table.vx[4] == -122.512619 && table.vy[0] == 222.054260 && table.vz[3] == 34.817371)
        #expect(table.energy[2] == -159300.952613 && table.angularMomentum[4] == -119.022473)
        #expect(table.metallicity[2] == 0.263341 && table.alpha[1] == 0.057058)
    }

    @Test("the lab's format without flag: values exact, flags absent, and asking for them says why")
    func noFlagFile() throws {
        let table = try StarTable(csv: Self.noFlagText(), source: "gaia_apogee_match_noflag.csv")
        Self.checkLabValues(table)
        #expect(table.flags == nil)
        let error = try #require(throws: StarTableError.self) { try table.flags(for: "the confusion-matrix figure") }
        guard case .missingFlag(let source, let purpose, let found) = error else {
            Issue.record("expected missingFlag, got \(error)")
            return
        }
        #expect(source == "gaia_apogee_match_noflag.csv" && purpose == "the confusion-matrix figure")
        #expect(found == StarTable.requiredColumns)
        let message = error.description
        #expect(message.contains("no 'flag' column") && message.contains("the confusion-matrix figure")
                && message.contains("gaia_apogee_match_flag.csv") && message.contains("source_id_1, vx"))
    }

    @Test("the lab's format with flag, with LF or CRLF line ends", arguments: ["\n", "\r\n"])
    func flagFile(_ lineEnd: String) throws {
        let table = try StarTable(csv: Self.flagText(lineEnd: lineEnd), source: "gaia_apogee_match_flag.csv")
        Self.checkLabValues(table)
        #expect(table.flags == [.disk, .disk, .disk, .disk, .halo])
        #expect(try table.flags(for: "anything") == [.disk, .disk, .disk, .disk, .halo])
        #expect(table.apogeeIDs.allSatisfy { !$0.contains("\r") })
    }

    @Test("columns in any order, extra columns (pandas index, cluster labels) ignored, quoted names")
    func reorderedAndExtraColumns() throws {
        // Column order reversed, a pandas index column first, the lab's cluster_labels added.
        let order = [8, 7, 6, 5, 4, 3, 2, 1, 0]
        let header = "Unnamed: 0," + order.map { Self.labHeader.split(separator: ",")[$0] }.joined(separator: ",")
            + ",cluster_labels,flag"
        var lines = [header]
        for (index, row) in Self.labRows.enumerated() {
            var fields = row.split(separator: ",").map(String.init)
            fields[6] = "\"" + fields[6] + "\""
            lines.append("\(index)," + order.map { fields[$0] }.joined(separator: ",") + ",\(index % 3),\(Self.flags[index])")
        }
        let table = try StarTable(csv: lines.joined(separator: "\n") + "\n", source: "reordered.csv")
        Self.checkLabValues(table)
        #expect(table.flags?.last == .halo)
        #expect(table.columnNames.first == "Unnamed: 0")
    }

    @Test("64-bit source ids are kept exactly, beyond Double's 53 bits")
    func exactIDs() throws {
        let text = Self.labHeader + "\n6917218012011855617,1,2,3,-150000,100,2M00000000+0000000,0,0\n"
        let table = try StarTable(csv: text)
        #expect(table.sourceIDs == [6_917_218_012_011_855_617])
        #expect(Int64(Double(table.sourceIDs[0])) != table.sourceIDs[0], "a Double would have lost it")
    }

    @Test("features as the lab uses them: seven columns, and the tuned four with vx_vz")
    func features() throws {
        let table = try StarTable(csv: Self.flagText())
        let lab = try table.matrix(StarTable.labFeatures)
        #expect(lab.rows == 5 && lab.columns == 7)
        #expect(lab.row(0) == [-25.761714, 222.054260, 29.777083, -155526.229018, 2298.725882, -0.312015, 0.081689])
        let tuned = try table.matrix(StarTable.tunedFeatures)
        #expect(tuned.columns == 4)
        #expect(abs(tuned[0, 0] - (25.761714 * 25.761714 + 29.777083 * 29.777083).squareRoot()) < 1e-12)
        #expect(tuned.row(4).suffix(3) == [-15.886698, -0.985187, 0.093934])
        #expect(throws: StarTableError.self) { try table.matrix(["vx", "radius"]) }
    }

    @Test("a missing column is named, with every column required and every column found")
    func missingColumn() throws {
        let text = Self.flagText().replacingOccurrences(of: ",feh,", with: ",fe_h,")
        let error = try #require(throws: StarTableError.self) { try StarTable(csv: text, source: "stars.csv") }
        #expect(error == .missingColumns(["feh"], source: "stars.csv",
                                         found: ["source_id_1", "vx", "vy", "vz", "En", "Lz", "apogee", "fe_h",
                                                 "alpha", "flag"]))
        #expect(error.description == "stars.csv has no column 'feh'; a Gaia × APOGEE star table needs "
            + "source_id_1, vx, vy, vz, En, Lz, apogee, feh, alpha (flag optional), in any order; "
            + "columns found: source_id_1, vx, vy, vz, En, Lz, apogee, fe_h, alpha, flag")
        let several = try #require(throws: StarTableError.self) {
            try StarTable(csv: "vx,vy\n1,2\n", source: "two.csv")
        }
        guard case .missingColumns(let columns, _, _) = several else {
            Issue.record("expected missingColumns, got \(several)")
            return
        }
        #expect(columns == ["source_id_1", "vz", "En", "Lz", "apogee", "feh", "alpha"])
        #expect(several.description.hasPrefix("two.csv has no columns 'source_id_1', 'vz', "))
    }

    @Test("bad cells, flags and files are refused with the place and what was expected")
    func badContents() throws {
        // A flag that is not 0, 1 or 2.
        let badFlag = Self.flagText().replacingOccurrences(of: ",0.093934,1", with: ",0.093934,3")
        let flagError = try #require(throws: StarTableError.self) { try StarTable(csv: badFlag, source: "f.csv") }
        #expect(flagError == .invalidFlag(source: "f.csv", row: 5, value: 3))
        #expect(flagError.description.contains("data row 5: flag is 3; expected 0 (disk), 1 (halo) or 2"))
        // A velocity that is not a number: the table error names the line and the column.
        let badNumber = Self.flagText().replacingOccurrences(of: "-52.639903", with: "fast")
        let numberError = try #require(throws: StarTableError.self) { try StarTable(csv: badNumber, source: "n.csv") }
        guard case .unreadable(let tableError) = numberError else {
            Issue.record("expected unreadable, got \(numberError)")
            return
        }
        #expect(tableError.location?.line == 4 && tableError.location?.column == "vx")
        #expect(numberError.description.contains("fast"))
        // A source id written as a float loses digits; it is refused rather than rounded.
        let floatID = Self.noFlagText().replacingOccurrences(of: "61047157615088256", with: "6.104716e+16")
        #expect(throws: StarTableError.self) { try StarTable(csv: floatID) }
        // Empty cell, header only, empty text, missing file, ragged row.
        #expect(throws: StarTableError.self) {
            try StarTable(csv: Self.noFlagText().replacingOccurrences(of: ",0.081689", with: ","))
        }
        #expect(throws: StarTableError.self) { try StarTable(csv: Self.labHeader + "\n") }
        #expect(throws: StarTableError.self) { try StarTable(csv: "") }
        #expect(throws: StarTableError.self) {
            try StarTable(contentsOf: URL(fileURLWithPath: "/nonexistent/gaia_apogee_match_flag.csv"))
        }
        #expect(throws: StarTableError.self) {
            try StarTable(csv: Self.noFlagText().replacingOccurrences(of: ",0.057058", with: ""))
        }
    }

    @Test("the bundled mock reads back as the generator's stars")
    func bundledMock() throws {
        let table = try StarTable.bundledMock()
        let stars = MockStarCatalog().generate()
        #expect(table.count == 526)
        #expect(table.columnNames == MockStarCatalog.columnNames)
        #expect(table.sourceIDs == stars.map(\.sourceID))
        #expect(table.apogeeIDs == stars.map(\.apogeeID))
        #expect(try table.flags(for: "a test") == stars.map(\.flag))
        for (value, star) in zip(table.energy, stars) {
            #expect(abs(value - star.energy) <= 5e-7 + 1e-12 * abs(value))
        }
    }
}
