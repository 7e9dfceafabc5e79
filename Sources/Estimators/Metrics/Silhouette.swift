/// The mean silhouette coefficient of a clustering (scikit-learn's `silhouette_score`).
///
/// For each sample, `a` is its mean Euclidean distance to the other members of
/// its cluster and `b` the smallest mean distance to the members of another
/// cluster; its coefficient is `(b - a) / max(a, b)`, and a sample alone in its
/// cluster scores 0. Distances are scikit-learn's
/// `sqrt(max(0, (|x|² - 2 x·y) + |y|²))` with a zero diagonal, computed in
/// blocks so memory stays O(samples), never an n x n matrix.
///
/// - Parameters:
///   - x: the samples, one row each.
///   - labels: any integer label per sample (re-encoded like scikit-learn's `LabelEncoder`).
///   - sampleSize: when set, the score is computed on the first `sampleSize` samples of
///     `RandomState(randomState).permutation(samples)` (all samples, shuffled, if it is larger).
///   - randomState: the seed for that subsample (scikit-learn's `random_state`; ignored without `sampleSize`).
/// - Returns: the mean coefficient, in [-1, 1].
/// - Throws: `SilhouetteError.invalidLabelCount` unless there are 2...n-1 distinct labels
///   (among the subsample, when one is taken); `.labelCountMismatch`, `.noFeatures`,
///   `.nonFiniteValue`, `.invalidSampleSize` for malformed input.
public func silhouetteScore(
    _ x: Matrix, labels: [Int], sampleSize: Int? = nil, randomState: UInt32 = 0
) throws(SilhouetteError) -> Double {
    try Silhouette.validate(x, labels: labels)
    var data = x
    var chosenLabels = labels
    if let size = sampleSize {
        guard size >= 1 else { throw .invalidSampleSize(size) }
        var rng = RandomState(seed: randomState)
        let indices = Array(rng.permutation(x.rows).prefix(size))
        data = x.selectingRows(indices)
        chosenLabels = indices.map { labels[$0] }
    }
    let coefficients = try silhouetteSamples(data, labels: chosenLabels)
    return NumpySum.mean(coefficients)
}

/// The silhouette coefficient of every sample (scikit-learn's `silhouette_samples`).
///
/// See `silhouetteScore(_:labels:sampleSize:randomState:)` for the definition;
/// samples alone in their cluster get 0.
///
/// - Throws: `SilhouetteError.invalidLabelCount` unless there are 2...n-1 distinct labels;
///   `.labelCountMismatch`, `.noFeatures`, `.nonFiniteValue` for malformed input.
public func silhouetteSamples(_ x: Matrix, labels: [Int]) throws(SilhouetteError) -> [Double] {
    try Silhouette.validate(x, labels: labels)
    let (codes, frequencies) = Silhouette.encode(labels)
    guard frequencies.count >= 2 && frequencies.count <= x.rows - 1 else {
        throw .invalidLabelCount(labels: frequencies.count, samples: x.rows)
    }
    return Silhouette.coefficients(x, codes: codes, frequencies: frequencies)
}

/// The blocked silhouette kernel behind `silhouetteScore` and `silhouetteSamples`.
enum Silhouette {
    /// Rows handled together, sharing each block of columns while it is in cache.
    static let rowTile = 16
    /// Columns streamed per pass over a tile of rows.
    static let columnBlock = 1024

    static func validate(_ x: Matrix, labels: [Int]) throws(SilhouetteError) {
        guard labels.count == x.rows else { throw .labelCountMismatch(labels: labels.count, samples: x.rows) }
        guard x.columns >= 1 else { throw .noFeatures }
        if let bad = x.storage.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(row: bad / x.columns, column: bad % x.columns, value: x.storage[bad])
        }
    }

    /// Labels re-encoded as 0..<L in sorted order of the original values, and each code's count.
    static func encode(_ labels: [Int]) -> (codes: [Int32], frequencies: [Double]) {
        let classes = Array(Set(labels)).sorted()
        var code = [Int: Int32]()
        for (index, value) in classes.enumerated() { code[value] = Int32(index) }
        var frequencies = [Double](repeating: 0, count: classes.count)
        let codes = labels.map { label -> Int32 in
            let c = code[label] ?? 0
            frequencies[Int(c)] += 1
            return c
        }
        return (codes, frequencies)
    }

    /// Per-sample coefficients. Each row's per-cluster distance sums are accumulated in
    /// column order (numpy's `bincount`), so the tiling changes nothing in the result.
    static func coefficients(_ x: Matrix, codes: [Int32], frequencies: [Double]) -> [Double] {
        let n = x.rows
        let d = x.columns
        let clusters = frequencies.count
        let norms = Self.rowSquaredNorms(x)
        var out = [Double](repeating: 0, count: n)
        let tiles = (n + rowTile - 1) / rowTile
        x.storage.withUnsafeBufferPointer { xs in
            norms.withUnsafeBufferPointer { ns in
                codes.withUnsafeBufferPointer { cs in
                    out.withUnsafeMutableBufferPointer { result in
                        Parallel.forEach(tiles) { tile in
                            let first = tile * rowTile
                            let last = min(n, first + rowTile)
                            var sums = [Double](repeating: 0, count: rowTile * clusters)
                            var distances = [Double](repeating: 0, count: columnBlock)
                            var blockStart = 0
                            while blockStart < n {
                                let blockEnd = min(n, blockStart + columnBlock)
                                for i in first..<last {
                                    let row = xs.baseAddress! + i * d
                                    let xx = ns[i]
                                    // Distances first (a loop the compiler can vectorise), then the sums in order.
                                    for j in blockStart..<blockEnd {
                                        let other = xs.baseAddress! + j * d
                                        var dot = row[0] * other[0]
                                        var f = 1
                                        while f < d {
                                            dot = dot.addingProduct(row[f], other[f])
                                            f += 1
                                        }
                                        let squared = (-2 * dot + xx) + ns[j]
                                        distances[j - blockStart] = max(squared, 0).squareRoot()
                                    }
                                    if i >= blockStart && i < blockEnd { distances[i - blockStart] = 0 }
                                    let base = (i - first) * clusters
                                    for j in blockStart..<blockEnd {
                                        sums[base + Int(cs[j])] += distances[j - blockStart]
                                    }
                                }
                                blockStart = blockEnd
                            }
                            for i in first..<last {
                                let base = (i - first) * clusters
                                let own = Int(cs[i])
                                let a = sums[base + own] / (frequencies[own] - 1)
                                var b = Double.infinity
                                for c in 0..<clusters where c != own {
                                    b = min(b, sums[base + c] / frequencies[c])
                                }
                                let s = (b - a) / max(a, b)
                                result[i] = s.isNaN ? 0 : s
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// `row_norms(X, squared=True)`: each row's squared norm, summed in feature order.
    static func rowSquaredNorms(_ x: Matrix) -> [Double] {
        var out = [Double](repeating: 0, count: x.rows)
        let d = x.columns
        for i in 0..<x.rows {
            var total = 0.0
            for f in 0..<d { total += x.storage[i * d + f] * x.storage[i * d + f] }
            out[i] = total
        }
        return out
    }
}
