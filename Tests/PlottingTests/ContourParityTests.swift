import Foundation
import Testing
@testable import Plotting

/// The contour tracer and level picker against matplotlib and contourpy.
@Suite("Contour parity with matplotlib and contourpy")
struct ContourParityTests {
    static var levelCases: [KindFixtures.Levels] { KindFixtures.shared.levels }

    @Test("automatic levels equal matplotlib's contour(levels=N)", arguments: levelCases)
    func automaticLevels(_ c: KindFixtures.Levels) throws {
        let levels = try ContourLevels.automatic(c.n).resolve(zMin: c.zmin, zMax: c.zmax, logarithmic: c.log)
        #expect(levels == c.filled, "z in \(c.zmin)...\(c.zmax), N = \(c.n), log = \(c.log)")
    }

    @Test("line points equal contourpy's, level by level")
    func linesMatchContourpy() throws {
        let ref = KindFixtures.shared.contourpy
        let grid = try ContourGrid(x: ref.x, y: ref.y, z: ref.z)
        let sets = try MarchingSquares(grid: grid).lines(at: ref.levels)
        for (ours, theirs) in zip(sets, ref.lines) {
            #expect(ours.count == theirs.count, "level \(theirs.level)")
            // contourpy repeats the first point of a closed line; compare the distinct points.
            func key(_ x: Double, _ y: Double) -> [Double] { [(x * 1e9).rounded(), (y * 1e9).rounded()] }
            let a = Set(ours.points.map { key($0.x, $0.y) })
            let b = Set(theirs.points.map { key($0[0], $0[1]) })
            #expect(a == b, "level \(theirs.level): \(a.symmetricDifference(b).count) points differ")
        }
    }

    @Test("filled band areas equal contourpy's: area(z > lower) - area(z > upper)")
    func bandAreasMatchContourpy() throws {
        let ref = KindFixtures.shared.contourpy
        let grid = try ContourGrid(x: ref.x, y: ref.y, z: ref.z)
        let regions = try MarchingSquares(grid: grid).regions(above: ref.levels)
        for (k, band) in ref.bands.enumerated() {
            let area = regions[k].area - regions[k + 1].area
            #expect(close(area, band.area, relative: 1e-9), "band \(band.lower)...\(band.upper): \(area) vs \(band.area)")
        }
    }
}

extension KindFixtures.Levels: CustomTestStringConvertible {
    var testDescription: String { "\(log ? "log " : "")\(zmin)...\(zmax) N=\(n)" }
}
