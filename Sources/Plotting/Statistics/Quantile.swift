/// numpy's default (`method="linear"`) percentile, to the last bit: the virtual index
/// `(n - 1) q` and numpy's two-sided linear interpolation between the order statistics
/// on either side of it.
enum Quantile {
    /// The `q` percentile of values already sorted ascending.
    static func linear(sorted v: [Double], _ q: Double) -> Double {
        precondition(!v.isEmpty, "quantile of no values")
        let (previous, next, gamma) = position(count: v.count, q)
        return interpolate(v[previous], v[next], gamma)
    }

    /// The `qs` percentiles of unsorted values (no NaN), equal to sorting them and calling
    /// `linear(sorted:_:)`, but found by selection: O(n) a percentile instead of an O(n log n)
    /// sort, which for a million values is most of a histogram's bin choice.
    static func linear(unsorted values: [Double], _ qs: [Double]) -> [Double] {
        precondition(!values.isEmpty, "quantile of no values")
        let positions = qs.map { position(count: values.count, $0) }
        // Every order statistic needed, ascending; each selection works right of the previous one.
        let ranks = Array(Set(positions.flatMap { [$0.previous, $0.next] })).sorted()
        var work = values
        var ordered: [Int: Double] = [:]
        var start = 0
        for rank in ranks {
            select(&work, rank, in: start..<work.count)
            ordered[rank] = work[rank]
            start = rank + 1
        }
        return positions.map { p in interpolate(ordered[p.previous] ?? .nan, ordered[p.next] ?? .nan, p.gamma) }
    }

    /// numpy's virtual index split into the order statistics around it and the weight between them.
    private static func position(count: Int, _ q: Double) -> (previous: Int, next: Int, gamma: Double) {
        let virtual = Double(count - 1) * q
        let previous = Swift.max(0, Swift.min(Int(virtual.rounded(.down)), count - 1))
        let next = Swift.min(previous + 1, count - 1)
        return (previous, next, virtual - Double(previous))
    }

    /// numpy's `_lerp`: from the nearer end, so that q = 1 gives the maximum exactly.
    private static func interpolate(_ a: Double, _ b: Double, _ gamma: Double) -> Double {
        let diff = b - a
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma
    }

    /// Rearranges `a[range]` so that index `k` holds the value a sort would put there, with
    /// no larger value before it and no smaller one after (C++'s `nth_element`). Values must
    /// not be NaN. Quickselect with a median-of-three pivot; a range that keeps splitting
    /// badly is sorted instead, so the worst case stays O(n log n).
    static func select(_ a: inout [Double], _ k: Int, in range: Range<Int>) {
        precondition(range.contains(k) && range.upperBound <= a.count, "rank \(k) outside \(range)")
        a.withUnsafeMutableBufferPointer { p in
            var lo = range.lowerBound, hi = range.upperBound - 1
            var budget = 2 * (Int.bitWidth - range.count.leadingZeroBitCount) + 4
            while hi > lo {
                if budget == 0 {
                    p[lo...hi].sort()
                    return
                }
                budget -= 1
                let mid = lo + (hi - lo) / 2
                if p[mid] < p[lo] { p.swapAt(mid, lo) }
                if p[hi] < p[lo] { p.swapAt(hi, lo) }
                if p[hi] < p[mid] { p.swapAt(hi, mid) }
                let pivot = p[mid]
                // Hoare partition: afterwards lo...j ≤ pivot ≤ i...hi, and j < i.
                var i = lo, j = hi
                while i <= j {
                    while p[i] < pivot { i += 1 }
                    while pivot < p[j] { j -= 1 }
                    if i <= j {
                        p.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if k <= j {
                    hi = j
                } else if k >= i {
                    lo = i
                } else {
                    return  // between j and i every value equals the pivot
                }
            }
        }
    }
}
