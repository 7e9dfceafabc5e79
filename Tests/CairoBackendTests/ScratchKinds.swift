import CairoBackend
import Foundation
import Plotting
import Testing

@Suite(.enabled(if: ProcessInfo.processInfo.environment["KIND_SCRATCH"] == "1"))
struct ScratchKinds {
    @Test func gmmDensity() throws {
        let d = KindData.shared
        let g = d.gmmGrid(resolution: 1000)
        let fig = try Figure(width: 10, height: 5)
        let ax = fig.addSubplot()
        let grid = try ContourGrid(x: g.x, y: g.y, z: g.negScore)
        let levels = (0..<12).map { pow(10, 2.0 * Double($0) / 11) }
        try ax.contourf(grid, levels: .explicit(levels), norm: try LogNorm(vmin: 1, vmax: 30),
                        lines: ContourLineOptions(color: .black, width: 1))
        try ax.decisionBoundaries(x: g.x, y: g.y, labels: g.labels, color: Color(hex: 0xff0000), width: 2, pattern: .dashed)
        try ax.plot(KindData.column(d.gmmData, 0), KindData.column(d.gmmData, 1), "k.", markerSize: 2)
        ax.setXLabel("$x_1$", fontSize: 14)
        ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
        try fig.write(to: URL(fileURLWithPath: "/tmp/pk/08.png"), format: .png)
        let bare = try Figure(width: 10, height: 5)
        try bare.addSubplot().contourf(grid, levels: .explicit(levels), norm: try LogNorm(vmin: 1, vmax: 30))
        try bare.write(to: URL(fileURLWithPath: "/tmp/pk/08-bare.pdf"), format: .pdf)
        bare.dpi = 600
        try bare.write(to: URL(fileURLWithPath: "/tmp/pk/08-bare.png"), format: .png)
        try fig.write(to: URL(fileURLWithPath: "/tmp/pk/08.pdf"), format: .pdf)
    }

    @Test func kmeansRegions() throws {
        let d = KindData.shared
        let g = d.kmeansGrid(centres: d.kmeans4, resolution: 1000)
        let fig = try Figure(width: 8, height: 4)
        let ax = fig.addSubplot()
        try ax.decisionRegions(x: g.x, y: g.y, labels: g.labels)
        try ax.plot(KindData.column(d.blobs, 0), KindData.column(d.blobs, 1), "k.", markerSize: 2)
        ax.setXLabel("$x_1$", fontSize: 14)
        ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
        try fig.write(to: URL(fileURLWithPath: "/tmp/pk/03.png"), format: .png)
        let bare = try Figure(width: 8, height: 4)
        try bare.addSubplot().decisionRegions(x: g.x, y: g.y, labels: g.labels, boundary: nil)
        try bare.write(to: URL(fileURLWithPath: "/tmp/pk/03-bare.pdf"), format: .pdf)
        bare.dpi = 600
        try bare.write(to: URL(fileURLWithPath: "/tmp/pk/03-bare.png"), format: .png)
        try fig.write(to: URL(fileURLWithPath: "/tmp/pk/03.pdf"), format: .pdf)
    }

    @Test func heatmaps() throws {
        let fig = try Figure(width: 10, height: 7)
        try fig.heatmap([[0, 222, 0], [101, 2, 118], [27, 0, 56]], on: fig.addSubplot(), annotate: .integer)
        try fig.write(to: URL(fileURLWithPath: "/tmp/pk/17.png"), format: .png)
        let fig2 = try Figure(width: 8, height: 6)
        try fig2.heatmap([[222, 0, 0], [2, 101, 118], [0, 27, 56]], on: fig2.addSubplot(), colormap: .blues, annotate: .integer)
        try fig2.write(to: URL(fileURLWithPath: "/tmp/pk/19.png"), format: .png)
    }

