import Foundation
import Testing
@testable import Estimators

/// The lab's Part 2 data, rebuilt in Swift from makeBlobs, must be the fixture's X bit for bit,
/// so figures fitted on it in Swift see exactly the numbers scikit-learn saw.
@Suite("The lab's Part 2 data from makeBlobs")
struct LabDataTests {
    /// X1 @ [[0.374, 0.95], [0.732, 0.598]] as numpy's BLAS computes a 2-long inner
    /// product: the second product fused onto the first (a plain multiply-add
    /// differs in the last bit for about 40% of the entries).
    static func labData() throws -> Matrix {
        let x1 = try makeBlobs(samples: 1000, centers: Matrix([[4, -4], [0, 0]]), seed: 42).samples
        let m = [[0.374, 0.95], [0.732, 0.598]]
        var transformed = Matrix(rows: x1.rows, columns: 2)
        for i in 0..<x1.rows {
            for f in 0..<2 {
                transformed[i, f] = (x1[i, 0] * m[0][f]).addingProduct(x1[i, 1], m[1][f])
            }
        }
        var x2 = try makeBlobs(samples: 250, centers: 1, seed: 42).samples
        for i in 0..<x2.rows {
            x2[i, 0] += 6
            x2[i, 1] += -8
        }
        return transformed.stacked(on: x2)
    }

    @Test("Swift-generated X equals the fixture's X bit for bit; first row (0.8167291114687529, 1.3271905151431966)")
    func bitForBit() throws {
        let lab = try Fixtures.load("gmm_lab", as: LabMixtureFixture.self)
        let x = try Self.labData()
        #expect(x == Matrix(lab.X))
        #expect(x.row(0) == [0.8167291114687529, 1.3271905151431966])
        #expect(x.rows == 1250)
    }

    /// `X @ T` as numpy's BLAS computes it for up to 8 inner terms: fused, in index order.
    static func transformed(_ x: Matrix, by t: [[Double]]) -> Matrix {
        var out = Matrix(rows: x.rows, columns: t[0].count)
        for i in 0..<x.rows {
            for f in 0..<out.columns {
                var sum = 0.0
                for g in 0..<x.columns { sum = sum.addingProduct(x[i, g], t[g][f]) }
                out[i, f] = sum
            }
        }
        return out
    }

    @Test("Every fixture's data is makeBlobs' output bit for bit",
          arguments: MixtureFixtures.gaussianCases + MixtureFixtures.bayesianCases)
    func fixtureData(name: String) throws {
        let fixture = try Fixtures.load(name, as: MixtureCaseFixture.self)
        let recipe = fixture.data
        let spread: ClusterSpread = recipe.std.values.count == 1 ? .same(recipe.std.values[0]) : .perCenter(recipe.std.values)
        var x = try makeBlobs(samples: recipe.samples, centers: recipe.centers, features: recipe.features,
                              clusterStd: spread, seed: recipe.seed).samples
        if let t = recipe.transform { x = Self.transformed(x, by: t) }
        if let scale = recipe.scale, let offset = recipe.offset {
            for i in 0..<x.rows {
                for f in 0..<x.columns { x[i, f] = x[i, f] * scale[f] + offset[f] }
            }
        }
        #expect(x == fixture.matrix)
    }
}
