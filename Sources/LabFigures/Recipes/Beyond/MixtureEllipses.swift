import Estimators
import Plotting

extension Recipes {
    /// 23-gmm-ellipses: Part 2's 3-component Gaussian mixture drawn as its components' 1σ,
    /// 2σ and 3σ ellipses over the data, each labelled with its weight.
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
        for (k, mean) in means.enumerated() {
            try ax.plot([mean.x], [mean.y], "x", color: .black, markerSize: 8, markerEdgeWidth: 2, zOrder: 4,
                        label: nil)
            ax.annotate("component \(k): weight \(String(format: "%.2f", gmm.weights[k]))", point: mean,
                        textPosition: Point(12, 10), textCoordinates: .offsetPoints, arrow: nil, fontSize: 10,
                        color: ColorCycle.tab10[k % 10])
        }
        ax.title = "Gaussian mixture components: 1σ, 2σ and 3σ ellipses"
        ax.setXLabel("$x_1$", fontSize: 14)
        ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
        return fig
    }
}
