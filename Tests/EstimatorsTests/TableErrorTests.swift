import Foundation
import Testing
@testable import Estimators

#if canImport(Glibc)
import Glibc
#endif

/// Every way a CSV file can be wrong gets a typed error whose message says where and what was expected.
@Suite("Table errors name the file, line, column and the expectation")
struct TableErrorTests {
    /// The error `body` throws, or nil (recorded as an issue) if it throws none.
    func error<T>(_ body: () throws(TableError) -> T, sourceLocation: SourceLocation = #_sourceLocation) -> TableError? {
        do {
            _ = try body()
            Issue.record("expected a TableError, got none", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    func table(_ text: String, limit: Int = Table.defaultMaximumRecordBytes) throws(TableError) -> Table {
        try Table(csv: text, source: "stars.csv", maximumRecordBytes: limit)
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("table-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: - Files

    @Test("a path that does not exist")
    func missingFile() {
        let path = "/nonexistent-\(UUID().uuidString)/gaia.csv"
        let failure = error { () throws(TableError) in try Table(contentsOfFile: path) }
        #expect(failure == .fileNotFound(path: path))
        #expect(failure?.description == "cannot read table: '\(path)' does not exist; check the path")
    }

    @Test("a directory")
    func directory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let failure = error { () throws(TableError) in try Table(contentsOf: directory) }
        #expect(failure == .isDirectory(path: directory.path))
        #expect(failure?.description.contains("is a directory; expected a CSV file") == true)
    }

    @Test("a file that exists but cannot be opened for reading (a Unix socket)")
    func unreadableSocket() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("data.csv").path
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (k, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[k] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0)
        let failure = error { () throws(TableError) in try Table(contentsOfFile: path) }
        guard case .unreadable(let reportedPath, let reason)? = failure else {
            Issue.record("expected .unreadable, got \(String(describing: failure))")
            return
        }
        #expect(reportedPath == path)
        #expect(reason == String(cString: strerror(ENXIO)))
        #expect(failure?.description == "cannot read table '\(path)': \(reason); check that the file is readable")
        #endif
    }

    @Test("a file without read permission (skipped when running as root, who may read anything)",
          .enabled(if: getuid() != 0))
    func unreadablePermissions() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("locked.csv")
        try Data("a\n1\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        let failure = error { () throws(TableError) in try Table(contentsOf: url) }
        #expect(failure == .unreadable(path: url.path, reason: String(cString: strerror(EACCES))))
    }

    @Test("a file that cannot be written")
    func unwritable() throws {
        let table = try Table(columns: ["x": .doubles([1, 2])])
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/out.csv")
        let failure = error { () throws(TableError) in try table.write(to: url) }
        guard case .unwritable(let path, _)? = failure else {
            Issue.record("expected .unwritable, got \(String(describing: failure))")
            return
        }
        #expect(path == url.path)
        #expect(failure?.description.hasPrefix("cannot write table to '\(url.path)': ") == true)
    }

    // MARK: - Structure

    @Test("an empty file, or one with only blank lines or a byte-order mark",
          arguments: ["", "\n", "\r\n\r\n\n", "\u{FEFF}", "\u{FEFF}\n\n"])
    func emptyFile(text: String) {
        let failure = error { () throws(TableError) in try table(text) }
        #expect(failure == .empty(source: "stars.csv"))
        #expect(failure?.description
                == "stars.csv is empty; expected a header line naming the columns, then data rows")
    }

    @Test("a header without rows", arguments: ["vx,vy", "vx,vy\n", "vx,vy\r\n\r\n\n"])
    func headerOnly(text: String) {
        let failure = error { () throws(TableError) in try table(text) }
        #expect(failure == .noRows(source: "stars.csv", columns: ["vx", "vy"]))
        #expect(failure?.description
                == "stars.csv has a header ('vx', 'vy') but no data rows; expected at least one row")
    }

    @Test("a row with too few or too many fields")
    func raggedRows() {
        let short = error { () throws(TableError) in try table("a,b,c\n1,2,3\n4,5\n") }
        #expect(short == .raggedRow(TableLocation(source: "stars.csv", line: 3), fields: 2, expected: 3))
        #expect(short?.description == "stars.csv, line 3: the record has 2 fields, but the header has 3; "
                + "expected 3 comma-separated fields (quote fields that contain commas)")
        let long = error { () throws(TableError) in try table("a,b\n1,2\n\n3,4,5\n") }
        #expect(long == .raggedRow(TableLocation(source: "stars.csv", line: 4), fields: 3, expected: 2))
        // A quoted line break does not end the record, and line numbers count it.
        let quoted = error { () throws(TableError) in try table("a,b\n\"x\ny\",2\n1\n") }
        #expect(quoted == .raggedRow(TableLocation(source: "stars.csv", line: 4), fields: 1, expected: 2))
    }

