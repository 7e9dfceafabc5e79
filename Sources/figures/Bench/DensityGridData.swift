import Estimators
import Plotting

/// The density-grid workloads' data: the lab's Part 2 mixture fitted with
/// `GaussianMixture(3, random_state=42)` and the 1000 x 1000 grid over [-5, 5]² to score,
/// as `np.c_[xx.ravel(), yy.ravel()]` of `np.meshgrid(linspace, linspace)` orders it
/// (x varies fastest).
struct DensityGridData {
    /// Grid points per side.
    static let resolution = 1000
    /// Grid indices whose scores are checked one by one (first, middle, last).
    static let probeIndices = [0, 500_500, 999_999]

    let model: GaussianMixtureModel
    /// `np.linspace(-5, 5, 1000)`, the same for both axes.
    let axis: [Double]
    /// The grid's points, one row each.
    let points: Matrix

    /// The lab's Part 2 data (cell In 15): two blobs sheared by a 2 x 2 matrix, and a third
    /// blob shifted by (6, -8).
    static func labPart2Data() throws -> Matrix {
        let first = try makeBlobs(samples: 1000, centers: Matrix([[4, -4], [0, 0]]), seed: 42)
        let sheared = first.samples.multiplied(by: Matrix([[0.374, 0.95], [0.732, 0.598]]))
        let second = try makeBlobs(samples: 250, centers: 1, seed: 42)
        var shifted = second.samples
        for row in 0..<shifted.rows {
            shifted.storage[row * 2] += 6
            shifted.storage[row * 2 + 1] -= 8
        }
        return sheared.stacked(on: shifted)
    }

    static func make() throws -> DensityGridData {
        let model = try GaussianMixture(components: 3, seed: 42).fit(labPart2Data())
        let axis = ContourGrid.linspace(-5...5, resolution)
        var storage = [Double](repeating: 0, count: resolution * resolution * 2)
        for i in 0..<resolution {
            for j in 0..<resolution {
                storage[(i * resolution + j) * 2] = axis[j]
                storage[(i * resolution + j) * 2 + 1] = axis[i]
            }
        }
        return DensityGridData(model: model, axis: axis,
                               points: Matrix(rows: resolution * resolution, columns: 2, storage: storage))
    }
}
