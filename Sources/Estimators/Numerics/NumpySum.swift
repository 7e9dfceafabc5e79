/// numpy's summation orders, reproduced so that reductions round exactly as numpy's do.
///
/// Floating-point sums depend on the order of additions: numpy's `sum` over a
/// contiguous float64 array is a pairwise sum (`pairwise`) added to the initial 0.0
/// (`sum`), and a sum that casts
/// (int64 to float64) runs that pairwise sum over buffers of 8192 elements added
/// one after another (`castingSum`).
enum NumpySum {
    /// numpy's `pairwise_sum` of a contiguous 1-D array, the kernel of `np.sum`: pairwise
    /// summation with eight accumulators in blocks of at most 128.
    static func pairwise(_ values: UnsafeBufferPointer<Double>) -> Double {
        let n = values.count
        if n < 8 {
            var result = 0.0
            for value in values { result += value }
            return result
        }
        if n <= 128 {
            var r0 = values[0], r1 = values[1], r2 = values[2], r3 = values[3]
            var r4 = values[4], r5 = values[5], r6 = values[6], r7 = values[7]
            let blockEnd = n - n % 8
            var i = 8
            while i < blockEnd {
                r0 += values[i]; r1 += values[i + 1]; r2 += values[i + 2]; r3 += values[i + 3]
                r4 += values[i + 4]; r5 += values[i + 5]; r6 += values[i + 6]; r7 += values[i + 7]
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            for j in blockEnd..<n { result += values[j] }
            return result
        }
        var half = n / 2
        half -= half % 8
        return pairwise(UnsafeBufferPointer(rebasing: values[0..<half]))
            + pairwise(UnsafeBufferPointer(rebasing: values[half..<n]))
    }

    /// numpy's `pairwise_sum` of an array (as above).
    static func pairwise(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { pairwise($0) }
    }

    /// `np.mean` of an array: the pairwise sum divided by the count.
    static func mean(_ values: [Double]) -> Double {
        pairwise(values) / Double(values.count)
    }

    /// numpy's buffer size for casting reductions (`np.getbufsize()`).
    static let castBufferSize = 8192

    /// `np.sum(values)` for a contiguous float64 array (the pairwise sum added to numpy's initial 0.0, so that
    /// a sum of negative zeros is +0.0).
    static func sum(_ values: [Double]) -> Double {
        0.0 + pairwise(values)
    }

    /// `np.sum(values, dtype=np.float64)` for an int64 array: buffered casts, pairwise within each buffer.
    static func castingSum(_ values: [Int64]) -> Double {
        var total = 0.0
        var buffer = [Double](repeating: 0, count: min(castBufferSize, values.count))
        var start = 0
        while start < values.count {
            let end = min(values.count, start + castBufferSize)
            for i in start..<end { buffer[i - start] = Double(values[i]) }
            total += buffer.withUnsafeBufferPointer {
                pairwise(UnsafeBufferPointer(rebasing: $0[0..<(end - start)]))
            }
            start = end
        }
        return total
    }
}
