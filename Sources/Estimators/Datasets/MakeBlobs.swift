/// Gaussian blobs for clustering, drawn exactly as scikit-learn's `make_blobs`
/// with `random_state=seed` draws them.
///
/// Centres are drawn uniformly in `centerBox` (`centers * features` doubles,
/// row-major). Samples are split evenly, the first `samples % centers` centres
/// getting one more, generated centre by centre as `centre + std * z`, then
/// shuffled by a Fisher–Yates pass over the row indices.
///
/// ```swift
/// let blobs = try makeBlobs(samples: 300, centers: 4, clusterStd: 0.6, seed: 0)
/// ```
///
/// - Throws: `BlobsError` when a count is below 1, a standard deviation is
///   negative or not finite, the spreads do not match the centres, or the box is not finite.
public func makeBlobs(
    samples: Int = 100, centers: Int = 3, features: Int = 2, clusterStd: ClusterSpread = 1.0,
    centerBox: ClosedRange<Double> = -10...10, shuffle: Bool = true, seed: UInt32
) throws(BlobsError) -> Blobs {
    var rng = RandomState(seed: seed)
    return try makeBlobs(samples: samples, centers: centers, features: features, clusterStd: clusterStd,
                         centerBox: centerBox, shuffle: shuffle, using: &rng)
}

/// Gaussian blobs drawn from a caller's generator (`make_blobs(random_state=rng)`),
/// which continues from where this leaves it.
///
/// - Throws: as `makeBlobs(samples:centers:features:clusterStd:centerBox:shuffle:seed:)`.
public func makeBlobs(
    samples: Int = 100, centers: Int = 3, features: Int = 2, clusterStd: ClusterSpread = 1.0,
    centerBox: ClosedRange<Double> = -10...10, shuffle: Bool = true, using rng: inout RandomState
) throws(BlobsError) -> Blobs {
    guard samples >= 1 else { throw .invalidSampleCount(samples) }
    guard features >= 1 else { throw .invalidFeatureCount(features) }
    guard centers >= 1 else { throw .invalidCenterCount(centers) }
    guard centerBox.lowerBound.isFinite && centerBox.upperBound.isFinite else {
        throw .invalidCenterBox(lower: centerBox.lowerBound, upper: centerBox.upperBound)
    }
    let spreads = try checkedSpreads(clusterStd, centers: centers)
    let low = centerBox.lowerBound
    let range = centerBox.upperBound - low
    var centerStorage = [Double](repeating: 0, count: centers * features)
    for i in centerStorage.indices {
        centerStorage[i] = low + range * rng.nextDouble()
    }
    let centerMatrix = Matrix(rows: centers, columns: features, storage: centerStorage)
    return drawBlobs(samples: samples, centers: centerMatrix, spreads: spreads, shuffle: shuffle, using: &rng)
}

/// Gaussian blobs around given centres (`make_blobs(centers=array)`); nothing is drawn for the centres.
///
/// - Throws: `BlobsError` when `samples < 1`, the centre matrix is empty or not finite,
///   or the standard deviations are invalid or do not match the centres.
public func makeBlobs(
    samples: Int = 100, centers: Matrix, clusterStd: ClusterSpread = 1.0, shuffle: Bool = true, seed: UInt32
) throws(BlobsError) -> Blobs {
    var rng = RandomState(seed: seed)
    return try makeBlobs(samples: samples, centers: centers, clusterStd: clusterStd, shuffle: shuffle, using: &rng)
}

/// Gaussian blobs around given centres, drawn from a caller's generator.
///
/// - Throws: as `makeBlobs(samples:centers:clusterStd:shuffle:seed:)`.
public func makeBlobs(
    samples: Int = 100, centers: Matrix, clusterStd: ClusterSpread = 1.0, shuffle: Bool = true,
    using rng: inout RandomState
) throws(BlobsError) -> Blobs {
    guard samples >= 1 else { throw .invalidSampleCount(samples) }
    guard centers.rows >= 1 else { throw .invalidCenterCount(centers.rows) }
    guard centers.columns >= 1 else { throw .invalidFeatureCount(centers.columns) }
    if let bad = centers.firstNonFiniteValue() {
        throw .nonFiniteCenter(row: bad.row, column: bad.column, value: bad.value)
    }
    let spreads = try checkedSpreads(clusterStd, centers: centers.rows)
    return drawBlobs(samples: samples, centers: centers, spreads: spreads, shuffle: shuffle, using: &rng)
}

/// One standard deviation per centre, each finite and non-negative.
private func checkedSpreads(_ spread: ClusterSpread, centers: Int) throws(BlobsError) -> [Double] {
    let values: [Double]
    switch spread {
    case .same(let value):
        values = [Double](repeating: value, count: centers)
    case .perCenter(let given):
        guard given.count == centers else { throw .spreadCountMismatch(spreads: given.count, centers: centers) }
        values = given
    }
    if let bad = values.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
        throw .invalidStandardDeviation(index: bad, value: values[bad])
    }
    return values
}

/// The sampling and shuffling steps shared by both ways of giving centres.
private func drawBlobs(
    samples: Int, centers: Matrix, spreads: [Double], shuffle: Bool, using rng: inout RandomState
) -> Blobs {
    let k = centers.rows
    let features = centers.columns
    var x = Matrix(rows: samples, columns: features)
    var labels = [Int](repeating: 0, count: samples)
    var start = 0
    for i in 0..<k {
        let count = samples / k + (i < samples % k ? 1 : 0)
        rng.fillNormal(&x.storage, from: start * features, rows: count, means: centers.row(i),
                       standardDeviation: spreads[i])
        for r in start..<(start + count) { labels[r] = i }
        start += count
    }
    guard shuffle else { return Blobs(samples: x, labels: labels, centers: centers) }
    let order = rng.permutation(samples)
    return Blobs(samples: x.selectingRows(order), labels: order.map { labels[$0] }, centers: centers)
}
