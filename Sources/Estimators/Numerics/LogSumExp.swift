import Foundation

/// `log(sum(exp(a)))` over a short row, computed the way scikit-learn's `_logsumexp` does.
///
/// scikit-learn does not subtract the maximum and add it back in the textbook
/// way: it counts the entries equal to the maximum (`c`), sums `exp(a - max)`
/// over the others only, divides that sum by `c`, and returns
/// `log1p(s) + log(c) + max`. The sum runs over the whole row with the maximal
/// entries contributing zero, in numpy's pairwise order. Reproducing this keeps
/// mixture log-likelihoods equal to scikit-learn's to the last digit, and keeps
/// the result exact when one component dominates (`s` underflows to 0 and the
/// answer is `max + log(c)` without rounding).
enum LogSumExp {
    /// The log-sum-exp of `count` values at `row`; `scratch` must hold `count` doubles.
    ///
    /// An all `-inf` row gives `-inf`, a row containing `+inf` gives `+inf` and one containing NaN gives NaN, as in numpy.
    static func of(_ row: UnsafePointer<Double>, count: Int, scratch: UnsafeMutablePointer<Double>) -> Double {
        guard count > 0 else { return -.infinity }
        var maximum = -Double.infinity
        for k in 0..<count {
            let value = row[k]
            if value.isNaN { return .nan }
            if value > maximum { maximum = value }
        }
        var ties = 0.0
        let shift = maximum.isFinite ? maximum : 0
        for k in 0..<count {
            if row[k] == maximum {
                ties += 1
                scratch[k] = 0
            } else {
                scratch[k] = exp(row[k] - shift)
            }
        }
        var s = NumpySum.pairwise(UnsafeBufferPointer(start: scratch, count: count))
        if s != 0 {
            s /= ties
        }
        // log(1) is exactly 0 and adding it changes nothing, so the usual single maximum skips the call.
        return ties == 1 ? log1p(s) + maximum : log1p(s) + log(ties) + maximum
    }

    /// The log-sum-exp of an array (convenience for small rows and tests).
    static func of(_ values: [Double]) -> Double {
        var scratch = [Double](repeating: 0, count: values.count)
        return values.withUnsafeBufferPointer { row in
            scratch.withUnsafeMutableBufferPointer { buffer in
                guard let rowBase = row.baseAddress, let scratchBase = buffer.baseAddress else { return -.infinity }
                return of(rowBase, count: values.count, scratch: scratchBase)
            }
        }
    }
}
