import Foundation
import Testing
@testable import Plotting

/// Marching squares against shapes whose level sets are known exactly.
@Suite("Contour geometry")
struct ContourGeometryTests {
    /// A grid of `f(x, y)` over a square, `n` nodes a side.
    static func grid(_ range: ClosedRange<Double>, _ n: Int, _ f: (Double, Double) -> Double) throws -> ContourGrid {
        let xs = ContourGrid.linspace(range, n)
        var z = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { z[i * n + j] = f(xs[j], xs[i]) } }
        return try ContourGrid(x: xs, y: xs, z: z)
    }

    @Test("cone: every line point lies on the circle of the level's radius", arguments: [0.5, 1.0, 1.7])
    func coneLinesAreCircles(radius: Double) throws {
        let g = try Self.grid(-2...2, 201) { hypot($0, $1) }
        let lines = try MarchingSquares(grid: g).lines(at: [radius])
        let set = try #require(lines.first)
        #expect(set.count == 1)
        #expect(set.closed == [true])
        // Linear interpolation of a cone along a grid edge misses the circle by at most h²/(8r).
        let h = 4.0 / 200
        for p in set.points {
            #expect(abs(hypot(p.x, p.y) - radius) <= h * h / (8 * radius) + 1e-12)
        }
        // The polyline goes round once: its turning covers the full circle.
        #expect(abs(ContourRegion.signedArea(set.polyline(0))) > 0.99 * Double.pi * radius * radius)
    }

    @Test("Gaussian: the region above a level is the disc of radius sqrt(-2 ln level)", arguments: [0.1, 0.5, 0.9])
    func gaussianRegionIsDisc(level: Double) throws {
        let g = try Self.grid(-3...3, 301) { exp(-($0 * $0 + $1 * $1) / 2) }
        let regions = try MarchingSquares(grid: g).regions(above: [level], includingLowest: false)
        let region = try #require(regions.first)
        let r = sqrt(-2 * log(level))
        #expect(region.ringCount == 1)
        #expect(abs(region.area - Double.pi * r * r) < 2e-3 * Double.pi * r * r)
        // Counter-clockwise, region on the left: positive area.
        #expect(region.signedArea(ofRing: 0) > 0)
        #expect(region.contains(Point(0, 0)))
        #expect(region.contains(Point(0.97 * r, 0)))
        #expect(!region.contains(Point(1.03 * r, 0)))
    }

    @Test("the region below a level on a cone is a hole in the region above it, closed along the border")
    func coneRegionHasHoleAndBorder() throws {
        let g = try Self.grid(-2...2, 101) { hypot($0, $1) }
        let region = try #require(try MarchingSquares(grid: g).regions(above: [1], includingLowest: false).first)
        #expect(region.ringCount == 2)
        let areas = (0..<2).map { region.signedArea(ofRing: $0) }.sorted()
        // The hole runs clockwise, the border counter-clockwise around the whole 4 x 4 square.
        #expect(abs(areas[1] - 16) < 1e-9)
        #expect(areas[0] < 0 && abs(areas[0] + Double.pi) < 0.01)
        #expect(abs(region.area - (16 - Double.pi)) < 0.01)
        // Collinear border nodes are merged: the outer ring is just the four corners.
        let outer = (0..<2).first { region.signedArea(ofRing: $0) > 0 }!
        #expect(region.ring(outer).count == 4)
    }

    @Test("a ramp's region is the rectangle on its high side; its line runs with the high side on the left")
    func rampRegionAndLineOrientation() throws {
        let g = try Self.grid(0...1, 11) { x, _ in x }
        let ms = MarchingSquares(grid: g)
        let region = try #require(try ms.regions(above: [0.45], includingLowest: false).first)
        #expect(region.ringCount == 1)
        #expect(abs(region.area - 0.55) < 1e-12)
        #expect(region.ring(0).count == 4)
        let line = try #require(try ms.lines(at: [0.45]).first)
        #expect(line.count == 1 && line.closed == [false])
        let points = Array(line.polyline(0))
        #expect(points.allSatisfy { abs($0.x - 0.45) < 1e-12 })
        // Walking from top to bottom keeps x > 0.45 on the left.
        #expect(points.first!.y == 1 && points.last!.y == 0)
    }

    @Test("a value equal to a level belongs to the band below; the lowest band includes its level")
    func bandMembershipAtLevels() throws {
        // A 3 x 3 plateau of 1 in a 7 x 7 field of 0 (unit cells).
        let xs = (0..<7).map(Double.init)
        var z = [Double](repeating: 0, count: 49)
        for i in 2...4 { for j in 2...4 { z[i * 7 + j] = 1 } }
        let g = try ContourGrid(x: xs, y: xs, z: z)
        let ms = MarchingSquares(grid: g)
        // {z > 1} is empty: the plateau equals the level, so it is below it.
        let above = try ms.regions(above: [1], includingLowest: false)
        #expect(above[0].ringCount == 0)
        #expect(try ms.lines(at: [1])[0].count == 0)
        // {z ≥ 1}, the lowest band's lower edge: exactly the plateau square (crossings land on its nodes).
        let lowest = try ms.regions(above: [1], includingLowest: true)
        #expect(lowest[0].includesLevel)
        #expect(abs(lowest[0].area - 4) < 1e-12)
        // Half way up the slope the region reaches half a cell further out (a 3 x 3 square),
        // each corner cut by a triangle with legs of half a cell.
        let half = try ms.regions(above: [0.5], includingLowest: false)
        #expect(abs(half[0].area - (3 * 3 - 4 * 0.125)) < 1e-12)
    }

    @Test("saddles: the mean of the four corners decides whether the high corners join")
    func saddleResolution() throws {
        // High corners p0 and p2 (value 1), low corners p1 and p3 (value 0): the mean is 0.5.
        let g = try ContourGrid(x: [0, 1], y: [0, 1], z: [1, 0, 0, 1])
        let ms = MarchingSquares(grid: g)
        let joined = try ms.trace(levels: [0.4], includingLowest: false)
        #expect(joined.regions[0].ringCount == 1)       // mean 0.5 > 0.4: one band across the cell
        #expect(joined.lines[0].count == 2)
        // Area of the square minus the two low corner triangles with legs 0.4.
        #expect(abs(joined.regions[0].area - (1 - 2 * 0.5 * 0.4 * 0.4)) < 1e-12)
        for level in [0.5, 0.6] {                         // mean not above: two separate corners
            let split = try ms.trace(levels: [level], includingLowest: false)
            #expect(split.regions[0].ringCount == 2)
            let leg = 1 - level
            #expect(abs(split.regions[0].area - 2 * 0.5 * leg * leg) < 1e-12)
            #expect(split.regions[0].contains(Point(0.05, 0.05)))
            #expect(!split.regions[0].contains(Point(0.5, 0.5)))
        }
    }

    @Test("masked nodes cut out their four cells, and the region closes around them")
    func maskedCellsStayOut() throws {
        let xs = (0..<5).map(Double.init)
        var z = [Double](repeating: 1, count: 25)
        z[12] = .nan
        let g = try ContourGrid(x: xs, y: xs, z: z)
        let region = try MarchingSquares(grid: g).regions(above: [0.5], includingLowest: false)[0]
        #expect(region.ringCount == 2)
        #expect(abs(region.area - 12) < 1e-12)
        #expect(!region.contains(Point(2, 2)))
        // Non-positive values are masked too under a log norm.
        var zl = [Double](repeating: 2, count: 25)
        zl[0] = 0
        let gl = try ContourGrid(x: xs, y: xs, z: zl)
        let logRegion = try MarchingSquares(grid: gl, masking: .nonPositive).regions(above: [1], includingLowest: false)[0]
        #expect(abs(logRegion.area - 15) < 1e-12)
        let linRegion = try MarchingSquares(grid: gl, masking: .nonFinite).regions(above: [1], includingLowest: false)[0]
        #expect(linRegion.area < 16 && linRegion.area > 15)
    }

    @Test("decreasing coordinates give the same regions, still counter-clockwise")
    func mirroredGrid() throws {
        let xs = ContourGrid.linspace(-2...2, 81)
        var z = [Double](repeating: 0, count: 81 * 81)
        for i in 0..<81 { for j in 0..<81 { z[i * 81 + j] = hypot(xs[j] - 0.5, xs[i]) } }
        let up = try ContourGrid(x: xs, y: xs, z: z)
        var zFlipped = z
        for i in 0..<81 { for j in 0..<81 { zFlipped[i * 81 + j] = z[i * 81 + (80 - j)] } }
        let down = try ContourGrid(x: xs.reversed(), y: xs, z: zFlipped)
        let a = try MarchingSquares(grid: up).regions(above: [1], includingLowest: false)[0]
        let b = try MarchingSquares(grid: down).regions(above: [1], includingLowest: false)[0]
        #expect(abs(a.area - b.area) < 1e-12)
        #expect(b.area > 0)
        #expect(b.contains(Point(-1.8, 1.8)) && !b.contains(Point(0.5, 0)))
    }

    @Test("nested regions shrink level by level and their differences are the bands")
    func nestedRegions() throws {
        let g = try Self.grid(-3...3, 121) { exp(-($0 * $0 + 2 * $1 * $1) / 2) }
        let levels = [0.05, 0.2, 0.4, 0.6, 0.8]
        let regions = try MarchingSquares(grid: g).regions(above: levels)
        let areas = regions.map(\.area)
        #expect(zip(areas, areas.dropFirst()).allSatisfy { $0 > $1 })
        for (k, level) in levels.enumerated() {
            let r = sqrt(-2 * log(level))
            let exact = Double.pi * r * r / sqrt(2)
            #expect(abs(areas[k] - exact) < 0.01 * exact)
        }
    }

    @Test("bad grids and levels are typed errors that say what is wrong")
    func errors() throws {
        #expect(throws: ContourError.shapeMismatch(expected: 6, nx: 3, ny: 2, actual: 5)) {
            try ContourGrid(x: [0, 1, 2], y: [0, 1], z: [0, 0, 0, 0, 0])
        }
        #expect(throws: ContourError.nonMonotonicCoordinates(axis: "x", index: 2)) {
            try ContourGrid(x: [0, 1, 1], y: [0, 1], z: [Double](repeating: 0, count: 6))
        }
        #expect(throws: ContourError.tooFewCoordinates(axis: "y", count: 1)) {
            try ContourGrid(x: [0, 1], y: [0], z: [0, 0])
        }
        let g = try ContourGrid(x: [0, 1], y: [0, 1], z: [0, 1, 2, 3])
        #expect(throws: ContourError.levelsNotIncreasing(index: 1, previous: 2, value: 1)) {
            try MarchingSquares(grid: g).lines(at: [2, 1])
        }
        #expect(throws: ContourError.nonFiniteLevel(index: 0)) {
            try MarchingSquares(grid: g).regions(above: [.nan])
        }
        #expect(ContourError.shapeMismatch(expected: 6, nx: 3, ny: 2, actual: 5).description.contains("2 x 3"))
    }

    @Test("the same call gives the same geometry, whatever the thread timing")
    func deterministic() throws {
        let g = try Self.grid(-3...3, 400) { sin(3 * $0) * cos(2 * $1) + 0.1 * $0 }
        let ms = MarchingSquares(grid: g)
        let a = try ms.trace(levels: [-0.5, 0, 0.5])
        let b = try ms.trace(levels: [-0.5, 0, 0.5])
        #expect(a.regions == b.regions)
        #expect(a.lines == b.lines)
    }
}
