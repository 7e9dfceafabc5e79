import Foundation
import Testing

/// Seeded random damage to the star table, run through the executable: every run ends with
/// status 0 (the damage left a usable table) or 1 (one line saying what is wrong), never a
/// crash, and the output folder holds the complete figure or nothing.
@Suite("figures: fuzzed star tables through the executable")
struct CommandFuzzTests {
    static let runCount = 150
    static let figure = DataErrorTests.figure

    /// Bytes that matter to the reader: separators, quotes, line ends, number characters, NUL and UTF-8 fragments.
    static let alphabet: [UInt8] = Array(",,\"\"\n\r0123456789.e-+ xNa".utf8) + [0x00, 0xEF, 0xBB, 0xBF, 0xC3, 0xFF]

    /// The mock's bytes with one to four random edits: a byte replaced, deleted or inserted,
    /// a line dropped or repeated, or the file cut short.
    static func damage(_ original: [UInt8], _ stream: inout SeededStream) -> [UInt8] {
        var bytes = original
        for _ in 0..<(1 + stream.below(4)) {
            let at = stream.below(max(1, bytes.count))
            switch stream.below(7) {
            case 0 where !bytes.isEmpty: bytes[at] = alphabet[stream.below(alphabet.count)]
            case 1 where !bytes.isEmpty: bytes.remove(at: at)
            case 2: bytes.insert(alphabet[stream.below(alphabet.count)], at: at)
            case 3:
                // Drop or repeat the line holding `at`.
                let start = (bytes[..<at].lastIndex(of: 10) ?? -1) + 1
                let end = (bytes[at...].firstIndex(of: 10) ?? bytes.count - 1) + 1
                if stream.below(2) == 0 { bytes.removeSubrange(start..<end) } else { bytes.insert(contentsOf: bytes[start..<end], at: start) }
            case 4: bytes.removeSubrange(at...)
            default:
                // A small edit in the header, where every byte matters.
                let header = bytes.firstIndex(of: 10) ?? 0
                if header > 0 { bytes[stream.below(header)] = alphabet[stream.below(alphabet.count)] }
            }
        }
        return bytes
    }

    @Test("damaged star tables: status 0 or 1, one line of message, whole files or none")
    func damagedTables() throws {
        let space = try Workspace()
        let original = Array(try StarCSV.mock().text.utf8)
        var stream = SeededStream(state: 8)
        var statuses: [Int32: Int] = [:]
        for index in 0..<Self.runCount {
            try space.write("stars.csv", Self.damage(original, &stream))
            let out = "out\(index)"
            let run = try space.run(["render", Self.figure, "--out", out, "--data", "stars.csv", "--format", "png"])
            statuses[run.status, default: 0] += 1
            #expect(!run.crashed, "run \(index) crashed: \(run)")
            switch run.status {
            case 0:
                #expect(space.contents(out) == ["\(Self.figure).png"], "run \(index)")
            case 1:
                #expect(run.errorLines.count == 1 && run.errorLines[0].hasPrefix("Error: "), "run \(index): \(run)")
                #expect(space.contents(out).isEmpty, "run \(index): \(space.contents(out))")
            default:
                Issue.record("run \(index): unexpected status: \(run)")
            }
            try? FileManager.default.removeItem(at: space.url(out))
        }
        // Both outcomes occur, so the damage is neither always fatal nor always harmless.
        #expect((statuses[0] ?? 0) > 5 && (statuses[1] ?? 0) > Self.runCount / 2, "\(statuses)")
    }
}
