import Estimators
import Plotting

/// The lab's evaluation grid: `np.meshgrid(np.linspace(mins[0], maxs[0], resolution),
/// np.linspace(mins[1], maxs[1], resolution))` over the data's range padded by 0.1.
///
/// `points` holds the grid nodes row by row (`np.c_[xx.ravel(), yy.ravel()]`): row
/// `r * x.count + c` is `(x[c], y[r])`, so a model's predictions on it are already
/// in the row-major order that contour and region marks take.
struct PredictionGrid {
    /// Column coordinates (x), increasing.
    let x: [Double]
    /// Row coordinates (y), increasing.
    let y: [Double]
    /// Every node as a row of a `(x.count · y.count) × 2` matrix, rows of the grid one after another.
    let points: Matrix

    /// The grid the lab's `plot_decision_boundaries` and `plot_gaussian_mixture` build
    /// around the first two columns of `data` (`X.min(axis=0) - 0.1`, `X.max(axis=0) + 0.1`).
    init(around data: Matrix, resolution: Int = 1000, padding: Double = 0.1) {
        precondition(data.rows > 0 && data.columns >= 2 && resolution >= 2, "the lab's grid needs 2-D data")
        var lower = [Double.infinity, .infinity], upper = [-Double.infinity, -.infinity]
        for i in 0..<data.rows {
            for f in 0..<2 {
                lower[f] = Swift.min(lower[f], data[i, f])
                upper[f] = Swift.max(upper[f], data[i, f])
            }
        }
        x = ContourGrid.linspace((lower[0] - padding)...(upper[0] + padding), resolution)
        y = ContourGrid.linspace((lower[1] - padding)...(upper[1] + padding), resolution)
        var storage = [Double](repeating: 0, count: x.count * y.count * 2)
        var k = 0
        for yValue in y {
            for xValue in x {
                storage[k] = xValue
                storage[k + 1] = yValue
                k += 2
            }
        }
        points = Matrix(rows: x.count * y.count, columns: 2, storage: storage)
    }
}
