/// numpy's quantile arithmetic, operation for operation, so that `describe()` matches pandas' digits.
///
/// numpy's linear-interpolation quantile (`_lerp`) is reproduced over a partition
/// rather than a sort; the summaries' sums are `NumpySum`'s.
enum NumpyQuantiles {
    /// numpy's describe() quantiles (25 %, 50 %, 75 %) need these positions of the sorted values.
    static func quantilePositions(count: Int) -> [Int] {
        Array(Set([0.25, 0.5, 0.75].flatMap { q -> [Int] in
            let (previous, next, _) = neighbours(count: count, q)
            return [previous, next]
        })).sorted()
    }

    /// Rearranges `values` so that each of the ascending `positions` holds what a full sort would put
    /// there (as numpy's `partition` does): expected linear time instead of a sort's n log n.
    static func select<T: Comparable>(_ values: inout [T], positions: [Int]) {
        values.withUnsafeMutableBufferPointer { buffer in
            var low = 0
            for k in positions where k >= low && k < buffer.count {
                quickselect(buffer, k, low, buffer.count - 1)
                low = k + 1
            }
        }
    }

    /// Hoare-partition quickselect with a median-of-three pivot; sorts the range if it recurses too deep.
    private static func quickselect<T: Comparable>(_ a: UnsafeMutableBufferPointer<T>, _ k: Int, _ first: Int,
                                                   _ last: Int) {
        var low = first
        var high = last
        var depth = 0
        while high > low {
            if depth > 64 {
                var range = UnsafeMutableBufferPointer(rebasing: a[low...high])
                range.sort()
                return
            }
            let middle = low + (high - low) / 2
            if a[middle] < a[low] { a.swapAt(middle, low) }
            if a[high] < a[low] { a.swapAt(high, low) }
            if a[high] < a[middle] { a.swapAt(high, middle) }
            let pivot = a[middle]
            var i = low
            var j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return
            }
            depth += 1
        }
    }

    /// `np.quantile(values, q)` (method 'linear') of a non-empty float64 array whose
    /// ``quantilePositions(count:)`` hold their sorted values (see ``select(_:positions:)``).
    static func quantile(sorted: [Double], _ q: Double) -> Double {
        let (previous, next, gamma) = neighbours(count: sorted.count, q)
        let a = sorted[previous]
        let b = sorted[next]
        let difference = b - a
        return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
    }

    /// `np.quantile(values, q)` of a non-empty int64 array prepared like the float64 one
    /// (the difference taken in integers, as numpy does).
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