    @Test func pairPlots() throws {
        let seven = ["vx", "vy", "vz", "En", "Lz", "feh", "alpha"]
        try PairPlot(columns: KindData.starColumns(seven)).figure().write(to: URL(fileURLWithPath: "/tmp/pk/12.png"), format: .png)
        let labels = KindData.shared.gaiaLabels7.map(Double.init)
        try PairPlot(columns: KindData.starColumns(seven), hue: .numeric(name: "cluster_labels", values: labels))
            .figure().write(to: URL(fileURLWithPath: "/tmp/pk/13.png"), format: .png)
        let four = ["vx_vz", "vy", "feh", "alpha"]
        try PairPlot(columns: KindData.starColumns(four)).figure().write(to: URL(fileURLWithPath: "/tmp/pk/15.png"), format: .png)
        var p = PairPlot(columns: KindData.starColumns(four),
                         hue: .numeric(name: "cluster_labels", values: KindData.shared.gaiaLabels4.map(Double.init), colormap: .viridis))
        try p.figure().write(to: URL(fileURLWithPath: "/tmp/pk/16.png"), format: .png)
        p.corner = true
        try p.figure().write(to: URL(fileURLWithPath: "/tmp/pk/16-corner.png"), format: .png)
        p.corner = false
        p.upper = .correlation
        try p.figure().write(to: URL(fileURLWithPath: "/tmp/pk/16-corr.png"), format: .png)
    }

    @Test func beyond() throws {
        let d = KindData.shared
        let f21 = try Figure(width: 8, height: 5)
        let a21 = f21.addSubplot()
        a21.y.scale = .log
        try a21.bar((1...10).map(Double.init), d.bgmmWeights, color: ColorCycle.tab10[0])
        a21.axhline(0.01, color: Color(hex: 0xd62728), pattern: .dashed)
        a21.setXLabel("component"); a21.setYLabel("weight")
        try f21.write(to: URL(fileURLWithPath: "/tmp/pk/21.png"), format: .png)

        let f22 = try Figure(width: 8, height: 6)
        let a22 = f22.addSubplot()
        try a22.silhouetteDiagram(values: d.silhouette4, labels: d.kmeans4Labels)
        try f22.write(to: URL(fileURLWithPath: "/tmp/pk/22.png"), format: .png)

        let f23 = try Figure(width: 8, height: 6)
        let a23 = f23.addSubplot()
        try a23.plot(KindData.column(d.gmmData, 0), KindData.column(d.gmmData, 1), "k.", markerSize: 2)
        let means = (0..<3).map { Point(d.gmmMeans[2 * $0], d.gmmMeans[2 * $0 + 1]) }
        let covs = (0..<3).map { Array(d.gmmCovariances[4 * $0..<4 * $0 + 4]) }
        try a23.confidenceEllipses(means: means, covariances: covs, fillAlpha: 0.25)
        try f23.write(to: URL(fileURLWithPath: "/tmp/pk/23.png"), format: .png)

        let g = d.gmmGrid(resolution: 200)
        let fc = try Figure()
        let ac = fc.addSubplot()
        let grid = try ContourGrid(x: g.x, y: g.y, z: g.negScore)
        let set = try ac.contourf(grid, levels: .explicit((0..<12).map { pow(10, 2.0 * Double($0) / 11) }), norm: try LogNorm(vmin: 1, vmax: 30),
                                  lines: ContourLineOptions(color: .black, width: 1, labels: ContourLabels(fontSize: 8, format: .decimals(1))))
        try fc.colorbar(set.colorBarSource, for: ac, label: "-log density")
        try fc.write(to: URL(fileURLWithPath: "/tmp/pk/cbar.png"), format: .png)
        let fl = try Figure()
        let al = fl.addSubplot()
        let lset = try al.contour(grid, levels: .automatic(7), labels: ContourLabels())
        try fl.colorbar(lset.colorBarSource, for: al)
        try fl.write(to: URL(fileURLWithPath: "/tmp/pk/clabel.png"), format: .png)
    }
}
