import Foundation

/// A one-dimensional Gaussian kernel density estimate, as `scipy.stats.gaussian_kde` makes it
/// and seaborn's `kdeplot` uses it.
///
/// The kernel's standard deviation is `factor × sd(data)` with the sample standard deviation
/// (ddof 1) and Scott's factor `n^(-1/5)` (the `d = 1` case of `n^(-1/(d+4))`) times
/// seaborn's `bw_adjust`. The density integrates to 1 over the real line.
public struct GaussianKDE: Sendable {
    /// How the bandwidth factor is chosen.
    public enum Bandwidth: Sendable, Hashable {
        /// Scott's rule, `n^(-1/5)`: scipy's and seaborn's default.
        case scott
        /// Silverman's rule, `(3n/4)^(-1/5)`.
        case silverman
        /// This factor times the data's standard deviation.
        case factor(Double)
    }

    /// The data, NaN dropped.
    public let samples: [Double]
    /// Multiplies the data's standard deviation to give the kernel's (seaborn's `bw_adjust` included).
    public let factor: Double
    /// The data's standard deviation (ddof 1).
    public let dataStandardDeviation: Double
    /// The smallest and largest sample, where seaborn's support starts and ends before the cut.
    public let sampleRange: ClosedRange<Double>

    /// The kernel's standard deviation: what seaborn calls `bw` when it sets the support.
    public var kernelStandardDeviation: Double { factor * dataStandardDeviation }

    public init(_ data: [Double], bandwidth: Bandwidth = .scott, adjust: Double = 1) throws(StatisticsError) {
        let values = try HistogramBins.finiteValues(data, what: "kernel density data")
        guard values.count >= 2 else { throw .tooFewValues(what: "kernel density data", count: values.count, minimum: 2) }
        guard adjust > 0 && adjust.isFinite else {
            throw .invalidParameter(name: "bandwidth adjustment", value: adjust, expected: "a finite number > 0")
        }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        guard variance > 0 else { throw .zeroVariance(what: "kernel density data") }
        let base: Double
        switch bandwidth {
        case .scott: base = pow(n, -1.0 / 5.0)
        case .silverman: base = pow(n * 3.0 / 4.0, -1.0 / 5.0)
        case .factor(let f):
            guard f > 0 && f.isFinite else { throw .invalidParameter(name: "bandwidth factor", value: f, expected: "a finite number > 0") }
            base = f
        }
        samples = values
        factor = base * adjust
        dataStandardDeviation = variance.squareRoot()
        sampleRange = values.reduce(Double.infinity) { Swift.min($0, $1) }...values.reduce(-Double.infinity) { Swift.max($0, $1) }
    }

    /// The estimated density at `x`.
    public func density(at x: Double) -> Double {
        let s = kernelStandardDeviation
        let inv = 1 / s
        var sum = 0.0
        for xi in samples {
            let u = (x - xi) * inv
            sum += exp(-0.5 * u * u)
        }
        return sum / (Double(samples.count) * s * (2 * Double.pi).squareRoot())
    }

    /// The density at each point; large jobs are split into fixed chunks over both cores.
    public func density(at xs: [Double]) -> [Double] {
        let work = xs.count * samples.count
        guard work > 200_000 else { return xs.map(density(at:)) }
        let chunks = ParallelChunks.ranges(xs.count, pieces: 8)
        return ParallelChunks.map(chunks.count) { c in chunks[c].map { density(at: xs[$0]) } }.flatMap { $0 }
    }

    /// seaborn's evaluation grid: `gridSize` evenly spaced points from `cut` kernel widths below
    /// the smallest sample to `cut` widths above the largest, clipped to `clip`.
    public func support(gridSize: Int = 200, cut: Double = 3, clip: ClosedRange<Double>? = nil) -> [Double] {
        let bw = kernelStandardDeviation
        var lo = sampleRange.lowerBound - bw * cut, hi = sampleRange.upperBound + bw * cut
        if let clip { lo = Swift.max(lo, clip.lowerBound); hi = Swift.min(hi, clip.upperBound) }
        return ContourGrid.linspace(lo...Swift.max(lo, hi), Swift.max(gridSize, 2))
    }
}
