import CairoBackend
import Estimators
import Foundation
import Plotting

/// Each workload's set-up (untimed) and timed body.
extension BenchWorkload {
    /// Makes the workload's data and returns the timed part; files it writes go to `outputFolder`.
    func prepare(outputFolder: URL) throws(BenchError) -> PreparedWorkload {
        switch self {
        case .kmeans: try prepareKMeans()
        case .gaussianMixture: try prepareGaussianMixture()
        case .silhouette: try prepareSilhouette()
        case .densityGrid: try prepareDensityGrid()
        case .contourPNG: try prepareContour(to: outputFolder.appendingPathComponent("\(name).png"))
        case .scatterPNG: try prepareScatter(to: outputFolder.appendingPathComponent("\(name).png"))
        }
    }

    private func attempt<T>(_ stage: String, _ body: () throws -> T) throws(BenchError) -> T {
        try PreparedWorkload.attempt(self, stage, body)
    }

    private func prepareKMeans() throws(BenchError) -> PreparedWorkload {
        let blobs = try attempt("preparing") { try makeBlobs(samples: 1_000_000, centers: 8, features: 2, seed: 0) }
        let x = blobs.samples
        return PreparedWorkload(workload: self) { () throws(BenchError) in
            let model = try attempt("running") { try KMeans(clusters: 8, initializations: 1, seed: 0).fit(x) }
            return .init { () throws(BenchError) in
                var check = WorkloadCheck()
                check.add("inertia", model.inertia)
                check.add("n_iter", model.iterations)
                check.add("labels_fnv1a", LabelDigest.hex(model.labels))
                return check
            }
        }
    }

    private func prepareGaussianMixture() throws(BenchError) -> PreparedWorkload {
        let blobs = try attempt("preparing") { try makeBlobs(samples: 100_000, centers: 3, features: 7, seed: 0) }
        let x = blobs.samples
        return PreparedWorkload(workload: self) { () throws(BenchError) in
            let model = try attempt("running") { try GaussianMixture(components: 3, seed: 0).fit(x) }
            return .init { () throws(BenchError) in
                try attempt("checking") {
                    var check = WorkloadCheck()
                    check.add("bic", try model.bic(x))
                    check.add("lower_bound", model.lowerBound)
                    check.add("n_iter", model.iterations)
                    check.add("converged", model.converged)
                    check.add("labels_fnv1a", LabelDigest.hex(try model.predict(x)))
                    return check
                }
            }
        }
    }

    private func prepareSilhouette() throws(BenchError) -> PreparedWorkload {
        let blobs = try attempt("preparing") { try makeBlobs(samples: 10_000, centers: 3, features: 7, seed: 0) }
        return PreparedWorkload(workload: self) { () throws(BenchError) in
            let score = try attempt("running") { try silhouetteScore(blobs.samples, labels: blobs.labels) }
            return .init { () throws(BenchError) in
                var check = WorkloadCheck()
                check.add("score", score)
                return check
            }
        }
    }

    private func prepareDensityGrid() throws(BenchError) -> PreparedWorkload {
        let density = try attempt("preparing") { try DensityGridData.make() }
        return PreparedWorkload(workload: self) { () throws(BenchError) in
            let scores = try attempt("running") { try density.model.scoreSamples(density.points) }
            return .init { () throws(BenchError) in
                var check = WorkloadCheck()
                check.add("sum", scores.reduce(0, +))
                check.add("min", scores.min() ?? .nan)
                check.add("max", scores.max() ?? .nan)
                for index in DensityGridData.probeIndices where index < scores.count {
                    check.add("at_\(index)", scores[index])
                }
                return check
            }
        }
    }

    private func prepareContour(to url: URL) throws(BenchError) -> PreparedWorkload {
        let (grid, levels, norm) = try attempt("preparing") {
            let density = try DensityGridData.make()
            let scores = try density.model.scoreSamples(density.points)
            let grid = try ContourGrid(x: density.axis, y: density.axis, z: scores.map { -$0 })
            // np.logspace(0, 2, 12): ten to the powers of np.linspace(0, 2, 12).
            let levels = ContourGrid.linspace(0...2, 12).map { pow(10, $0) }
            return (grid, levels, try LogNorm(vmin: 1, vmax: 30))
        }
        return PreparedWorkload(workload: self) { () throws(BenchError) in
            try attempt("running") {
                let figure = try Figure(width: 6.4, height: 4.8, dpi: 100)
                let axes = figure.addSubplot()
                try axes.contourf(grid, levels: .explicit(levels), norm: norm)
                try axes.contour(grid, levels: .explicit(levels), norm: norm, colors: [.black], widths: [1])
                try figure.write(to: url, format: .png)
            }
            return .init { () throws(BenchError) in try Self.pngCheck(url, workload: self) }
        }
    }

    private func prepareScatter(to url: URL) throws(BenchError) -> PreparedWorkload {
        let (x, y) = try attempt("preparing") {
            var rng = RandomState(seed: 0)
            let points = rng.standardNormal(rows: 1_000_000, columns: 2)
            return (points.column(0), points.column(1))
        }
        return PreparedWorkload(workload: self) { () throws(BenchError) in
            try attempt("running") {
                let figure = try Figure(width: 6.4, height: 4.8, dpi: 100)
                // 2 px at 100 dpi is 1.44 pt across, an area of 1.44² pt²; no outline.
                try figure.addSubplot().scatter(x, y, size: 1.44 * 1.44, color: .black, edge: .none)
                try figure.write(to: url, format: .png)
            }
            return .init { () throws(BenchError) in try Self.pngCheck(url, workload: self) }
        }
    }

    /// A written PNG's size in bytes and its pixel dimensions, read from its header.
    static func pngCheck(_ url: URL, workload: BenchWorkload) throws(BenchError) -> WorkloadCheck {
        try PreparedWorkload.attempt(workload, "checking") {
            let bytes = try Data(contentsOf: url)
            var check = WorkloadCheck()
            check.add("png_bytes", bytes.count)
            // The IHDR chunk follows the 8-byte signature and its 8-byte length and type.
            if bytes.count >= 24 {
                let word = { (offset: Int) -> Int in
                    bytes[offset ..< offset + 4].reduce(0) { $0 << 8 | Int($1) }
                }
                check.add("width", word(16))
                check.add("height", word(20))
            }
            return check
        }
    }
}
