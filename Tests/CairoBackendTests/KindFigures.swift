import Foundation
import Plotting

/// The plot kinds drawn the way the lab's figures use them, on the lab's data: what the
/// `kind-*` goldens hold. Grids are coarser than the lab's 1000 x 1000 where the look does
/// not change, to keep debug-build tests quick; the seam tests use the full resolution.
enum KindFigure: String, CaseIterable, Sendable {
    case densityContours = "kind-density-contours"
    case decisionRegions = "kind-decision-regions"
    case heatmapRocket = "kind-heatmap-rocket"
    case heatmapBlues = "kind-heatmap-blues"
    case pairPlot = "kind-pairplot"
    case pairPlotHue = "kind-pairplot-hue"
    case barsLog = "kind-bars-log"
    case silhouette = "kind-silhouette"
    case ellipses = "kind-ellipses"
    case contourColorBar = "kind-contour-colorbar"

    func figure() throws -> Figure {
        let d = KindData.shared
        switch self {
        case .densityContours:
            // 08-gmm-density: LogNorm(1, 30) filled contours, black lines, red dashed boundaries.
            let g = d.gmmGrid(resolution: 300)
            let fig = try Figure(width: 10, height: 5)
            let ax = fig.addSubplot()
            let grid = try ContourGrid(x: g.x, y: g.y, z: g.negScore)
            try ax.contourf(grid, levels: .explicit(Self.labLevels), norm: try LogNorm(vmin: 1, vmax: 30),
                            lines: ContourLineOptions(color: .black, width: 1))
            try ax.decisionBoundaries(x: g.x, y: g.y, labels: g.labels, color: Color(hex: 0xff0000), width: 2,
                                      pattern: .dashed)
            try ax.plot(KindData.column(d.gmmData, 0), KindData.column(d.gmmData, 1), "k.", markerSize: 2)
            ax.setXLabel("$x_1$", fontSize: 14)
            ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
            return fig
        case .decisionRegions:
            // 03-kmeans-regions-k4: Pastel2 regions of the k = 4 model, black borders, data dots.
            let g = d.kmeansGrid(centres: d.kmeans4, resolution: 400)
            let fig = try Figure(width: 8, height: 4)
            let ax = fig.addSubplot()
            try ax.decisionRegions(x: g.x, y: g.y, labels: g.labels)
            try ax.plot(KindData.column(d.blobs, 0), KindData.column(d.blobs, 1), "k.", markerSize: 2)
            ax.setXLabel("$x_1$", fontSize: 14)
            ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
            return fig
        case .heatmapRocket:
            // 17-confusion-gmm: seaborn's default map, annotated counts, colour bar.
            let fig = try Figure(width: 10, height: 7)
            try fig.heatmap([[0, 222, 0], [101, 2, 118], [27, 0, 56]], on: fig.addSubplot(), annotate: .integer)
            return fig
        case .heatmapBlues:
            // 19-confusion-gmm-aligned: Blues, labelled axes, square cells.
            let fig = try Figure(width: 8, height: 6)
            try fig.heatmap([[222, 0, 0], [2, 101, 118], [0, 27, 56]], on: fig.addSubplot(),
                            rowLabels: ["disk", "halo", "dwarf"], columnLabels: ["disk", "halo", "dwarf"],
                            colormap: .blues, annotate: .integer, square: true,
                            xLabel: "Predicted label", yLabel: "True label")
            return fig
        case .pairPlot:
            // 15-gaia-pairplot-tuned: histograms on the diagonal.
            return try PairPlot(columns: KindData.starColumns(["vx_vz", "vy", "feh", "alpha"])).figure()
        case .pairPlotHue:
            // 16-gaia-pairplot-tuned-gmm: viridis hue, KDEs on the diagonal, legend on the right.
            let labels = d.gaiaLabels4.map(Double.init)
            return try PairPlot(columns: KindData.starColumns(["vx_vz", "vy", "feh", "alpha"]),
                                hue: .numeric(name: "cluster_labels", values: labels, colormap: .viridis)).figure()
        case .barsLog:
            // 21-bgmm-weights: ten mixture weights on a log axis, the 0.01 cut drawn.
            let fig = try Figure(width: 8, height: 5)
            let ax = fig.addSubplot()
            ax.y.scale = .log
            try ax.bar((1...10).map(Double.init), d.bgmmWeights)
            ax.axhline(0.01, color: Color(hex: 0xd62728), pattern: .dashed, label: "0.01 cut")
            ax.setXLabel("component")
            ax.setYLabel("weight")
            ax.x.setTicks((1...10).map(Double.init))
            ax.legend()
            return fig
        case .silhouette:
            // 22-silhouette-diagram: k = 4 on the blobs.
            let fig = try Figure(width: 8, height: 6)
            let ax = fig.addSubplot()
            try ax.silhouetteDiagram(values: d.silhouette4, labels: d.kmeans4Labels)
            ax.title = "Silhouette plot for k = 4"
            return fig
        case .ellipses:
            // 23-gmm-ellipses: 1, 2 and 3 sigma of each component over the data.
            let fig = try Figure(width: 8, height: 6)
            let ax = fig.addSubplot()
            try ax.plot(KindData.column(d.gmmData, 0), KindData.column(d.gmmData, 1), "k.", markerSize: 2)
            let means = (0..<3).map { Point(d.gmmMeans[2 * $0], d.gmmMeans[2 * $0 + 1]) }
            let covariances = (0..<3).map { Array(d.gmmCovariances[(4 * $0)..<(4 * $0 + 4)]) }
            try ax.confidenceEllipses(means: means, covariances: covariances, fillAlpha: 0.2)
            return fig
        case .contourColorBar:
            // Contour bands with labelled lines and a colour bar ticked at the levels.
            let g = d.gmmGrid(resolution: 200)
            let fig = try Figure()
            let ax = fig.addSubplot()
            let grid = try ContourGrid(x: g.x, y: g.y, z: g.negScore)
            let set = try ax.contourf(grid, levels: .explicit(Self.labLevels), norm: try LogNorm(vmin: 1, vmax: 30),
                                      lines: ContourLineOptions(color: .black, width: 1,
                                                                labels: ContourLabels(fontSize: 8, format: .decimals(1))))
            try fig.colorbar(set.colorBarSource, for: ax, label: "$-\\log p(x)$")
            return fig
        }
    }

    /// The lab's levels: `np.logspace(0, 2, 12)`.
    static let labLevels = (0..<12).map { pow(10, 2.0 * Double($0) / 11) }
}