    @Test("duplicate column names")
    func duplicateNames() throws {
        let failure = error { () throws(TableError) in try table("vx,vy,vx\n1,2,3\n") }
        #expect(failure == .duplicateColumn(TableLocation(source: "stars.csv", line: 1, column: "vx", field: 3),
                                            firstField: 1))
        #expect(failure?.description == "stars.csv, line 1: the column name 'vx' appears twice (fields 1 and 3); "
                + "column names must be unique")
        // After blank lines the header is not on line 1; the message says where it is.
        let later = error { () throws(TableError) in try table("\n\nvx,vx\n1,2\n") }
        #expect(later == .duplicateColumn(TableLocation(source: "stars.csv", line: 3, column: "vx", field: 2),
                                          firstField: 1))
        // Selecting a column twice names no line.
        let selection = try table("vx,vy\n1,2\n")
        #expect(error { () throws(TableError) in try selection.selecting(["vy", "vy"]) }?.description
                == "stars.csv: the column name 'vy' appears twice (fields 1 and 2); column names must be unique")
    }

    @Test("an unterminated quote")
    func unterminatedQuote() {
        let failure = error { () throws(TableError) in try table("a,b\n1,\"abc\n2,3\n") }
        #expect(failure == .unterminatedQuote(TableLocation(source: "stars.csv", line: 2, column: "b", field: 2)))
        #expect(failure?.description == "stars.csv, line 2, column 'b' (field 2): the quoted field that opens here "
                + "is never closed; expected a closing '\"' (write \"\" for a quote inside a quoted field)")
        // In the header, where no column has a name yet.
        let header = error { () throws(TableError) in try table("a,\"b\n") }
        #expect(header == .unterminatedQuote(TableLocation(source: "stars.csv", line: 1, field: 2)))
    }

    @Test("text after a closing quote")
    func textAfterQuote() {
        let failure = error { () throws(TableError) in try table("name,x\n\"Gaia\"DR3,1\n") }
        #expect(failure == .textAfterClosingQuote(
            TableLocation(source: "stars.csv", line: 2, column: "name", field: 1), character: "D"))
        #expect(failure?.description == "stars.csv, line 2, column 'name' (field 1): unexpected 'D' after the "
                + "closing quote; expected a comma or the end of the line (write \"\" for a quote inside a quoted field)")
    }

    @Test("a NUL byte: binary data")
    func nulByte() {
        let failure = error { () throws(TableError) in
            try Table(csvBytes: Array("a,b\n1,2\n3,4\u{0}5\n".utf8), source: "stars.csv")
        }
        #expect(failure == .nulByte(TableLocation(source: "stars.csv", line: 3, column: "b", field: 2),
                                    byteInLine: 4))
        #expect(failure?.description == "stars.csv, line 3, column 'b' (field 2): NUL byte at byte 4 of the line; "
                + "the file looks binary; expected UTF-8 CSV text")
    }

    @Test("invalid UTF-8: binary garbage, Latin-1 text, truncated and overlong sequences",
          arguments: [[0xFF], [0xE9], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                      [0x80]] as [[UInt8]])
    func invalidUTF8(bad: [UInt8]) {
        let bytes = Array("name,x\nok,1\n".utf8) + Array("ab".utf8) + bad + Array(",2\n".utf8)
        let failure = error { () throws(TableError) in try Table(csvBytes: bytes, source: "stars.csv") }
        #expect(failure == .invalidUTF8(TableLocation(source: "stars.csv", line: 3, column: "name", field: 1),
                                        byteInLine: 3))
        #expect(failure?.description == "stars.csv, line 3, column 'name' (field 1): invalid UTF-8 at byte 3 of the "
                + "line; the file looks binary or uses another text encoding; expected UTF-8 CSV text")
    }

    @Test("valid multi-byte UTF-8 is accepted in names and cells")
    func validUTF8() throws {
        let table = try table("étoile,Δv\n\"Ångström, ✓\",😀\n")
        #expect(table.columnNames == ["étoile", "Δv"])
        #expect(try table.strings("étoile") == ["Ångström, ✓"])
        #expect(try table.strings("Δv") == ["😀"])
    }

    @Test("a record longer than the limit, found without reading past it")
    func recordTooLong() throws {
        // At a small limit: exactly at the limit is fine, one byte over is not.
        let atLimit = try table("x\n" + String(repeating: "1", count: 16) + "\n", limit: 16)
        #expect(atLimit.rowCount == 1)
        let over = error { () throws(TableError) in
            try table("x\n" + String(repeating: "1", count: 17) + "\n", limit: 16)
        }
        #expect(over == .recordTooLong(TableLocation(source: "stars.csv", line: 2), limit: 16))
        #expect(over?.description == "stars.csv, line 2: the record starting here is longer than 16 bytes, "
                + "the limit for one record; is a quote left open, or is this not a CSV file?")
        // At the default 1 MiB: a 3 MiB line (a file with no line breaks, say).
        let huge = Array("a,b\n1,".utf8) + [UInt8](repeating: UInt8(ascii: "7"), count: 3 << 20) + Array("\n".utf8)
        let failure = error { () throws(TableError) in try Table(csvBytes: huge, source: "stars.csv") }
        #expect(failure == .recordTooLong(TableLocation(source: "stars.csv", line: 2), limit: 1 << 20))
        // A quote left open in a large file is reported at the limit too.
        let open = Array("a,b\n1,\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 2 << 20)
        let openFailure = error { () throws(TableError) in try Table(csvBytes: open, source: "stars.csv") }
        #expect(openFailure == .recordTooLong(TableLocation(source: "stars.csv", line: 2), limit: 1 << 20))
        // A long but legal record (0.9 MiB) still reads.
        let long = try Table(csvBytes: Array("a\n".utf8) + [UInt8](repeating: UInt8(ascii: "5"), count: 900_000))
        #expect(try long.strings("a")[0].count == 900_000)
    }

    @Test("a file larger than the limit is refused before it is read, from its size")
    func fileTooLarge() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("big.csv")
        try Data("a,b\n1,2\n3,4\n".utf8).write(to: url)
        // 12 bytes: at a 12-byte limit the file reads, at 11 it is refused.
        #expect(try Table(contentsOf: url, maximumFileBytes: 12).rowCount == 2)
        let failure = error { () throws(TableError) in try Table(contentsOf: url, maximumFileBytes: 11) }
        #expect(failure == .fileTooLarge(path: url.path, limit: 11))
        #expect(failure?.description == "cannot read table '\(url.path)': it is larger than 11 bytes, the limit "
                + "for one table; is this the CSV file you meant?")
    }

    @Test("an endless stream (/dev/zero) stops at the file limit instead of filling memory")
    func endlessStream() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/zero"))
        let failure = error { () throws(TableError) in
            try Table(contentsOfFile: "/dev/zero", maximumFileBytes: 1 << 20)
        }
        #expect(failure == .fileTooLarge(path: "/dev/zero", limit: 1 << 20))
        // At the default limit too (1 GiB), it ends, with the same error.
        #expect(Table.defaultMaximumFileBytes == 1 << 30)
    }

    // MARK: - Columns

    @Test("a missing column is named, with the columns found")
    func missingColumn() throws {
        let table = try table("vx,vy,feh\n1,2,3\n")
        let failure = error { () throws(TableError) in try table.doubles("alpha") }
        #expect(failure == .missingColumn(source: "stars.csv", column: "alpha", available: ["vx", "vy", "feh"]))
        #expect(failure?.description == "stars.csv has no column 'alpha'; columns are: 'vx', 'vy', 'feh'")
        #expect(error { () throws(TableError) in try table.matrix(["vx", "alpha"]) } == failure)
        #expect(error { () throws(TableError) in try table.integers("alpha") } == failure)
        #expect(error { () throws(TableError) in try table.strings("alpha") } == failure)
    }

    @Test("a non-numeric cell in a used column; the same cell in an unused column is no error")
    func nonNumericCell() throws {
        let table = try table("id,vx,vy\n1,0.5,2\n2,abc,3\n")
        let failure = error { () throws(TableError) in try table.doubles("vx") }
        #expect(failure == .invalidNumber(TableLocation(source: "stars.csv", line: 3, column: "vx", field: 2),
                                          text: "abc"))
        #expect(failure?.description == "stars.csv, line 3, column 'vx' (field 2): expected a number, found 'abc'")
        #expect(try table.doubles("vy") == [2, 3])
        #expect(error { () throws(TableError) in try table.matrix(["vy", "vx"]) } == failure)
    }

    @Test("matrix() reports the first bad cell in file order, whatever the order of the names")
    func matrixErrorOrder() throws {
        let table = try table("a,b,c\n1,x,3\ny,2,z\n")
        let first = TableError.invalidNumber(TableLocation(source: "stars.csv", line: 2, column: "b", field: 2),
                                             text: "x")
        #expect(error { () throws(TableError) in try table.matrix(["a", "b", "c"]) } == first)
        #expect(error { () throws(TableError) in try table.matrix(["c", "b", "a"]) } == first)
        #expect(error { () throws(TableError) in try table.matrix(["c", "a"]) }
                == .invalidNumber(TableLocation(source: "stars.csv", line: 3, column: "c", field: 3), text: "z"))
        #expect(error { () throws(TableError) in try table.doubles("a") }
                == .invalidNumber(TableLocation(source: "stars.csv", line: 3, column: "a", field: 1), text: "y"))
        // Columns from two different files (not reachable through the public API) take the column-wise path.
        let other = try Table(csv: "p\n5\nq\n", source: "other.csv")
        guard case .text(let mine) = table.storage[0], case .text(let theirs) = other.storage[0] else {
            Issue.record("expected text columns")
            return
        }
        var out = [Double](repeating: 0, count: 4)
        let failure = out.withUnsafeMutableBufferPointer { buffer in
            Table.parseRows([(mine, 0), (theirs, 1)], as: EstimatorReal.self, into: buffer, width: 2)
        }
        #expect(failure?.row == 1 && failure?.column == 0)
        #expect(out[0] == 1 && out[1] == 5)
    }

    @Test("a long bad cell is quoted truncated")
    func longCellTruncated() throws {
        let cell = String(repeating: "x", count: 100)
        let table = try table("v\n\(cell)\n")
        let failure = error { () throws(TableError) in try table.doubles("v") }
        #expect(failure?.description == "stars.csv, line 2, column 'v' (field 1): expected a number, found '"
                + String(repeating: "x", count: 40) + "…'")
    }

    @Test("an empty cell or a missing-value marker in a used column", arguments: [("", "the cell is empty; expected a value"), ("NA", "found the missing-value marker 'NA'; expected a value"), ("  ", "the cell is empty; expected a value"), ("NULL", "found the missing-value marker 'NULL'; expected a value")])
    func missingCell(cell: String, message: String) throws {
        let table = try table("a,b\n1,2\n3,\(cell)\n")
        let failure = error { () throws(TableError) in try table.doubles("b") }
        #expect(failure == .missingValue(TableLocation(source: "stars.csv", line: 3, column: "b", field: 2),
                                         text: cell))
        #expect(failure?.description == "stars.csv, line 3, column 'b' (field 2): " + message)
        #expect(error { () throws(TableError) in try table.integers("b") } == failure)
    }

    @Test("NaN or infinity in a used column", arguments: ["NaN", "nan", "-nan", "inf", "-inf", "Infinity", "+INF"])
    func nonFinite(cell: String) throws {
        let table = try table("x\n1\n\(cell)\n")
        let failure = error { () throws(TableError) in try table.doubles("x") }
        #expect(failure == .nonFiniteValue(TableLocation(source: "stars.csv", line: 3, column: "x", field: 1),
                                           text: cell))
        #expect(failure?.description == "stars.csv, line 3, column 'x' (field 1): found '\(cell)'; "
                + "expected a finite number (NaN and infinity are not allowed)")
    }

    @Test("values whose squares overflow", arguments: ["1e200", "-1.5e154", "1e400", "1.3407807929942598e154"])
    func tooLarge(cell: String) throws {
        let table = try table("x\n\(cell)\n")
        let failure = error { () throws(TableError) in try table.doubles("x") }
        #expect(failure == .valueTooLarge(TableLocation(source: "stars.csv", line: 2, column: "x", field: 1),
                                          text: cell))
        #expect(failure?.description == "stars.csv, line 2, column 'x' (field 1): \(cell) is too large; estimators "
                + "square their inputs, so magnitudes must be at most 1.3407807929942596e+154")
    }

    @Test("the largest magnitude allowed reads, and its square is finite")
    func largestMagnitudeAllowed() throws {
        let table = try table("x\n1.3407807929942596e154\n-1.3407807929942596e154\n")
        let values = try table.doubles("x")
        #expect(values == [TableError.largestMagnitude, -TableError.largestMagnitude])
        // The parser's hot loop spells the bound out as a literal; it must be this value.
        #expect(TableError.largestMagnitude == 1.3407807929942596e154)
        #expect((values[0] * values[0]).isFinite)
    }

    @Test("integers: fractions, exponents and text are not integers; 64 bits is the range")
    func integerErrors() throws {
        let table = try table("id,n\n9223372036854775807,-9223372036854775808\n1.5,1e3\n99999999999999999999,x\n")
        let limits = try Table(csv: "id\n9223372036854775807\n-9223372036854775808\n").integers("id")
        #expect(limits == [Int64.max, Int64.min])
        let fraction = error { () throws(TableError) in try table.integers("id") }
        #expect(fraction == .invalidInteger(TableLocation(source: "stars.csv", line: 3, column: "id", field: 1),
                                            text: "1.5"))
        #expect(fraction?.description == "stars.csv, line 3, column 'id' (field 1): expected an integer, found '1.5'")
        let big = try Table(csv: "id\n1\n99999999999999999999\n", source: "ids.csv")
        let overflow = error { () throws(TableError) in try big.integers("id") }
        #expect(overflow == .integerOutOfRange(TableLocation(source: "ids.csv", line: 3, column: "id", field: 1),
                                               text: "99999999999999999999"))
        #expect(overflow?.description == "ids.csv, line 3, column 'id' (field 1): 99999999999999999999 does not fit "
                + "in a 64-bit integer; expected a value in -9223372036854775808...9223372036854775807")
        let below = try Table(csv: "id\n-9223372036854775809\n", source: "ids.csv")
        #expect(error { () throws(TableError) in try below.integers("id") }
                == .integerOutOfRange(TableLocation(source: "ids.csv", line: 2, column: "id", field: 1),
                                      text: "-9223372036854775809"))
    }

    @Test("tables built in memory report rows instead of lines")
    func memoryTableLocations() throws {
        let table = try Table(source: "catalogue", columns: ["x": .doubles([1, .nan]), "s": .strings(["1", "y"])])
        let failure = error { () throws(TableError) in try table.doubles("x") }
        #expect(failure == .nonFiniteValue(TableLocation(source: "catalogue", row: 1, column: "x"), text: "nan"))
        #expect(failure?.description == "catalogue, row 1, column 'x': found 'nan'; expected a finite number "
                + "(NaN and infinity are not allowed)")
        #expect(error { () throws(TableError) in try table.doubles("s") }
                == .invalidNumber(TableLocation(source: "catalogue", row: 1, column: "s"), text: "y"))
    }

    @Test("building tables: unequal lengths and duplicate names")
    func buildingErrors() throws {
        let unequal = error { () throws(TableError) in
            try Table(columns: ["a": .doubles([1, 2]), "b": .integers([1])])
        }
        #expect(unequal == .lengthMismatch(column: "b", count: 1, expected: 2))
        #expect(unequal?.description == "column 'b' has 1 value but the table has 2 rows; expected one value a row")
        let duplicate = error { () throws(TableError) in
            try Table(columns: ["a": .doubles([1]), "a": .doubles([2])])
        }
        #expect(duplicate == .duplicateColumn(TableLocation(source: "<table>", column: "a", field: 2),
                                              firstField: 1))
        #expect(duplicate?.description
                == "<table>: the column name 'a' appears twice (fields 1 and 2); column names must be unique")
        let table = try Table(columns: ["a": .doubles([1, 2])])
        #expect(error { () throws(TableError) in try table.adding("a", .doubles([3, 4])) }
                == .duplicateColumn(TableLocation(source: "<table>", column: "a", field: 2), firstField: 1))
        #expect(error { () throws(TableError) in try table.adding("b", .strings(["x"])) }
                == .lengthMismatch(column: "b", count: 1, expected: 2))
    }

    // MARK: - Valid oddities

    @Test("valid oddities: CRLF, lone CR, BOM, no trailing newline, blank lines, quoted commas and quotes")
    func validOddities() throws {
        let variants = [
            "a,b\n1,x\n2,y\n",
            "a,b\r\n1,x\r\n2,y\r\n",
            "a,b\r1,x\r2,y\r",
            "\u{FEFF}a,b\n1,x\n2,y",
            "a,b\n\n1,x\n\n\n2,y\n\n\n",
            "\"a\",\"b\"\r\n\"1\",\"x\"\r\n2,\"y\"",
            "a,b\n 1 ,x\n2\t,y\n",
        ]
        for text in variants {
            let table = try Table(csv: text)
            #expect(table.columnNames == ["a", "b"], "\(text.debugDescription)")
            #expect(try table.doubles("a") == [1, 2], "\(text.debugDescription)")
            #expect(try table.strings("b") == ["x", "y"], "\(text.debugDescription)")
        }
        let quoted = try Table(csv: "name,v\n\"Smith, J.\",1\n\"say \"\"hi\"\"\",2\n5'11\",3\n")
        #expect(try quoted.strings("name") == ["Smith, J.", "say \"hi\"", "5'11\""])
        // Line numbers skip blank lines and count CRLF once.
        let blank = try Table(csv: "a\r\n\r\n1\r\n\r\nx\r\n", source: "b.csv")
        #expect(error { () throws(TableError) in try blank.doubles("a") }
                == .invalidNumber(TableLocation(source: "b.csv", line: 5, column: "a", field: 1), text: "x"))
        // A trailing comma is an empty last field.
        let trailing = try Table(csv: "a,b\n1,\n")
        #expect(try trailing.strings("b") == [""])
    }
}
