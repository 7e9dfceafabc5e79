import Foundation
import PropertyBased
import Testing
@testable import Estimators

/// Thousands of generated malformed CSV files: the reader must answer each with a table or a TableError, never a crash.
@Suite("Table fuzzing: malformed CSV never crashes")
struct TableFuzzTests {
    /// Bytes weighted toward what matters to a CSV reader: separators, quotes, line breaks, number
    /// characters, NUL, a BOM's bytes, and bytes that start or break UTF-8 sequences.
    static let alphabet: [UInt8] = Array(",,,\"\"\"\n\n\r\r0123456789..ee--+ abxNA\t".utf8)
        + [0x00, 0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xFF, 0x80, 0xF0, 0x9F, 0x98, 0x80]

    static let bytes = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...160).map { indices in
        indices.map { alphabet[$0] }
    }

    /// A valid file to mutate: quoted fields, numbers, text.
    static let seed = Array("id,vx,\"name, full\",feh\n1,0.5,\"a \"\"b\"\"\",-0.3\r\n2,-1e3,x,7\n3,4.25,\"y\nz\",0\n".utf8)

    /// Mutation positions in the valid file; what happens at each (replace, delete, insert) follows from it.
    static let mutations = Gen.int(in: 0...(seed.count + 8)).array(of: 1...3)

    /// Reads the bytes, and if they form a table, uses every column every way; checks the invariants.
    static func exercise(_ input: [UInt8], limit: Int) -> Bool {
        let table: Table
        do {
            table = try Table(csvBytes: input, source: "fuzz.csv", maximumRecordBytes: limit)
        } catch {
            // Every error says where it is (when it is in the file) and has a message.
            #expect(!error.description.isEmpty)
            if let location = error.location { #expect((location.line ?? 1) >= 1) }
            return false
        }
        #expect(table.rowCount >= 1)
        #expect(Set(table.columnNames).count == table.columnNames.count)
        for name in table.columnNames {
            let strings = (try? table.strings(name)) ?? []
            #expect(strings.count == table.rowCount)
            do {
                let values = try table.doubles(name)
                #expect(values.count == table.rowCount)
                #expect(values.allSatisfy { $0.isFinite && $0.magnitude <= TableError.largestMagnitude })
            } catch {
                #expect(error.location?.column == name)
            }
            do {
                let values = try table.integers(name)
                #expect(values.count == table.rowCount)
            } catch {
                #expect(error.location?.column == name)
            }
            #expect((try? table.column(name))?.count == table.rowCount)
        }
        _ = table.describe().description
        _ = try? table.matrix(table.columnNames)
        // Whatever was read writes back and re-reads to the same cells.
        if let back = try? Table(csvBytes: table.csvBytes(), source: "again.csv") {
            #expect(back.columnNames == table.columnNames)
            for name in table.columnNames {
                #expect((try? back.strings(name)) == (try? table.strings(name)))
            }
        } else {
            Issue.record("a table read from \(input) did not read back after writing")
        }
        return true
    }

    /// Counts outcomes across the property's runs, so the test can show it reached both tables and errors.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var tables = 0
        private(set) var errors = 0

        func record(_ readAsTable: Bool) {
            lock.lock()
            if readAsTable { tables += 1 } else { errors += 1 }
            lock.unlock()
        }
    }

    @Test("4,000 random byte strings from a CSV-heavy alphabet, at a 64-byte and the default record limit")
    func randomBytes() async {
        let tally = Tally()
        await propertyCheck(count: 4000, input: Self.bytes) { input in
            tally.record(Self.exercise(input, limit: 64))
            tally.record(Self.exercise(input, limit: Table.defaultMaximumRecordBytes))
        }
        // Random bytes are nearly always rejected (ragged rows, broken UTF-8); the structured test below
        // reaches the parsing paths.
        #expect(tally.tables + tally.errors == 8000)
        #expect(tally.errors > 4000, "tables \(tally.tables), errors \(tally.errors)")
    }

    /// Field texts for structured files: numbers, text, quoted fields, and broken pieces.
    static let tokens = ["1", "-2.5", "1e5", "0x1p3", "NA", "", "nan", "-inf", "1e400", "abc", " 7 ", "\"q\"",
                         "\"a,b\"", "\"x\"\"y\"", "\"open", "\"c\"d", "é", "\u{0}", "9223372036854775808",
                         "-0", "3.", ".5", "+4", "1,5", "\"l\nm\"", "\u{FF}"]
    static let lineEnds = ["\n", "\r\n", "\r", "\n\n"]

    /// A CSV file built from a stream of random numbers: a header, rows of tokens, mostly the same width.
    static func structuredFile(_ draws: [Int]) -> [UInt8] {
        var stream = draws.makeIterator()
        func next(_ bound: Int) -> Int { (stream.next() ?? 0) % bound }
        let columns = next(4) + 1
        let end = lineEnds[next(lineEnds.count)]
        var text = (0..<columns).map { "h\($0)" }.joined(separator: ",") + end
        for _ in 0..<(next(6)) {
            // One row in eight has a field too many or too few.
            let width = next(8) == 0 ? max(1, columns + next(3) - 1) : columns
            text += (0..<width).map { _ in tokens[next(tokens.count)] }.joined(separator: ",") + end
        }
        return Array(text.utf8)
    }

    @Test("3,000 structured files: headers, rows of numbers, text, quotes and broken tokens")
    func structuredFiles() async {
        let tally = Tally()
        await propertyCheck(count: 3000, input: Gen.int(in: 0...1_000_000).array(of: 1...40)) { draws in
            tally.record(Self.exercise(Self.structuredFile(draws), limit: Table.defaultMaximumRecordBytes))
        }
        #expect(tally.tables + tally.errors == 3000)
        #expect(tally.tables > 300 && tally.errors > 300, "tables \(tally.tables), errors \(tally.errors)")
    }

    @Test("2,000 mutations of a valid file (bytes replaced, inserted, deleted)")
    func mutatedFiles() async {
        let alphabet = Self.alphabet
        let seed = Self.seed
        let tally = Tally()
        await propertyCheck(count: 2000, input: Self.mutations, Gen.int(in: 0...(alphabet.count - 1))) {
            positions, symbol in
            var bytes = seed
            for (k, position) in positions.enumerated() {
                let at = min(position, bytes.count)
                switch (position + k) % 3 {
                case 0 where at < bytes.count: bytes[at] = alphabet[(symbol + k) % alphabet.count]
                case 2 where at < bytes.count: bytes.remove(at: at)
                default: bytes.insert(alphabet[(symbol + k) % alphabet.count], at: at)
                }
            }
            tally.record(Self.exercise(bytes, limit: Table.defaultMaximumRecordBytes))
        }
        #expect(tally.tables + tally.errors == 2000)
        #expect(tally.tables > 200 && tally.errors > 200, "tables \(tally.tables), errors \(tally.errors)")
    }

    @Test("seeded random files of random shape: valid ones parse to the cells written")
    func generatedValidFiles() throws {
        var rng = SplitMix64(seed: 2024)
        let pieces = ["", "a", "1", "-2.5", "x,y", "q\"uote", "line\nbreak", "cr\r", " sp ", "é", "1e5", "NA"]
        for _ in 0..<500 {
            let columns = Int(rng.next() % 4) + 1
            let rows = Int(rng.next() % 5) + 1
            let names = (0..<columns).map { "c\($0)" }
            var cells: [[String]] = []
            for _ in 0..<rows {
                cells.append((0..<columns).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] })
            }
            var built = try Table(columns: ["row": .integers((0..<Int64(rows)).map { $0 })])
            for (k, name) in names.enumerated() {
                built = try built.adding(name, .strings(cells.map { $0[k] }))
            }
            let back = try Table(csv: built.csvText())
            for (k, name) in names.enumerated() {
                #expect(try back.strings(name) == cells.map { $0[k] })
            }
        }
    }
}

