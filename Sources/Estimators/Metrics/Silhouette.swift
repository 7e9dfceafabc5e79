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
///     `RandomState(seed: seed).permutation(samples)` (all samples, shuffled, if it is larger).
///   - seed: the seed for that subsample (scikit-learn's `random_state`; ignored without `sampleSize`).
/// - Returns: the mean coefficient, in [-1, 1].
/// - Throws: `SilhouetteError.invalidLabelCount` unless there are 2...n-1 distinct labels
///   (among the subsample, when one is taken); `.labelCountMismatch`, `.noFeatures`,
///   `.nonFiniteValue`, `.invalidSampleSize` for malformed input.
public func silhouetteScore(
    _ x: Matrix, labels: [Int], sampleSize: Int? = nil, seed: UInt32 = 0
) throws(SilhouetteError) -> Double {
    try Silhouette.validate(x, labels: labels)
    var data = x
    var chosenLabels = labels
    if let size = sampleSize {
        guard size >= 1 else { throw .invalidSampleSize(size) }
        var rng = RandomState(seed: seed)
        let indices = Array(rng.permutation(x.rows).prefix(size))
        data = x.selectingRows(indices)
        chosenLabels = indices.map { labels[$0] }
    }
    let coefficients = try silhouetteSamples(data, labels: chosenLabels)
    return NumpySum.mean(coefficients)
}

/// The silhouette coefficient of every sample (scikit-learn's `silhouette_samples`).
///
/// See `silhouetteScore(_:labels:sampleSize:seed:)` for the definition;
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
    static func validate(_ x: Matrix, labels: [Int]) throws(SilhouetteError) {
        guard labels.count == x.rows else { throw .labelCountMismatch(labels: labels.count, samples: x.rows) }
        guard x.columns >= 1 else { throw .noFeatures }
        if let bad = x.firstNonFiniteValue() {
            throw .nonFiniteValue(row: bad.row, column: bad.column, value: bad.value)
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
    ///
    /// Rows go in tiles of eight `SIMD8` lanes: every column is compared with eight rows at
    /// once and added into their per-cluster sums, each lane doing exactly the scalar steps.
    /// Memory is O(samples x features); no distance matrix is ever stored.
    static func coefficients(_ x: Matrix, codes: [Int32], frequencies: [Double]) -> [Double] {
        let n = x.rows
        let d = x.columns
        let clusters = frequencies.count
        let features = LloydEngine.featureMajor(x.storage, rows: n, columns: d)
        // -2 y, so that x·(-2y) = -2 (x·y) exactly (scaling by a power of two is exact).
        let scaled = features.map { -2 * $0 }
        let norms = Self.rowSquaredNorms(x)
        var sums = [Double](repeating: 0, count: n * clusters)
        let tiles = FixedChunks(rows: n, rowsPerChunk: lanes)
        features.withUnsafeBufferPointer { fs in
            scaled.withUnsafeBufferPointer { ms in
                norms.withUnsafeBufferPointer { ns in
                    codes.withUnsafeBufferPointer { cs in
                        sums.withUnsafeMutableBufferPointer { allSums in
                            tiles.forEach { _, rows in
                                if rows.count == lanes {
                                    tileSums(rows.lowerBound, fs, ms, ns, cs, n: n, d: d, clusters: clusters, into: allSums)
                                } else {
                                    for i in rows {
                                        rowSums(i, fs, ms, ns, cs, n: n, d: d, clusters: clusters, into: allSums)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var out = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let base = i * clusters
            let own = Int(codes[i])
            let a = sums[base + own] / (frequencies[own] - 1)
            var b = Double.infinity
            for c in 0..<clusters where c != own {
                b = min(b, sums[base + c] / frequencies[c])
            }
            let s = (b - a) / max(a, b)
            out[i] = s.isNaN ? 0 : s
        }
        return out
    }

    /// Rows per SIMD tile.
    static let lanes = 8

    /// Per-cluster distance sums of rows `first..<first + 8` against every column.
    private static func tileSums(
        _ first: Int, _ fs: UnsafeBufferPointer<Double>, _ ms: UnsafeBufferPointer<Double>,
        _ ns: UnsafeBufferPointer<Double>, _ cs: UnsafeBufferPointer<Int32>, n: Int, d: Int, clusters: Int,
        into sums: UnsafeMutableBufferPointer<Double>
    ) {
        guard let base = fs.baseAddress, let scaled = ms.baseAddress, let normBase = ns.baseAddress else { return }
        let rows = UnsafeMutablePointer<SIMD8<Double>>.allocate(capacity: d)
        let accumulators = UnsafeMutablePointer<SIMD8<Double>>.allocate(capacity: clusters)
        defer { rows.deallocate(); accumulators.deallocate() }
        for f in 0..<d {
            rows[f] = UnsafeRawPointer(base + f * n + first).loadUnaligned(as: SIMD8<Double>.self)
        }
        accumulators.initialize(repeating: .zero, count: clusters)
        let xx = UnsafeRawPointer(normBase + first).loadUnaligned(as: SIMD8<Double>.self)
        // Squared distances for a block of columns, then one flat square-root loop over the
        // block (which the compiler turns into packed square roots), then the sums in column order.
        let block = 64
        let squares = UnsafeMutablePointer<SIMD8<Double>>.allocate(capacity: block)
        defer { squares.deallocate() }
        var start = 0
        while start < n {
            let width = min(block, n - start)
            for t in 0..<width {
                let column = start + t
                var dot = rows[0] * scaled[column]
                var f = 1
                while f < d {
                    dot += rows[f] * scaled[f * n + column]
                    f += 1
                }
                squares[t] = (dot + xx) + ns[column]
            }
            UnsafeMutableRawPointer(squares).withMemoryRebound(to: Double.self, capacity: width * lanes) { flat in
                // max(0, ·) in the same expression as the root lets the compiler use packed square roots.
                for k in 0..<(width * lanes) { flat[k] = (flat[k] < 0 ? 0 : flat[k]).squareRoot() }
            }
            if first < start + width && start < first + lanes {
                for lane in 0..<lanes where first + lane >= start && first + lane < start + width {
                    squares[first + lane - start][lane] = 0
                }
            }
            for t in 0..<width {
                accumulators[Int(cs[start + t])] += squares[t]
            }
            start += width
        }
        for lane in 0..<lanes {
            for c in 0..<clusters { sums[(first + lane) * clusters + c] = accumulators[c][lane] }
        }
    }

    /// Per-cluster distance sums of one row against every column (the rows left over by the tiles).
    private static func rowSums(
        _ i: Int, _ fs: UnsafeBufferPointer<Double>, _ ms: UnsafeBufferPointer<Double>,
        _ ns: UnsafeBufferPointer<Double>, _ cs: UnsafeBufferPointer<Int32>, n: Int, d: Int, clusters: Int,
        into sums: UnsafeMutableBufferPointer<Double>
    ) {
        guard let base = fs.baseAddress, let scaled = ms.baseAddress else { return }
        for t in 0..<n {
            var dot = base[i] * scaled[t]
            var f = 1
            while f < d {
                dot += base[f * n + i] * scaled[f * n + t]
                f += 1
            }
            let squared = (dot + ns[i]) + ns[t]
            let distance = t == i ? 0 : (squared < 0 ? 0 : squared).squareRoot()
            sums[i * clusters + Int(cs[t])] += distance
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
