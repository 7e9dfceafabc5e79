import Foundation
import Testing
@testable import Plotting

/// Normalize, LogNorm and BoundaryNorm against matplotlib's results (Scripts/make-colormaps.py).
@Suite struct ColorNormTests {
    @Test func normalizedValuesMatchMatplotlib() throws {
        let fixture = try ColorFixture.load()
        var checked = 0
        for n in fixture.norms where n.kind != "boundary" {
            let vmin = try #require(n.vmin), vmax = try #require(n.vmax)
            let normalize: (Double) -> Double
            if n.kind == "linear" {
                let norm = try Normalize(vmin: vmin, vmax: vmax, clip: n.clip)
                normalize = norm.normalize
            } else {
                let norm = try LogNorm(vmin: vmin, vmax: vmax, clip: n.clip)
                normalize = norm.normalize
            }
            for (value, expected) in zip(n.values, try #require(n.normalized)) {
                let v = try #require(value.double)
                let got = normalize(v)
                switch expected {
                case .masked:
                    #expect(got.isNaN, "\(n.kind)(\(vmin), \(vmax), clip \(n.clip)) of \(v) should be masked, got \(got)")
                case .number(let e) where e.isNaN:
                    #expect(got.isNaN, "\(n.kind) of \(v)")
                case .number(let e) where e.isInfinite:
                    #expect(got == e, "\(n.kind) of \(v)")
                case .number(let e):
                    // log10 may differ from numpy's in the last place.
                    #expect(abs(got - e) <= 4e-16 * max(1, abs(e)), "\(n.kind)(\(vmin), \(vmax), clip \(n.clip)) of \(v): \(got) vs \(e)")
                }
                checked += 1
            }
        }
        #expect(checked >= 100)
    }

    @Test func boundaryIndicesMatchMatplotlib() throws {
        let fixture = try ColorFixture.load()
        for n in fixture.norms where n.kind == "boundary" {
            let extend: BoundaryNorm.Extend = switch n.extend {
            case "min": .min
            case "max": .max
            case "both": .both
            default: .neither
            }
            let norm = try BoundaryNorm(boundaries: try #require(n.boundaries), colorCount: try #require(n.ncolors),
                                        clip: n.clip, extend: extend)
            for (value, expected) in zip(n.values, try #require(n.indices)) {
                let v = try #require(value.double)
                // numpy turns NaN into an arbitrary integer here; we call it bad instead.
                if v.isNaN {
                    #expect(norm.index(of: v) == nil)
                    continue
                }
                #expect(norm.index(of: v) == expected, "boundary norm \(n.boundaries ?? []) of \(v)")
            }
        }
    }

    @Test func linearNormRules() throws {
        let n = try Normalize(vmin: 0, vmax: 10)
        #expect(n.normalize(5) == 0.5)
        #expect(n.normalize(-5) == -0.5)
        #expect(n.normalize(.nan).isNaN)
        #expect(n.inverse(0.25) == 2.5)
        let clipped = try Normalize(vmin: 0, vmax: 10, clip: true)
        #expect(clipped.normalize(20) == 1 && clipped.normalize(-3) == 0)
        #expect(clipped.normalize(.nan).isNaN)
        // Equal limits: everything maps to 0, as matplotlib's result.fill(0).
        #expect(try Normalize(vmin: 3, vmax: 3).normalize(.nan) == 0)
        let auto = try Normalize(autoscaling: [3, .nan, -1, .infinity, 7])
        #expect(auto.vmin == -1 && auto.vmax == 7)
        #expect(n.bandValue(lower: 2, upper: 4) == 3)
    }

    @Test func logNormMasksNonPositiveValuesAndUsesGeometricBands() throws {
        let n = try LogNorm(vmin: 1, vmax: 100)
        #expect(n.normalize(10) == 0.5)
        #expect(n.normalize(0).isNaN)
        #expect(n.normalize(-1).isNaN)
        #expect(n.normalize(.infinity).isNaN)
        #expect(n.color(of: 0, in: .viridis) == Colormap.viridis.badColor)
        #expect(n.color(of: 1000, in: .viridis) == Colormap.viridis.over)
        #expect(n.color(of: 0.5, in: .viridis) == Colormap.viridis.under)
        #expect(n.bandValue(lower: 1, upper: 100) == 10)
        #expect(abs(n.inverse(0.5) - 10) < 1e-12)
        // The lab's density plot: LogNorm(1, 30) over levels logspace(0, 2, 12); bands above 30 take the top colour.
        let lab = try LogNorm(vmin: 1, vmax: 30)
        let levels = (0..<12).map { pow(10, 2 * Double($0) / 11) }
        let top = lab.color(of: lab.bandValue(lower: levels[10], upper: levels[11]), in: .viridis)
        #expect(top == Colormap.viridis.over)
        #expect(top == Colormap.viridis.colors[255])
    }

    @Test func badLimitsAreTypedErrors() {
        #expect(throws: ColorError.invertedLimits(vmin: 2, vmax: 1)) { try Normalize(vmin: 2, vmax: 1) }
        #expect(throws: ColorError.self) { try Normalize(vmin: .nan, vmax: 1) }
        #expect(throws: ColorError.self) { try LogNorm(vmin: 0, vmax: 1) }
        #expect(throws: ColorError.self) { try LogNorm(vmin: -1, vmax: 1) }
        #expect(throws: ColorError.self) { try Normalize(autoscaling: [.nan]) }
        #expect(throws: ColorError.self) { try BoundaryNorm(boundaries: [1], colorCount: 4) }
        #expect(throws: ColorError.self) { try BoundaryNorm(boundaries: [1, 1, 2], colorCount: 4) }
        #expect(throws: ColorError.self) { try BoundaryNorm(boundaries: [0, 1, 2, 3], colorCount: 2) }
        #expect(ColorError.invertedLimits(vmin: 2, vmax: 1).description.contains("vmin 2.0 is greater than vmax 1.0"))
    }
}
