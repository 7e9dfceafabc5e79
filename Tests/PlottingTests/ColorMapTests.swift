import Testing
@testable import Plotting

/// Colour maps against matplotlib 3.11 and seaborn 0.13 (Scripts/make-colormaps.py).
@Suite struct ColorMapTests {
    static let names = (ColorFixture.shared?.samples.map(\.name)) ?? []

    @Test func everyGeneratedMapIsInTheFixture() throws {
        let fixture = try ColorFixture.load()
        #expect(Set(Colormap.knownNames) == Set(fixture.tables.keys))
        #expect(Colormap.knownNames.count >= 30)
    }

    /// Every row of every table, bit for bit: the tables are copied, not retyped.
    @Test(arguments: names)
    func tablesEqualMatplotlibsExactly(_ name: String) throws {
        let fixture = try ColorFixture.load()
        let map = try Colormap.named(name)
        let rows = try #require(fixture.tables[name])
        #expect(map.count == rows.count)
        for (i, row) in rows.enumerated() {
            #expect(same(map.colors[i], row), "\(name) row \(i)")
        }
    }

    /// Lookups at sample points, including both ends, just outside them, and NaN.
    @Test(arguments: names)
    func lookupsEqualMatplotlibs(_ name: String) throws {
        let fixture = try ColorFixture.load()
        let sample = try #require(fixture.samples.first { $0.name == name })
        let map = try Colormap.named(name)
        for (x, expected) in zip(sample.x, sample.rgba) {
            #expect(same(map.color(at: x ?? .nan), expected), "\(name) at \(String(describing: x))")
        }
    }

    @Test(arguments: names)
    func resampledAsMatplotlib(_ name: String) throws {
        let fixture = try ColorFixture.load()
        let map = try Colormap.named(name)
        for case let r in fixture.resampled where r.name == name {
            let m = try map.resampled(r.n)
            #expect(m.count == r.n)
            for (i, expected) in r.rgba.enumerated() {
                // Segmented maps are re-interpolated in numpy's arithmetic order: bit for bit.
                #expect(same(m.color(index: i), expected, tolerance: 0), "\(name) resampled to \(r.n), row \(i)")
            }
        }
    }

    @Test(arguments: names)
    func reversedAsMatplotlib(_ name: String) throws {
        let fixture = try ColorFixture.load()
        let r = try #require(fixture.reversed.first { $0.name == name })
        let map = try Colormap.named(name + "_r")
        #expect(map.name == name + "_r")
        for (x, expected) in zip(r.x, r.rgba) {
            #expect(same(map.color(at: x), expected, tolerance: 0), "\(name)_r at \(x)")
        }
        #expect(same(map.under, r.under))
        #expect(same(map.over, r.over))
        #expect(try Colormap.named(name + "_r").reversed() == Colormap.named(name) || map.reversed().name == name)
    }

    @Test func lookupRules() throws {
        let tab10 = Colormap.tab10
        #expect(tab10.count == 10)
        #expect(tab10.color(at: 0) == Color(hex: 0x1f77b4))
        #expect(tab10.color(at: 0.0999) == Color(hex: 0x1f77b4))
        #expect(tab10.color(at: 0.1) == Color(hex: 0xff7f0e))
        #expect(tab10.color(at: 1) == Color(hex: 0x17becf))
        #expect(tab10.color(at: -0.01) == tab10.under)
        #expect(tab10.color(at: 1.01) == tab10.over)
        #expect(tab10.color(at: .nan) == .clear)
        #expect(tab10.color(at: .infinity) == tab10.over)
        #expect(tab10.color(at: -.infinity) == tab10.under)
        #expect(tab10.color(index: -1) == tab10.under)
        #expect(tab10.color(index: 10) == tab10.over)
        #expect(tab10.color(index: Int.max) == tab10.over)
        let marked = tab10.withExtremes(under: .black, over: .white, bad: Color(red: 1, green: 0, blue: 0))
        #expect(marked.color(at: -1) == .black)
        #expect(marked.color(at: 2) == .white)
        #expect(marked.color(at: .nan) == Color(red: 1, green: 0, blue: 0))
        #expect(marked.reversed().color(at: -1) == .white)
    }

    @Test func specSheetValues() throws {
        // plotting.md: tab10 and Pastel2 hex values, Blues' ColorBrewer ends.
        let tab = [0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf]
        #expect(Colormap.tab10.colors == tab.map { Color(hex: UInt32($0)) })
        let pastel = [0xb3e2cd, 0xfdcdac, 0xcbd5e8, 0xf4cae4, 0xe6f5c9, 0xfff2ae, 0xf1e2cc, 0xcccccc]
        #expect(Colormap.pastel2.colors == pastel.map { Color(hex: UInt32($0)) })
        #expect(Colormap.blues.colors.first == Color(hex: 0xf7fbff))
        #expect(Colormap.blues.colors.last == Color(hex: 0x08306b))
        #expect(Colormap.viridis.count == 256 && Colormap.rocket.count == 256)
        #expect(Colormap.viridis.color(at: 0) == Color(red: 0.267004, green: 0.004874, blue: 0.329415))
    }

    @Test func unknownNamesListTheKnownOnes() throws {
        #expect(throws: ColorError.self) { try Colormap.named("viridian") }
        do {
            _ = try Colormap.named("jet")
            Issue.record("jet should not be known")
        } catch {
            #expect(error.description.contains("viridis"))
            #expect(error.description.contains("'jet'"))
        }
        #expect(throws: ColorError.invalidCount(0, what: "rows of a resampled colour map")) {
            try Colormap.viridis.resampled(0)
        }
    }
}
