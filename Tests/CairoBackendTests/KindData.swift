import Foundation
import Plotting

/// The lab's data and fitted models for the plot-kind pixel tests, from
/// `Goldens/kind-data.json` (written by `Scripts/make-plotkind-fixtures.py` with scikit-learn).
struct KindData: Decodable {
    let blobs: [Double]
    let kmeans4: [Double]
    let kmeans3: [Double]
    let gmmData: [Double]
    let gmmMeans: [Double]
    let gmmCovariances: [Double]
    let gmmWeights: [Double]
    let probe: [Double]
    let probeScore: [Double]
    let probeLabels: [Int]
    let gaiaLabels7: [Int]
    let gaiaLabels4: [Int]
    let gmmLabels: [Int]
    let kmeans4Labels: [Int]
    let silhouette4: [Double]
    let bgmmWeights: [Double]

    static let shared: KindData = {
        do {
            return try JSONDecoder().decode(KindData.self, from: Goldens.fixture("kind-data.json"))
        } catch {
            preconditionFailure("Goldens/kind-data.json missing or unreadable (\(error)); run Scripts/make-plotkind-fixtures.py")
        }
    }()

    /// Column `c` of a row-major n x 2 matrix.
    static func column(_ m: [Double], _ c: Int) -> [Double] { stride(from: c, to: m.count, by: 2).map { m[$0] } }

    /// The mixture's log density at a point (scikit-learn's `score_samples`), and the most
    /// likely component (`predict`), from the fitted full covariances.
    func gmmScore(_ x: Double, _ y: Double) -> (score: Double, label: Int) {
        var logs: [Double] = []
        for k in 0..<gmmWeights.count {
            let a = gmmCovariances[4 * k], b = gmmCovariances[4 * k + 1], d = gmmCovariances[4 * k + 3]
            let det = a * d - b * b
            let dx = x - gmmMeans[2 * k], dy = y - gmmMeans[2 * k + 1]
            let maha = (d * dx * dx - 2 * b * dx * dy + a * dy * dy) / det
            logs.append(log(gmmWeights[k]) - 0.5 * (2 * log(2 * Double.pi) + log(det) + maha))
        }
        let m = logs.max() ?? 0
        let label = logs.indices.max { logs[$0] < logs[$1] } ?? 0
        return (m + log(logs.reduce(0) { $0 + exp($1 - m) }), label)
    }

    /// The lab's `plot_gaussian_mixture` grid: `resolution` points a side over the data's
    /// range ± 0.1, with `-score_samples` and `predict` at every node.
    func gmmGrid(resolution: Int) -> (x: [Double], y: [Double], negScore: [Double], labels: [Int]) {
        let xs = Self.column(gmmData, 0), ys = Self.column(gmmData, 1)
        let gx = ContourGrid.linspace((xs.min()! - 0.1)...(xs.max()! + 0.1), resolution)
        let gy = ContourGrid.linspace((ys.min()! - 0.1)...(ys.max()! + 0.1), resolution)
        var z = [Double](repeating: 0, count: resolution * resolution)
        var labels = [Int](repeating: 0, count: resolution * resolution)
        for i in 0..<resolution {
            for j in 0..<resolution {
                let s = gmmScore(gx[j], gy[i])
                z[i * resolution + j] = -s.score
                labels[i * resolution + j] = s.label
            }
        }
        return (gx, gy, z, labels)
    }

    /// The lab's `plot_decision_boundaries` grid for a K-means model: nearest centre at every node.
    func kmeansGrid(centres: [Double], resolution: Int) -> (x: [Double], y: [Double], labels: [Int]) {
        let xs = Self.column(blobs, 0), ys = Self.column(blobs, 1)
        let gx = ContourGrid.linspace((xs.min()! - 0.1)...(xs.max()! + 0.1), resolution)
        let gy = ContourGrid.linspace((ys.min()! - 0.1)...(ys.max()! + 0.1), resolution)
        let k = centres.count / 2
        var labels = [Int](repeating: 0, count: resolution * resolution)
        for i in 0..<resolution {
            for j in 0..<resolution {
                var best = 0, bestD = Double.infinity
                for c in 0..<k {
                    let dx = gx[j] - centres[2 * c], dy = gy[i] - centres[2 * c + 1]
                    let d = dx * dx + dy * dy
                    if d < bestD { bestD = d; best = c }
                }
                labels[i * resolution + j] = best
            }
        }
        return (gx, gy, labels)
    }

    /// The star table's columns by name (`Goldens/kind-gaia.csv`, a copy of the project's mock catalogue).
    static let stars: [String: [Double]] = {
        guard let text = try? String(decoding: Goldens.fixture("kind-gaia.csv"), as: UTF8.self) else {
            preconditionFailure("Goldens/kind-gaia.csv missing")
        }
        let lines = text.split(whereSeparator: \.isNewline)
        let header = lines[0].split(separator: ",").map(String.init)
        var columns = [String: [Double]]()
        for line in lines.dropFirst() {
            for (name, field) in zip(header, line.split(separator: ",", omittingEmptySubsequences: false)) {
                columns[name, default: []].append(Double(field) ?? .nan)
            }
        }
        columns["vx_vz"] = zip(columns["vx"]!, columns["vz"]!).map { ($0 * $0 + $1 * $1).squareRoot() }
        return columns
    }()

    /// Pair-plot columns of the star table, in order.
    static func starColumns(_ names: [String]) -> [PairPlot.Column] {
        names.map { PairPlot.Column($0, stars[$0] ?? []) }
    }
}
