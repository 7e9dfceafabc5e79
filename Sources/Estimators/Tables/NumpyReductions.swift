/// numpy's summation and quantile arithmetic, operation for operation, so that summaries match pandas' digits.
///
/// Floating-point sums depend on the order of additions; numpy's `sum` over a
/// contiguous float64 array is a pairwise (cascade) sum with an 8-way unrolled
/// base case of at most 128 elements, and a sum that casts (int64 to float64)
/// runs that pairwise sum over buffers of 8192 elements added one after another.
/// These functions reproduce both, and numpy's linear-interpolation quantile
/// (`_lerp`), so `describe()` agrees with pandas to the last bit.
enum NumpyReductions {
    /// numpy's buffer size for casting reductions (`np.getbufsize()`).
    static let castBufferSize = 8192

    /// `np.sum(values)` for a contiguous float64 array.
    static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { 0.0 + pairwiseSum($0) }
    }

    /// `np.sum(values, dtype=np.float64)` for an int64 array: buffered casts, pairwise within each buffer.
    static func castingSum(_ values: [Int64]) -> Double {
        var total = 0.0
        var buffer = [Double](repeating: 0, count: min(castBufferSize, values.count))
        var start = 0
        while start < values.count {
            let end = min(values.count, start + castBufferSize)
            for i in start..<end { buffer[i - start] = Double(values[i]) }
            total += buffer.withUnsafeBufferPointer { pairwiseSum(UnsafeBufferPointer(rebasing: $0[0..<(end - start)])) }
            start = end
        }
        return total
    }

    /// numpy's `pairwise_sum_DOUBLE`.
    static func pairwiseSum(_ a: UnsafeBufferPointer<Double>) -> Double {
        let n = a.count
        if n < 8 {
            var result = -0.0
            for value in a { result += value }
            return result
        }
        if n <= 128 {
            var r0 = a[0], r1 = a[1], r2 = a[2], r3 = a[3]
            var r4 = a[4], r5 = a[5], r6 = a[6], r7 = a[7]
            var i = 8
            let unrolledEnd = n - n % 8
            while i < unrolledEnd {
                r0 += a[i]
                r1 += a[i + 1]
                r2 += a[i + 2]
                r3 += a[i + 3]
                r4 += a[i + 4]
                r5 += a[i + 5]
                r6 += a[i + 6]
                r7 += a[i + 7]
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += a[i]
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return pairwiseSum(UnsafeBufferPointer(rebasing: a[0..<half]))
            + pairwiseSum(UnsafeBufferPointer(rebasing: a[half..<n]))
    }

    /// `np.quantile(sorted, q)` (method 'linear') of an ascending, non-empty float64 array.
    static func quantile(sorted: [Double], _ q: Double) -> Double {
        let (previous, next, gamma) = neighbours(count: sorted.count, q)
        let a = sorted[previous]
        let b = sorted[next]
        let difference = b - a
        return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
    }

    /// `np.quantile(sorted, q)` of an ascending, non-empty int64 array (the difference taken in integers, as numpy does).
    static func quantile(sorted: [Int64], _ q: Double) -> Double {
        let (previous, next, gamma) = neighbours(count: sorted.count, q)
        let a = sorted[previous]
        let b = sorted[next]
        let (exact, overflow) = b.subtractingReportingOverflow(a)
        // numpy would wrap around on overflow; the exact difference in floating point is the honest answer.
        let difference = overflow ? Double(b) - Double(a) : Double(exact)
        return gamma >= 0.5 ? Double(b) - difference * (1 - gamma) : Double(a) + difference * gamma
    }

    /// The indices around quantile `q` of `count` sorted values and the interpolation weight, as numpy computes them.
    private static func neighbours(count: Int, _ q: Double) -> (Int, Int, Double) {
        let virtualIndex = Double(count - 1) * q
        let below = virtualIndex.rounded(.down)
        if virtualIndex >= Double(count - 1) {
            // numpy takes the last element for both neighbours, with gamma measured from index -1.
            return (count - 1, count - 1, virtualIndex + 1)
        }
        let previous = Int(below)
        return (previous, previous + 1, virtualIndex - below)
    }
}
