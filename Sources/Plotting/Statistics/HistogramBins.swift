import Foundation

/// How a histogram chooses its bins, with numpy's rules.
public enum BinRule: Sendable, Hashable {
    /// numpy's and seaborn's default: the smaller of the Sturges width and a Freedman–Diaconis width
    /// held to at least half the square-root rule's (numpy ≥ 2.1), as `np.histogram_bin_edges(x, "auto")`.
    case auto
    /// Width `range / (log2(n) + 1)`.
    case sturges
    /// Width `2 IQR n^(-1/3)` (one bin when the IQR is zero).
    case freedmanDiaconis
    /// Width `range / sqrt(n)`.
    case squareRoot
    /// This many equal bins over the data range.
    case count(Int)
    /// These edges, which must not decrease.
    case edges([Double])
}

/// Histogram binning and counting as numpy does it, so that bars land where seaborn puts them.
public enum HistogramBins {
    /// The bin edges for `data` (NaN dropped), equal to `np.histogram_bin_edges(data, bins)`.
    /// Empty data gives numpy's single bin over 0...1. `range` replaces the data's extent.
    public static func edges(_ data: [Double], rule: BinRule = .auto, range: ClosedRange<Double>? = nil) throws(StatisticsError) -> [Double] {
        let values = try finiteValues(data, what: "histogram data")
        if case .edges(let e) = rule {
            guard e.count >= 2 else { throw .tooFewValues(what: "histogram edges", count: e.count, minimum: 2) }
            for i in 1..<e.count where e[i] < e[i - 1] { throw .edgesNotIncreasing(index: i) }
            return e
        }
        var first: Double, last: Double
        if let range {
            guard range.lowerBound.isFinite && range.upperBound.isFinite else {
                throw .invalidParameter(name: "histogram range", value: range.lowerBound.isFinite ? range.upperBound : range.lowerBound, expected: "finite bounds")
            }
            (first, last) = (range.lowerBound, range.upperBound)
        } else if let lo = values.min(), let hi = values.max() {
            (first, last) = (lo, hi)
        } else {
            (first, last) = (0, 1)
        }
        if first == last { first -= 0.5; last += 0.5 }
        let bins: Int
        switch rule {
        case .count(let n):
            guard n >= 1 && n <= 100_000_000 else {
                throw .invalidParameter(name: "histogram bin count", value: Double(n), expected: "1 to 100,000,000")
            }
            bins = n
        case .edges:
            return []  // handled above
        case .auto, .sturges, .freedmanDiaconis, .squareRoot:
            // numpy trims the data to the range before estimating the width.
            let inRange = range == nil ? values : values.filter { $0 >= first && $0 <= last }
            if inRange.isEmpty {
                bins = 1
            } else {
                let width = Self.width(inRange, rule: rule)
                if width > 0 && width.isFinite {
                    let n = ((last - first) / width).rounded(.up)
                    guard n <= 1e8 else {
                        throw .invalidParameter(name: "histogram bin count", value: n, expected: "at most 100,000,000 (the data's spread is tiny against its range)")
                    }
                    bins = Int(n)
                } else {
                    bins = 1
                }
            }
        }
        return ContourGrid.linspace(first...last, bins + 1)
    }

    /// The bin width a rule picks for data (finite, non-empty).
    static func width(_ values: [Double], rule: BinRule) -> Double {
        let n = Double(values.count)
        guard let lo = values.min(), let hi = values.max() else { return 0 }
        let ptp = hi - lo
        let sturges = ptp / (log2(n) + 1)
        let sqrtRule = ptp / n.squareRoot()
        // Selection, not a sort: the same two percentiles in O(n).
        let quartiles = Quantile.linear(unsorted: values, [0.25, 0.75])
        let iqr = quartiles[1] - quartiles[0]
        let fd = 2 * iqr * pow(n, -1.0 / 3.0)
        switch rule {
        case .sturges: return sturges
        case .freedmanDiaconis: return fd
        case .squareRoot: return sqrtRule
        default: return Swift.min(Swift.max(fd, sqrtRule / 2), sturges)
        }
    }

    /// How many values fall in each bin: `[edge k, edge k+1)`, the last bin closed on the right,
    /// values outside all bins and NaN ignored (`np.histogram`).
    public static func counts(_ data: [Double], edges: [Double]) -> [Int] {
        let bins = edges.count - 1
        guard bins >= 1 else { return [] }
        var counts = [Int](repeating: 0, count: bins)
        let first = edges[0], last = edges[bins]
        // Edges are usually equal steps (`linspace`): the bin is then found by arithmetic and
        // confirmed against the edges, as numpy does; other edges fall back to binary search.
        let perUnit = Double(bins) / (last - first)
        edges.withUnsafeBufferPointer { e in
            for v in data where v >= first && v <= last {
                let position = (v - first) * perUnit
                if position.isFinite {
                    let guess = Int(Swift.min(Double(bins - 1), Swift.max(0, position.rounded(.down))))
                    if e[guess] <= v && (guess == bins - 1 || v < e[guess + 1]) {
                        counts[guess] += 1
                        continue
                    }
                }
                // Binary search: the last edge ≤ v, with the right end in the last bin.
                var lo = 0, hi = bins
                while hi - lo > 1 {
                    let mid = (lo + hi) >> 1
                    if e[mid] <= v { lo = mid } else { hi = mid }
                }
                counts[lo] += 1
            }
        }
        return counts
    }

    static func finiteValues(_ data: [Double], what: String) throws(StatisticsError) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(data.count)
        for (i, v) in data.enumerated() {
            if v.isNaN { continue }
            guard v.isFinite else { throw .nonFinite(what: what, index: i) }
            out.append(v)
        }
        return out
    }
}
