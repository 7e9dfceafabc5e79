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
