import Estimators
import Plotting

extension Recipes {
    /// The lab's `plot_decision_boundaries` (In 5): a fitted k-means model's regions on a
    /// 1000 × 1000 grid (Pastel2, black borders), the data as small black dots, and the
    /// centroids as white discs with black crosses; axes labelled x₁ and x₂ (horizontal).
    static func plotDecisionBoundaries(_ clusterer: KMeansModel, _ X: Matrix, on ax: Axes,
                                       resolution: Int = 1000) throws {
        let grid = PredictionGrid(around: X, resolution: resolution)
        let Z = try clusterer.predict(grid.points)
        // plt.contourf(Z, extent=..., cmap="Pastel2"); plt.contour(Z, extent=..., linewidths=1, colors='k')
        try ax.decisionRegions(x: grid.x, y: grid.y, labels: Z, classCount: clusterer.clusters,
                               boundary: StrokeStyle(color: .black, width: 1))
        try plotData(X, on: ax)
        try plotCentroids(clusterer.centers, on: ax)
        ax.setXLabel("$x_1$", fontSize: 14)
        ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
    }

    /// The lab's `plot_data`: `plt.plot(X[:, 0], X[:, 1], 'k.', markersize=2)`.
    static func plotData(_ X: Matrix, on ax: Axes) throws(PlotError) {
        try ax.plot(X.column(0), X.column(1), "k.", markerSize: 2)
    }

    /// The lab's `plot_centroids`: white discs (`s=35, linewidths=8, alpha=0.9`) under black
    /// crosses (`s=2, linewidths=12`); with `weights`, only centroids of components weighing more
    /// than a tenth of the heaviest.
    static func plotCentroids(_ centroids: Matrix, weights: [Double]? = nil, on ax: Axes) throws(PlotError) {
        var shown = Array(0..<centroids.rows)
        if let weights, let heaviest = weights.max() {
            shown = shown.filter { weights[$0] > heaviest / 10 }
        }
        let x = shown.map { centroids[$0, 0] }, y = shown.map { centroids[$0, 1] }
        try ax.scatter(x, y, size: 35, color: .white, marker: .circle, edgeWidth: 8, alpha: 0.9, zOrder: 10)
        try ax.scatter(x, y, size: 2, color: .black, marker: .x, edgeWidth: 12, zOrder: 11)
    }
}
