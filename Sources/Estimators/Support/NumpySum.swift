/// numpy's summation orders, reproduced so that small reductions round exactly as numpy's do.
enum NumpySum {
    /// `np.sum` of a contiguous 1-D array: pairwise summation with eight
    /// accumulators in blocks of at most 128 (numpy's `pairwise_sum`).
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

    /// `np.sum` of an array (pairwise, as above).
    static func pairwise(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { pairwise($0) }
    }

    /// `np.mean` of an array: the pairwise sum divided by the count.
    static func mean(_ values: [Double]) -> Double {
        pairwise(values) / Double(values.count)
    }
}
