import Estimators
import Foundation
import Plotting

extension Recipes {
    /// 23-gmm-ellipses: Part 2's 3-component Gaussian mixture drawn as its components' 1σ,
    /// 2σ and 3σ ellipses over the data; the legend gives each component's weight.
    ///
    /// The density plot (08) shows the mixture as a whole; the ellipses show each component's
    /// centre, spread and orientation, which `means_` and `covariances_` (In 18) hold.
    static func mixtureEllipses() throws -> Figure {
        let X = try LabData.mixture()
        let gmm = try labMixture(X)
        let means = (0..<gmm.components).map { Point(gmm.means[$0, 0], gmm.means[$0, 1]) }
        let covariances = gmm.covariances.matrices.map(\.storage)

        let fig = try Figure(width: 10, height: 5)
        let ax = fig.addSubplot()
        try ax.plot(X.column(0), X.column(1), ".", color: Color(hex: 0x7f7f7f), markerSize: 3, zOrder: 1)
        try ax.confidenceEllipses(means: means, covariances: covariances, sigmas: [1, 2, 3], fillAlpha: 0.12)
        try ax.plot(means.map(\.x), means.map(\.y), "x", color: .black, markerSize: 8, markerEdgeWidth: 2, zOrder: 4)
        let entries = means.indices.map { k in
            LegendEntry(label: String(format: "component %d: weight %.2f", k, gmm.weights[k]),
                        handle: .patch(fill: ColorCycle.tab10[k % 10].withAlpha(0.25),
                                       edge: StrokeStyle(color: ColorCycle.tab10[k % 10], width: 1.5)))
        }
        ax.legend(location: .best, entries: entries)
        ax.title = "Gaussian mixture components: 1σ, 2σ and 3σ ellipses"
        ax.setXLabel("$x_1$", fontSize: 14)
        ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
        return fig
    }
}
