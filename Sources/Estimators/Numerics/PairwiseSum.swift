/// numpy's pairwise summation, reproduced operation for operation.
///
/// `np.sum` (and therefore `np.mean`) over a contiguous axis does not add left
/// to right: below 8 values it does, up to 128 it keeps eight running sums and
/// combines them as `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))`, and above that it
/// splits the range in two (at a multiple of 8) and recurses. Reductions that
/// scikit-learn takes with `np.sum`/`np.mean` (the mean log-likelihood, the
/// variational entropy term, weight normalisation) use this so that results
/// agree with scikit-learn to the last digit rather than to ~1e-15.
///
/// Reductions over axis 0 of a C-ordered array (`resp.sum(axis=0)`,
/// `X.mean(axis=0)`) are plain left-to-right sums in numpy and do not use this.
enum PairwiseSum {
    /// The block length below which numpy stops recursing.
    static let blockSize = 128

    /// The sum of `count` values starting at `base`, `stride` elements apart.
    static func sum(_ base: UnsafePointer<Double>, count: Int, stride: Int = 1) -> Double {
        if count < 8 {
            var result = 0.0
            var i = 0
            while i < count {
                result += base[i * stride]
                i += 1
            }
            return result
        }
        if count <= blockSize {
            var r0 = base[0], r1 = base[stride], r2 = base[2 * stride], r3 = base[3 * stride]
            var r4 = base[4 * stride], r5 = base[5 * stride], r6 = base[6 * stride], r7 = base[7 * stride]
            var i = 8
            let whole = count - count % 8
            while i < whole {
                r0 += base[i * stride]
                r1 += base[(i + 1) * stride]
                r2 += base[(i + 2) * stride]
                r3 += base[(i + 3) * stride]
                r4 += base[(i + 4) * stride]
                r5 += base[(i + 5) * stride]
                r6 += base[(i + 6) * stride]
                r7 += base[(i + 7) * stride]
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < count {
                result += base[i * stride]
                i += 1
            }
            return result
        }
        var half = count / 2
        half -= half % 8
        return sum(base, count: half, stride: stride) + sum(base + half * stride, count: count - half, stride: stride)
    }

    /// The sum of a buffer, as `np.sum` computes it.
    static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
        guard let base = values.baseAddress, values.count > 0 else { return 0 }
        return sum(base, count: values.count)
    }

    /// The sum of an array, as `np.sum` computes it.
    static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { sum($0) }
    }

    /// The mean of an array, as `np.mean` computes it (pairwise sum, then one division).
    static func mean(_ values: [Double]) -> Double {
        sum(values) / Double(values.count)
    }
}
