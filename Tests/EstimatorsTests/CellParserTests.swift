import Foundation
import Testing
@testable import Estimators

/// The byte-level number parser against the standard library's correctly rounded conversion.
@Suite("Cell parser: correctly rounded numbers from bytes")
struct CellParserTests {
    func real(_ text: String) -> CellParser.Real {
        var copy = text
        return copy.withUTF8 { CellParser.real($0) }
    }

    func integer(_ text: String) -> CellParser.Integer {
        var copy = text
        return copy.withUTF8 { CellParser.integer($0) }
    }

    @Test("300,000 random decimals (1 to 22 digits, exponents -40...40) equal Double(String) bit for bit")
    func randomDecimals() {
        var random = SplitMix64(seed: 7)
        var mismatches: [String] = []
        for _ in 0..<300_000 {
            let digits = Int(random.next() % 22) + 1
            var text = (0..<digits).map { _ in String(random.next() % 10) }.joined()
            let point = Int(random.next() % UInt64(digits + 1))
            if point < digits { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            if random.next() % 3 == 0 { text += "e\(Int(random.next() % 81) - 40)" }
            if random.next() % 2 == 0 { text = "-" + text }
            guard let expected = Double(text) else { continue }
            guard case .number(let got) = real(text), got.bitPattern == expected.bitPattern else {
                mismatches.append(text)
                continue
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
    }

    @Test("halfway and near-halfway cases round to even", arguments: [
        "9007199254740993", "9007199254740995", "9007199254740992.5", "18014398509481985",
        "1.00000000000000011102230246251565404236316680908203125", "0.1", "0.30000000000000004",
        "2.2250738585072011e-308", "4.9406564584124654e-324", "1.7976931348623157e308", "1.7976931348623158e308",
        "123456789012345678901234567890", "0.000000000000000000000000000001", "7.038531e-26", "1e23", "8.41e21",
        "9999999999999999999", "18446744073709551615", "0.9999999999999999999", "1844674407370955161.5e-3",
    ])
    func edgeCases(text: String) {
        guard case .number(let got) = real(text) else {
            Issue.record("\(text) did not parse")
            return
        }
        #expect(got.bitPattern == Double(text)?.bitPattern, "\(text)")
    }

    @Test("grammar: signs, points, exponents, spaces; what is not a number")
    func grammar() {
        #expect(real(" +1.5e+2\t") == .number(150))
        #expect(real(".5") == .number(0.5))
        #expect(real("5.") == .number(5))
        #expect(real("-0") == .number(-0.0))
        #expect(real("1E3") == .number(1000))
        for text in ["", "  ", "NA", "N/A", "NULL", "null", "None", "#N/A", "-1.#IND", "<NA>"] {
            #expect(real(text) == .missing, "\(text.debugDescription)")
        }
        for text in ["nan", "NaN", "-nan"] {
            guard case .nonFinite(let value) = real(text) else {
                Issue.record("\(text) is not NaN")
                continue
            }
            #expect(value.isNaN)
        }
        #expect(real("-Infinity") == .nonFinite(-.infinity))
        #expect(real("inf") == .nonFinite(.infinity))
        for text in [".", "e5", "1e", "1e+", "--1", "1.2.3", "0x10", "1_000", "1,5", "abc", "١٢", "1 2", "+"] {
            #expect(real(text) == .invalid, "\(text)")
        }
        #expect(integer("-9223372036854775808") == .value(.min))
        #expect(integer("9223372036854775808") == .outOfRange)
        #expect(integer("  42 ") == .value(42))
        #expect(integer("4.0") == .invalid)
        #expect(integer("NA") == .missing)
        #expect(integer("") == .missing)
        #expect(integer("-") == .invalid)
    }
}

/// numpy-order reductions used by describe().
@Suite("numpy reductions: selection for quantiles")
struct NumpyQuantilesTests {
    @Test("selection puts the sorted values at the quantile positions, with many duplicates too")
    func selection() {
        var random = SplitMix64(seed: 5)
        for trial in 0..<2000 {
            let count = Int(random.next() % 300) + 1
            let spread = trial % 3 == 0 ? 3 : 1_000_000  // few distinct values, or many
            let values = (0..<count).map { _ in Int64(random.next() % UInt64(spread)) - Int64(spread / 2) }
            var selected = values
            let positions = NumpyQuantiles.quantilePositions(count: count)
            NumpyQuantiles.select(&selected, positions: positions)
            let sorted = values.sorted()
            for k in positions {
                #expect(selected[k] == sorted[k], "trial \(trial), position \(k) of \(count)")
            }
            #expect(selected.sorted() == sorted)  // a permutation of the input
            for q in [0.25, 0.5, 0.75] {
                #expect(NumpyQuantiles.quantile(sorted: selected, q) == NumpyQuantiles.quantile(sorted: sorted, q))
            }
        }
    }
}
