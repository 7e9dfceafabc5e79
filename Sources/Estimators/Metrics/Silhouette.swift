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
    ///
    /// The distance of a pair is `sqrt(max(0, (-2 x·y + |x|²) + |y|²))`; scikit-learn's BLAS
    /// fuses the multiply-adds of `x·y`, this sums them with plain operations (see
    /// `LloydEngine.assignLabels`), so a distance can differ in its last bit.
    static func coefficients(_ x: Matrix, codes: [Int32], frequencies: [Double]) -> [Double] {
        let n = x.rows
        let d = x.columns
        let clusters = frequencies.count
        let features = LloydEngine.featureMajor(x.storage, rows: n, columns: d)
        let norms = Self.rowSquaredNorms(x)
        var out = [Double](repeating: 0, count: n)
        let tiles = (n + rowTile - 1) / rowTile
        features.withUnsafeBufferPointer { fs in
            norms.withUnsafeBufferPointer { ns in
                codes.withUnsafeBufferPointer { cs in
                    out.withUnsafeMutableBufferPointer { result in
                        Parallel.forEach(tiles) { tile in
                            let first = tile * rowTile
                            let last = min(n, first + rowTile)
                            let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: rowTile * clusters)
                            let distances = UnsafeMutablePointer<Double>.allocate(capacity: columnBlock)
                            defer { sums.deallocate(); distances.deallocate() }
                            sums.initialize(repeating: 0)
                            var blockStart = 0
                            while blockStart < n {
                                let width = min(columnBlock, n - blockStart)
                                for i in first..<last {
                                    rowDistances(i, fs, ns, n: n, d: d, from: blockStart, width: width, into: distances)
                                    if i >= blockStart && i < blockStart + width { distances[i - blockStart] = 0 }
                                    let base = (i - first) * clusters
                                    for t in 0..<width {
                                        sums[base + Int(cs[blockStart + t])] += distances[t]
                                    }
                                }
                                blockStart += width
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

    /// Distances from sample `i` to samples `start..<start + width` of feature-major data,
    /// one feature at a time so each loop runs over contiguous memory and vectorises.
    @inline(__always)
    private static func rowDistances(
        _ i: Int, _ fs: UnsafeBufferPointer<Double>, _ ns: UnsafeBufferPointer<Double>, n: Int, d: Int,
        from start: Int, width: Int, into out: UnsafeMutablePointer<Double>
    ) {
        let base = fs.baseAddress!
        let x0 = base[i]
        let first = base + start
        for t in 0..<width { out[t] = x0 * first[t] }
        var f = 1
        while f < d {
            let xf = base[f * n + i]
            let feature = base + f * n + start
            for t in 0..<width { out[t] = out[t] + xf * feature[t] }
            f += 1
        }
        let xx = ns[i]
        let others = ns.baseAddress! + start
        for t in 0..<width {
            let squared = (-2 * out[t] + xx) + others[t]
            out[t] = (squared < 0 ? 0 : squared).squareRoot()
        }
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
