import Testing
@testable import Plotting

/// seaborn's palettes and hue mappings (Scripts/make-colormaps.py).
@Suite struct ColorPaletteTests {
    /// Table-based palettes bit for bit; computed ones (husl, hls, cubehelix) to 1e-12, as
    /// Foundation's sin, cos and pow may differ from Python's in the last place.
    @Test func colorPaletteMatchesSeaborn() throws {
        let fixture = try ColorFixture.load()
        #expect(fixture.palettes.count >= 18)
        for p in fixture.palettes {
            let palette = try Palette.seaborn(p.spec, count: p.n)
            #expect(palette.count == p.n)
            let computed = p.spec.map { $0 == "husl" || $0 == "hls" || $0.hasPrefix("ch:") } ?? false
            for (i, expected) in p.rgb.enumerated() {
                #expect(same(palette[i], expected, tolerance: computed ? 1e-12 : 0), "\(p.spec ?? "None") \(p.n) colour \(i)")
            }
        }
    }

    @Test func cubehelixMapsMatchSeaborn() throws {
        let fixture = try ColorFixture.load()
        for c in fixture.cubehelix {
            let map = try Colormap.named(c.spec)
            #expect(map.count == 256)
            for (i, expected) in c.rgba.enumerated() {
                #expect(same(map.colors[i], expected, tolerance: 1e-12), "\(c.spec) row \(i)")
            }
            // The default is also in the generated tables, exactly.
            if c.spec == "ch:" {
                let computed = Cubehelix().colormap()
                for (i, expected) in c.rgba.enumerated() {
                    #expect(same(computed.colors[i], expected, tolerance: 1e-12))
                }
            }
        }
        #expect(throws: ColorError.self) { try Colormap.named("ch:s=abc") }
        #expect(throws: ColorError.self) { try Colormap.named("ch:q=1") }
        #expect(throws: ColorError.self) { try Palette.seaborn("ch:1,2,3,4,5,6,7", count: 3) }
    }

    /// `sns.pairplot(df, hue='cluster_labels')` with labels 0, 1, 2: a numeric hue through
    /// seaborn's 'ch:' cubehelix, and with `palette='viridis'` viridis at 0, 0.5, 1.
    @Test func numericHueMatchesSeaborn() throws {
        let fixture = try ColorFixture.load()
        for h in fixture.hue where h.categorical == nil {
            let labels = [0.0, 1, 2, 2, 1, 0]
            let scale = try ColorScale.seabornNumericHue(labels, palette: h.palette)
            #expect(scale.levels == h.levels.map(Double.init))
            for (level, expected) in zip(h.levels, h.rgba) {
                #expect(same(scale.color(of: Double(level)), expected), "\(h.palette ?? "default") level \(level)")
            }
        }
        // The reference figure 13's three cluster colours, as pixels.
        let scale = try ColorScale.seabornNumericHue([0, 1, 2])
        let hex = [0, 1, 2].map { v -> String in
            let c = scale.color(of: Double(v))
            return [c.red, c.green, c.blue].map { String(format: "%02x", Int(($0 * 255).rounded())) }.joined()
        }
        #expect(hex == ["edd1cb", "a9678f", "2d1e3e"])
    }

    /// A categorical hue (string levels): the colour cycle for up to ten levels, husl beyond.
    @Test func categoricalHueMatchesSeaborn() throws {
        let fixture = try ColorFixture.load()
        let cases = fixture.hue.filter { $0.categorical != nil }
        #expect(cases.count == 2)
        for h in cases {
            let scale = try ColorScale.seabornCategoricalHue(levels: h.levels.map(Double.init))
            for (level, expected) in zip(h.levels, h.rgba) {
                #expect(same(scale.color(of: Double(level)), expected, tolerance: 1e-12), "\(h.levels.count) levels, level \(level)")
            }
        }
    }

    @Test func paletteWrapsAndCategoricalScales() throws {
        let p = Palette.matplotlibCycle
        #expect(p.count == 10)
        #expect(p[10] == p[0] && p[-1] == p[9])
        let scale = ColorScale(levels: [0, 1, 2], palette: p)
        #expect(scale.color(of: 1) == Color(hex: 0xff7f0e))
        #expect(scale.color(of: 3) == .clear)
        #expect(scale.color(for: 2) == Color(hex: 0x2ca02c))
        #expect(throws: ColorError.self) { try Palette.seaborn("nope", count: 3) }
        #expect(throws: ColorError.self) { try Palette.seaborn(nil, count: 0) }
    }

    @Test func largeColumnsMapInParallelToTheSameColours() throws {
        let values = (0..<200_000).map { Double($0 % 1000) / 999 }
        let scale = ColorScale(colormap: .viridis, norm: try Normalize(vmin: 0, vmax: 1))
        let fast = scale.colors(of: values)
        #expect(fast == values.map { scale.color(of: $0) })
        let categorical = ColorScale(levels: [0, 1], palette: .matplotlibCycle)
        let labels = (0..<100_000).map { Double($0 % 3) }
        #expect(categorical.colors(of: labels) == labels.map { categorical.color(of: $0) })
    }
}

@Suite struct ColorConstructionTests {
    @Test func emptyMapsAndPalettesAreTypedErrors() throws {
        #expect(throws: ColorError.noColors(what: "palette")) { try Palette([]) }
        #expect(throws: ColorError.noColors(what: "colour map 'mine'")) { try Colormap(name: "mine", colors: []) }
        let m = try Colormap(name: "two", colors: [.black, .white])
        #expect(m.color(at: 0.49) == .black && m.color(at: 0.5) == .white)
        #expect(try m.resampled(3).colors == [.black, .white, .white])
        #expect(try Palette([.black])[5] == .black)
        #expect(throws: ColorError.self) { try BoundaryNorm(boundaries: [0, 1, 2], colorCount: Int.max) }
        #expect(throws: ColorError.self) { try Colormap.viridis.resampled(Int.max) }
        #expect(throws: ColorError.self) { try Palette.seaborn("viridis", count: Int.max) }
    }
}
