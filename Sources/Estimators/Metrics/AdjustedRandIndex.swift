/// The Rand index adjusted for chance: `sklearn.metrics.adjusted_rand_score`.
///
/// 1 for identical partitions (whatever the label values), about 0 for random
/// ones, negative for worse than chance; symmetric in its arguments. Computed from
/// the pair confusion matrix exactly as scikit-learn computes it, in exact integer
/// arithmetic, so the result matches scikit-learn's to the last bit:
/// `2 (tp·tn − fn·fp) / ((tp + fn)(fn + tn) + (tp + fp)(fp + tn))`, with
/// scikit-learn's special case: 1.0 when there are no disagreeing pairs
/// (fn = fp = 0: empty input, one cluster in both, or singletons in both).
///
/// - Throws: ``LabelMetricsError/lengthMismatch(trueCount:predictedCount:)``.
public func adjustedRandIndex<A: Hashable, B: Hashable>(
    _ labelsTrue: [A], _ labelsPredicted: [B]
) throws(LabelMetricsError) -> Double {
    guard labelsTrue.count == labelsPredicted.count else {
        throw .lengthMismatch(trueCount: labelsTrue.count, predictedCount: labelsPredicted.count)
    }
    let n = labelsTrue.count
    // Dense codes for each labeling, then the sparse contingency table.
    let (trueCodes, classCount) = denseCodes(labelsTrue)
    let (predictedCodes, clusterCount) = denseCodes(labelsPredicted)
    var cells: [Int: Int] = [:]
    var classSizes = [Int](repeating: 0, count: classCount)
    var clusterSizes = [Int](repeating: 0, count: clusterCount)
    for k in 0..<n {
        cells[trueCodes[k] * clusterCount + predictedCodes[k], default: 0] += 1
        classSizes[trueCodes[k]] += 1
        clusterSizes[predictedCodes[k]] += 1
    }
    // Pair confusion matrix, as sklearn.metrics.cluster.pair_confusion_matrix.
    var sumSquares: Int128 = 0
    var againstClusters: Int128 = 0   // Σ n_ij · n_.j
    var againstClasses: Int128 = 0    // Σ n_ij · n_i.
    for (key, count) in cells {
        let c = Int128(count)
        sumSquares += c * c
        againstClusters += c * Int128(clusterSizes[key % clusterCount])
        againstClasses += c * Int128(classSizes[key / clusterCount])
    }
    let samples = Int128(n)
    let tp = sumSquares - samples
    let fp = againstClusters - sumSquares
    let fn = againstClasses - sumSquares
    let tn = samples * samples - fp - fn - sumSquares
    if fn == 0 && fp == 0 { return 1.0 }
    // Python evaluates 2.0 * int / int: each integer rounded once to a double.
    if let numerator = exactly({ tp * tn - fn * fp }, tp, tn, fn, fp),
       let denominator = exactly({ (tp + fn) * (fn + tn) + (tp + fp) * (fp + tn) }, tp, tn, fn, fp) {
        return 2.0 * Double(numerator) / Double(denominator)
    }
    // Beyond 128 bits (billions of samples): the same formula in floating point.
    let (dtp, dtn, dfn, dfp) = (Double(tp), Double(tn), Double(fn), Double(fp))
    return 2.0 * (dtp * dtn - dfn * dfp) / ((dtp + dfn) * (dfn + dtn) + (dtp + dfp) * (dfp + dtn))
}

/// The value of a quadratic form in the pair counts, or nil if it would overflow 128 bits.
///
/// Pair counts are below n², so their pairwise products fit while n² < 2^63;
/// the check keeps larger inputs from trapping.
private func exactly(_ form: () -> Int128, _ counts: Int128...) -> Int128? {
    let limit = Int128(1) << 62
    return counts.allSatisfy({ $0.magnitude < limit.magnitude }) ? form() : nil
}

/// Codes 0, 1, 2, … for the distinct values, in order of first appearance, and how many there are.
private func denseCodes<T: Hashable>(_ values: [T]) -> ([Int], Int) {
    var codes: [T: Int] = [:]
    var out = [Int]()
    out.reserveCapacity(values.count)
    for value in values {
        if let code = codes[value] {
            out.append(code)
        } else {
            let code = codes.count
            codes[value] = code
            out.append(code)
        }
    }
    return (out, codes.count)
}
