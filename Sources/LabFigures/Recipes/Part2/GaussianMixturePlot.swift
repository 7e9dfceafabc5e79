import Estimators
import Foundation
import Plotting

extension Recipes {
    /// The lab's `plot_gaussian_mixture` (In 19): the fitted density as filled contours of
    /// −log p on a 1000 × 1000 grid (LogNorm(1, 30), levels `logspace(0, 2, 12)`, viridis) with
    /// black contour lines, the clusters' borders as red dashed lines, the data as black dots
    /// and the centroids of the components that weigh more than a tenth of the heaviest.
    static func plotGaussianMixture(_ clusterer: GaussianMixtureModel, _ X: Matrix, on ax: Axes,
                                    resolution: Int = 1000) throws {
        let grid = PredictionGrid(around: X, resolution: resolution)
        let Z = try clusterer.scoreSamples(grid.points).map { -$0 }
        let levels = logspace(0, 2, 12)
        try ax.contourf(ContourGrid(x: grid.x, y: grid.y, z: Z), levels: .explicit(levels),
                        norm: try LogNorm(vmin: 1, vmax: 30), colormap: .viridis,
                        lines: ContourLineOptions(color: .black, width: 1))

        let labels = try clusterer.predict(grid.points)
        try ax.decisionBoundaries(x: grid.x, y: grid.y, labels: labels, color: Named.red, width: 2,
                                  pattern: .dashed)
        try plotData(X, on: ax)
        try plotCentroids(clusterer.means, weights: clusterer.weights, on: ax)
        ax.setXLabel("$x_1$", fontSize: 14)
        ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
    }

    /// numpy's `logspace(start, stop, num)`: `10 ** linspace(start, stop, num)`.
    static func logspace(_ start: Double, _ stop: Double, _ count: Int) -> [Double] {
        ContourGrid.linspace(start...stop, count).map { pow(10, $0) }
    }

    /// Part 2's model (In 17): `GaussianMixture(n_components=3, random_state=42).fit(X)`.
    static func labMixture(_ X: Matrix) throws(MixtureError) -> GaussianMixtureModel {
        try GaussianMixture(components: 3, seed: 42).fit(X)
    }
}
