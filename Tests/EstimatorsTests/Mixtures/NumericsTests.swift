import Foundation
import Testing
@testable import Estimators

@Suite("numpy-order sums and scikit-learn's logsumexp")
struct NumericsTests {
    /// Reference pairwise sum written from numpy's description, independently of the implementation.
    static func numpySum(_ a: ArraySlice<Double>) -> Double {
        let n = a.count, s = a.startIndex
        if n < 8 { return a.reduce(0, +) }
        if n <= 128 {
            var r = Array(a[s..<(s + 8)])
            var i = 8
            while i < n - n % 8 {
                for j in 0..<8 { r[j] += a[s + i + j] }
                i += 8
            }
            var total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { total += a[s + i]; i += 1 }
            return total
        }
        var half = n / 2
        half -= half % 8
        return numpySum(a[s..<(s + half)]) + numpySum(a[(s + half)...])
    }

    @Test("NumpySum.pairwise follows numpy's blocking", arguments: [0, 1, 5, 7, 8, 9, 15, 16, 17, 100, 128, 129, 300, 1250, 5000])
    func pairwise(count: Int) {
        var rng = RandomState(seed: UInt32(count))
        var values: [Double] = []
        for _ in 0..<count {
            let centred: Double = rng.nextDouble() - 0.5
            let scale: Double = exp(10 * rng.nextDouble())
            values.append(centred * scale)
        }
        #expect(NumpySum.pairwise(values) == Self.numpySum(values[...]))
        // and it is not plain left-to-right summation once there are 8 or more values
        if count >= 300 { #expect(NumpySum.pairwise(values) != values.reduce(0, +)) }
    }

    @Test("logsumexp: ties counted, the rest summed and divided, log1p + log(count) + max")
    func logSumExp() {
        // One maximum: log1p(e^-1 + e^-2) + 0 + 3
        #expect(LogSumExp.of([1, 3, 2]) == log1p(exp(-2.0) + exp(-1.0)) + 3)
        // Two maxima: the others' sum is divided by 2 before log1p, and log 2 is added.
        #expect(LogSumExp.of([5, 5, 4]) == log1p(exp(-1.0) / 2) + log(2.0) + 5)
        // A dominant entry: exactly the maximum.
        #expect(LogSumExp.of([-1000, 0]) == 0)
        #expect(LogSumExp.of([-Double.infinity, -Double.infinity]) == -Double.infinity)
        #expect(LogSumExp.of([1, Double.infinity]) == Double.infinity)
        #expect(LogSumExp.of([1, Double.nan]).isNaN)
        // Ten entries: numpy sums exp with its 8-accumulator pairwise order.
        let row = (0..<10).map { -Double($0) * 0.37 }
        let terms = row.map { $0 == 0 ? 0 : exp($0) }
        #expect(LogSumExp.of(row) == log1p(Self.numpySum(terms[...])) + log(1.0) + 0)
    }
}
