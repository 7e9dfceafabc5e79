import Foundation
import Plotting

/// Small figures exercising each part of the figure model, for golden images
/// (`Goldens/plot-NAME.png`). Data come from a fixed generator, so they never change.
enum PlotGoldenFigure: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case scatter = "plot-scatter"
    case markers = "plot-markers"
    case lines = "plot-lines"
    case legend = "plot-legend"
    case log = "plot-log"
    case grid = "plot-grid"
    case despine = "plot-despine"
    case subplots = "plot-subplots"
    case annotations = "plot-annotations"
    case aggregation = "plot-aggregation"
    case colormap = "plot-colormap"

    var testDescription: String { rawValue }

    func figure() throws -> Figure {
        switch self {
        case .scatter: return try Self.scatterFigure()
        case .markers: return try Self.markersFigure()
        case .lines: return try Self.linesFigure()
        case .legend: return try Self.legendFigure()
        case .log: return try Self.logFigure()
        case .grid: return try Self.gridFigure()
        case .despine: return try Self.despineFigure()
        case .subplots: return try Self.subplotsFigure()
        case .annotations: return try Self.annotationsFigure()
        case .aggregation: return try Self.aggregationFigure()
        case .colormap: return try Self.colormapFigure()
        }
    }

    /// Standard normal pairs from a fixed xorshift generator (Box-Muller).
    static func normals(_ n: Int, seed: UInt64) -> (x: [Double], y: [Double]) {
        var s = seed | 1
        func u() -> Double {
            s ^= s << 13
            s ^= s >> 7
            s ^= s << 17
            return (Double(s >> 11) + 0.5) / Double(1 << 53)
        }
        // Small seeds start xorshift on small numbers (far tails); skip its first outputs.
        for _ in 0..<64 { _ = u() }
        var xs = [Double](repeating: 0, count: n), ys = xs
        for i in 0..<n {
            let r = (-2 * Foundation.log(u())).squareRoot(), t = 2 * Double.pi * u()
            xs[i] = r * Foundation.cos(t)
            ys[i] = r * Foundation.sin(t)
        }
        return (xs, ys)
    }

    /// Four blobs like the lab's make_blobs, coloured by blob (tab10), s = 50.
    static func scatterFigure() throws -> Figure {
        let fig = try Figure(width: 4, height: 3)
        let ax = fig.addSubplot()
        let centres = [(0.9, 4.4), (-1.5, 2.9), (1.9, 0.8), (-1.3, 7.8)]
        var xs: [Double] = [], ys: [Double] = [], labels: [Int] = []
        let (nx, ny) = normals(120, seed: 1)
        for i in 0..<120 {
            let c = centres[i % 4]
            xs.append(c.0 + 0.6 * nx[i])
            ys.append(c.1 + 0.6 * ny[i])
            labels.append(i % 4)
        }
        try ax.scatter(xs, ys, size: 50, colors: .categories(labels, palette: ColorCycle.tab10))
        return fig
    }

    /// Every marker shape with face and edge colours and alpha (white crosses stay white:
    /// matplotlib ignores edge colours of unfilled markers).
    static func markersFigure() throws -> Figure {
        let fig = try Figure(width: 4, height: 3)
        let ax = fig.addSubplot()
        for (i, shape) in MarkerShape.allCases.enumerated() {
            let y = Double(i)
            try ax.scatter([0, 1, 2], [y, y, y], size: 80, marker: shape, label: shape.rawValue)
            try ax.scatter([3, 4], [y, y], size: 80, color: .white, marker: shape, edge: .color(.black), edgeWidth: 1)
            try ax.scatter([5], [y], size: 150, color: Color(red: 0, green: 0, blue: 1), marker: shape, alpha: 0.5)
        }
        ax.y.setTicks((0..<MarkerShape.allCases.count).map(Double.init), labels: MarkerShape.allCases.map(\.rawValue))
        return fig
    }

    /// The four dash patterns at two widths, with markers, and a markers-only line.
    static func linesFigure() throws -> Figure {
        let fig = try Figure(width: 4, height: 3)
        let ax = fig.addSubplot()
        let x = (0...10).map(Double.init)
        for (i, pattern) in LinePattern.allCases.enumerated() {
            try ax.plot(x, x.map { Foundation.sin($0 / 2) + Double(i) }, pattern: pattern)
            try ax.plot(x, x.map { Foundation.sin($0 / 2) + Double(i) + 0.4 }, color: .black, width: 0.8, pattern: pattern)
        }
        try ax.plot(x, x.map { 4.6 + 0.05 * $0 }, "s", markerSize: 4)
        try ax.plot(x, x.map { -0.8 + 0.05 * $0 }, "-^", markerSize: 5)
        try ax.plot(x, x.map { -1.3 + 0.05 * $0 }, "k.", markerSize: 2)
        return fig
    }

    /// Two series with 'o' markers and a legend at 'best', as the lab's BIC/AIC figure.
    static func legendFigure() throws -> Figure {
        let fig = try Figure(width: 5, height: 3)
        let ax = fig.addSubplot()
        let k: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        try ax.plot(k, [9331, 8971, 8193, 8240, 8276, 8319, 8356, 8393], marker: .circle, label: "BIC")
        try ax.plot(k, [9305, 8915, 8104, 8121, 8126, 8139, 8145, 8151], marker: .circle, label: "AIC")
        try ax.fillBetween(k, [8050, 8050, 8050, 8050, 8050, 8050, 8050, 8050], [8100, 8120, 8090, 8110, 8100, 8120, 8090, 8110],
                           alpha: 0.3, label: "band")
        ax.legend(title: "criterion")
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Information Criterion")
        ax.title = "BIC and AIC"
        ax.x.setTicks(k)
        return fig
    }

    /// A log-log axis with decade labels (mathtext superscripts) and minor ticks.
    static func logFigure() throws -> Figure {
        let fig = try Figure(width: 4, height: 3)
        let ax = fig.addSubplot()
        try ax.plot([1, 10, 100, 1000, 1e4], [0.02, 0.5, 3, 40, 800], "r--")
        try ax.scatter([3, 30, 300, 3000], [0.1, 1, 10, 100], color: .black, marker: .x)
        ax.x.scale = .log
        ax.y.scale = .log
        ax.axhline(1, color: .black, width: 1, pattern: .dotted)
        ax.setXLabel("$n$ samples")
        ax.setYLabel("time (s)")
        return fig
    }

    /// The elbow curve: integer ticks, grid, title and labels (lab figure 05, smaller).
    static func gridFigure() throws -> Figure {
        let fig = try Figure(width: 5, height: 3)
        let ax = fig.addSubplot()
        let k: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        try ax.plot(k, [2812.1, 1437.9, 541.8, 212.0, 195.5, 176.3, 163.2, 144.5], "-o")
        ax.axvline(4, color: Color(hex: 0xd62728), width: 1, pattern: .dashed)
        ax.title = "Inertia as a Function of Number of Clusters"
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Inertia")
        ax.x.setTicks(k)
        ax.grid()
        return fig
    }

    /// seaborn-like: top and right spines removed, horizontal y label, offset text on x.
    static func despineFigure() throws -> Figure {
        let fig = try Figure(width: 4, height: 3)
        let ax = fig.addSubplot()
        let (nx, ny) = normals(200, seed: 3)
        try ax.scatter(nx.map { 100_000 + 2 * $0 }, ny.map { 3e-7 * $0 }, size: 12, color: Color(hex: 0x2ca02c), edge: .color(.white))
        ax.despine()
        ax.setXLabel("$v_x$ (km/s)")
        ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
        return fig
    }

    /// A 2 x 2 grid sharing x by column and y by row, a suptitle and a legend outside on the right.
    static func subplotsFigure() throws -> Figure {
        let fig = try Figure(width: 5, height: 4)
        let grid = try fig.subplots(rows: 2, columns: 2, shareX: .column, shareY: .row)
        let (nx, ny) = normals(90, seed: 5)
        for r in 0..<2 {
            for c in 0..<2 {
                let ax = grid[r][c]
                for k in 0..<3 {
                    let idx = (k * 30)..<(k * 30 + 30)
                    try ax.scatter(idx.map { nx[$0] * Double(c + 1) + Double(k) }, idx.map { ny[$0] * Double(r + 1) - Double(k) },
                                   size: 16, colors: .uniform(ColorCycle.tab10[k]), edge: .color(.white),
                                   label: r == 0 && c == 0 ? "cluster \(k)" : nil)
                }
                ax.despine()
            }
        }
        grid[1][0].setXLabel("vx")
        grid[1][1].setXLabel("vy")
        grid[0][0].setYLabel("feh")
        grid[1][0].setYLabel("alpha")
        fig.suptitle = "Pair plot coloured by cluster"
        fig.legend(Legend(location: .outsideRight, title: "cluster", showsFrame: false))
        return fig
    }

    /// Text in data and axes coordinates, arrows, reference lines and a filled band.
    static func annotationsFigure() throws -> Figure {
        let fig = try Figure(width: 4, height: 3)
        let ax = fig.addSubplot()
        let x = (0...40).map { Double($0) / 4 }
        try ax.plot(x, x.map { Foundation.exp(-$0 / 3) })
        try ax.fillBetween(x, x.map { Foundation.exp(-$0 / 3) - 0.05 }, x.map { Foundation.exp(-$0 / 3) + 0.05 }, alpha: 0.3)
        ax.axhline(0.5, color: .black, width: 0.8, pattern: .dashDot)
        ax.axvline(2.08, span: 0...0.5, color: Color(hex: 0xd62728))
        ax.annotate("half-life", point: Point(2.08, 0.5), textPosition: Point(4.5, 0.75))
        ax.annotate("tail", point: Point(8, Foundation.exp(-8.0 / 3)), textPosition: Point(6, 0.4), arrow: .filled,
                    color: Color(hex: 0x9467bd))
        ax.text(0.98, 0.95, "axes text", coordinates: .axes, horizontal: .right, vertical: .top)
        ax.text(7, 0.6, "rotated", rotation: 30)
        return fig
    }

    /// Points coloured through viridis (the lab's `c=labels, cmap='viridis'`), and
    /// 300,000 points shaded by log count through viridis (datashader's look).
    static func colormapFigure() throws -> Figure {
        let fig = try Figure(width: 6, height: 2.6)
        let grid = try fig.subplots(rows: 1, columns: 2)
        let (nx, ny) = normals(400, seed: 11)
        let values = nx.indices.map { nx[$0] + 0.5 * ny[$0] }
        let byValue = ColorScale(colormap: .viridis, norm: try Normalize(autoscaling: values))
        try grid[0][0].scatter(nx, ny, colors: .mapped(values, byValue), marker: .point)
        grid[0][0].title = "mapped values"
        let (bx, by) = normals(300_000, seed: 13)
        let counts = ColorScale(colormap: .viridis, norm: try Normalize(vmin: 0, vmax: 1))
        try grid[0][1].scatter(bx.indices.map { bx[$0] + 0.3 * by[$0] * by[$0] }, by, size: 1, color: .black,
                               density: .counts(counts))
        grid[0][1].title = "log counts"
        return fig
    }

    /// 200,000 points: drawn as one aggregated image, one colour, alpha 0.2.
    static func aggregationFigure() throws -> Figure {
        let fig = try Figure(width: 4, height: 3)
        let ax = fig.addSubplot()
        let (nx, ny) = normals(200_000, seed: 9)
        try ax.scatter(nx.indices.map { nx[$0] + ($0 % 2 == 0 ? 2.5 : 0) }, ny, size: 4, color: Color(hex: 0x1f77b4), alpha: 0.2)
        ax.title = "200,000 points"
        return fig
    }
}

import Testing
