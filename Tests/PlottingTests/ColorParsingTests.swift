import Testing
@testable import Plotting

/// Colour strings as matplotlib's to_rgba reads them (Scripts/make-colormaps.py).
@Suite struct ColorParsingTests {
    @Test func everyFixtureSpecParsesToMatplotlibsValue() throws {
        let fixture = try ColorFixture.load()
        #expect(fixture.named.count >= 35)
        for n in fixture.named {
            let c = try Color(parsing: n.spec)
            #expect(same(c, n.rgba), "'\(n.spec)' gave \(c.rgba), matplotlib \(n.rgba)")
        }
    }

    @Test func everySpecMatplotlibRejectsIsRejected() throws {
        let fixture = try ColorFixture.load()
        for s in fixture.namedErrors {
            #expect(throws: ColorError.self, "'\(s)'") { try Color(parsing: s) }
        }
    }

    @Test func theLabsColours() throws {
        #expect(try Color(parsing: "red") == Color(red: 1, green: 0, blue: 0))
        #expect(try Color(parsing: "k") == .black)
        #expect(try Color(parsing: "w") == .white)
        #expect(try Color(parsing: "C0") == Color(hex: 0x1f77b4))
        #expect(try Color(parsing: "C13") == Color(hex: 0xd62728))
        #expect(try Color(parsing: "orange") == Color(hex: 0xffa500))
        #expect(try Color(parsing: "0.8") == Color(red: 0.8, green: 0.8, blue: 0.8))
        #expect(try Color(parsing: "#1f77b480").alpha == 128.0 / 255)
        #expect(try Color(parsing: "NONE") == .clear)
        #expect(try Color(parsing: "C99999999999999999999999") == Color.cycle[9])
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(throws: ColorError.greyLevelOutOfRange("1.5")) { try Color(parsing: "1.5") }
        #expect(throws: ColorError.invalidHex("#12345")) { try Color(parsing: "#12345") }
        #expect(throws: ColorError.unknownColor("reddish")) { try Color(parsing: "reddish") }
        // Single letters are case-sensitive, as in matplotlib ('R' is no colour).
        #expect(throws: ColorError.unknownColor("R")) { try Color(parsing: "R") }
        #expect(ColorError.invalidHex("#12").description.contains("#1f77b4"))
    }
}

/// Seeded random colour and palette strings never crash the parsers; what parses is in range.
@Suite struct ColorParsingFuzzTests {
    @Test func randomSpecsParseOrThrowTypedErrors() {
        var rng = TextFuzzTests.SplitMix64(state: 99)
        let pieces = ["#", "C", "0", "1", "9", ".", "-", "e", "a", "f", "F", "g", "red", "tab:", "xkcd:", " ", "ch:",
                      "s=", "r=", ",", "=", "_r", "none", "9999999999999999999999", "nan", "inf", "é", "\u{0}"]
        var parsed = 0
        for _ in 0..<5000 {
            var s = ""
            for _ in 0..<Int(rng.next() % 8) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            if let c = try? Color(parsing: s) {
                parsed += 1
                #expect([c.red, c.green, c.blue, c.alpha].allSatisfy { $0 >= 0 && $0 <= 1 }, "\(s.debugDescription)")
            }
            if let m = try? Colormap.named(s) {
                #expect(m.count >= 1)
            }
            _ = try? Palette.seaborn(s, count: Int(rng.next() % 20) + 1)
        }
        #expect(parsed > 100)
    }
}
