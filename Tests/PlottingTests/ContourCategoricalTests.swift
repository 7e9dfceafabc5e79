import Foundation
import Testing
@testable import Plotting

/// Decision-region geometry: classes tile the grid, layers paint to the right class, boundaries join.
@Suite("Categorical regions")
struct ContourCategoricalTests {
    /// A deterministic pseudo-random label field with blobs of 3-4 classes (no RNG state shared between tests).
    static func blobs(_ n: Int, classes: Int, seed: UInt64) -> (x: [Double], labels: [Int]) {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let centres = (0..<classes).map { _ in (next(), next()) }
        let xs = ContourGrid.linspace(0...1, n)
        var labels = [Int](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                let d = centres.map { hypot(xs[j] - $0.0, xs[i] - $0.1) + 0.05 * sin(37 * xs[j] * xs[i]) }
                labels[i * n + j] = d.indices.min { d[$0] < d[$1] } ?? 0
            }
        }
        return (xs, labels)
    }

    @Test("a straight split puts the boundary half way between the last nodes of each class")
    func straightSplit() throws {
        let xs = ContourGrid.linspace(0...1, 11)
        let labels = (0..<121).map { xs[$0 % 11] < 0.5 ? 0 : 1 }
        let r = try CategoricalRegions(x: xs, y: xs, labels: labels)
        #expect(abs(r.region(of: 0).area - 0.45) < 1e-12)
        #expect(abs(r.region(of: 1).area - 0.55) < 1e-12)
        let b = r.boundaries()
        #expect(b.count == 1 && b.closed == [false])
        #expect(b.points.allSatisfy { abs($0.x - 0.45) < 1e-12 })
    }

    @Test("exact class regions tile the grid: areas sum to the whole, each point in exactly one", arguments: [(3, UInt64(1)), (4, 2), (4, 3)])
    func classesTile(classes: Int, seed: UInt64) throws {
        let (xs, labels) = Self.blobs(60, classes: classes, seed: seed)
        let r = try CategoricalRegions(x: xs, y: xs, labels: labels, classCount: classes)
        let regions = (0..<classes).map(r.region(of:))
        let total = regions.reduce(0) { $0 + $1.area }
        #expect(abs(total - 1) < 1e-12)
        for region in regions { #expect(region.area >= 0) }
        // Sample points off the grid lines: each falls in exactly one class region.
        for a in 0..<97 {
            for b in 0..<89 {
                let p = Point((Double(a) + 0.37) / 97, (Double(b) + 0.61) / 89)
                let inside = regions.filter { $0.contains(p) }.count
                #expect(inside == 1, "point \(p) is in \(inside) regions")
            }
        }
    }

    @Test("painting the layers in order gives every point its own class colour", arguments: [UInt64(5), 6])
    func layersPaintRightClass(seed: UInt64) throws {
        let (xs, labels) = Self.blobs(50, classes: 4, seed: seed)
        let r = try CategoricalRegions(x: xs, y: xs, labels: labels, classCount: 4)
        let layers = r.layers()
        let exact = (0..<4).map(r.region(of:))
        for a in 0..<83 {
            for b in 0..<79 {
                let p = Point((Double(a) + 0.29) / 83, (Double(b) + 0.53) / 79)
                guard let truth = exact.firstIndex(where: { $0.contains(p) }) else { continue }
                let painted = layers.lastIndex { $0.contains(p) }
                #expect(painted == truth, "point \(p): painted \(String(describing: painted)), class \(truth)")
                // Each layer covers its own class and reaches into later ones only.
                #expect(layers[truth].contains(p))
            }
        }
        // A layer is at least its class (more where later classes border it); the last one painted is exact.
        for k in 0..<3 { #expect(layers[k].area >= exact[k].area - 1e-12) }
        #expect(layers[0].area > exact[0].area)
        #expect(abs(layers[3].area - exact[3].area) < 1e-12)
    }

    @Test("four quadrants meet at one junction: four boundary lines from the centre to the border")
    func quadrantJunction() throws {
        let xs = ContourGrid.linspace(0...1, 10)
        let labels = (0..<100).map { n in (xs[n % 10] < 0.5 ? 0 : 1) + (xs[n / 10] < 0.5 ? 0 : 2) }
        let r = try CategoricalRegions(x: xs, y: xs, labels: labels)
        let b = r.boundaries()
        #expect(b.count == 4)
        #expect(b.closed.allSatisfy { !$0 })
        let centre = Point(0.5, 0.5)
        for k in 0..<4 {
            let line = b.polyline(k)
            #expect(line.first == centre || line.last == centre)
        }
        for k in 0..<4 { #expect(abs(r.region(of: k).area - 0.25) < 1e-12) }
    }

    @Test("a diagonal two-class cell is split into four corners around its centre")
    func diagonalSaddle() throws {
        // Row-major: p0 = (0, 0) and p2 = (1, 1) are class 0, p1 = (1, 0) and p3 = (0, 1) class 1.
        let r = try CategoricalRegions(x: [0, 1], y: [0, 1], labels: [0, 1, 1, 0])
        #expect(abs(r.region(of: 0).area - 0.5) < 1e-12)
        #expect(r.region(of: 0).contains(Point(0.1, 0.1)) && r.region(of: 0).contains(Point(0.9, 0.9)))
        #expect(r.region(of: 1).contains(Point(0.9, 0.1)))
        #expect(r.boundaries().count == 4)
    }

    @Test("'no class' nodes stay unpainted and labels beyond the class count are errors")
    func noClassAndErrors() throws {
        let xs = ContourGrid.linspace(0...1, 11)
        let labels = (0..<121).map { xs[$0 % 11] < 0.5 ? -1 : 0 }
        let r = try CategoricalRegions(x: xs, y: xs, labels: labels)
        #expect(r.classCount == 1)
        #expect(abs(r.layers()[0].area - 0.55) < 1e-12)
        #expect(r.boundaries().count == 0)
        #expect(throws: ContourError.labelOutOfRange(label: 2, classCount: 2)) {
            try CategoricalRegions(x: [0, 1], y: [0, 1], labels: [0, 1, 2, 0], classCount: 2)
        }
        #expect(throws: ContourError.shapeMismatch(expected: 4, nx: 2, ny: 2, actual: 3)) {
            try CategoricalRegions(x: [0, 1], y: [0, 1], labels: [0, 1, 0])
        }
    }
}
