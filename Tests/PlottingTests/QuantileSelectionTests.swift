import Foundation
import Testing
@testable import Plotting

/// Percentiles by selection and histogram counts by arithmetic must give exactly what a
/// full sort and a binary search give: the histogram fixtures hold numpy's values, these
/// hold the fast paths to the slow ones on awkward inputs.
@Suite struct QuantileSelectionTests {
    struct Random {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// Inputs that break naive quickselects: sorted, reversed, all equal, few distinct
    /// values, organ pipe, signed zeros, plus plain noise; 1 to 5000 values.
    static func awkwardInputs() -> [(String, [Double])] {
        var random = Random(state: 42)
        var cases: [(String, [Double])] = []
        for n in [1, 2, 3, 7, 64, 1000, 5000] {
            let noise = (0..<n).map { _ in random.next() * 200 - 100 }
            cases.append(("noise \(n)", noise))
            cases.append(("sorted \(n)", noise.sorted()))
            cases.append(("reversed \(n)", noise.sorted().reversed()))
            cases.append(("equal \(n)", Array(repeating: 3.25, count: n)))
            cases.append(("few distinct \(n)", (0..<n).map { _ in Double(Int(random.next() * 4)) }))
            cases.append(("organ pipe \(n)", (0..<n).map { Double(Swift.min($0, n - 1 - $0)) }))
            cases.append(("signed zeros \(n)", (0..<n).map { $0 % 3 == 0 ? -0.0 : ($0 % 3 == 1 ? 0.0 : 1) }))
        }
        return cases
    }

    @Test func percentilesBySelectionEqualPercentilesOfTheSortedValues() {
        let qs = [0, 0.25, 0.3, 0.5, 0.75, 0.999, 1]
        for (name, values) in Self.awkwardInputs() {
            let expected = qs.map { Quantile.linear(sorted: values.sorted(), $0) }
            let selected = Quantile.linear(unsorted: values, qs)
            #expect(selected == expected, "\(name)")
        }
    }

    @Test func selectionPutsTheRankedValueInPlaceAndPartitionsAroundIt() {
        for (name, values) in Self.awkwardInputs() {
            let sorted = values.sorted()
            for k in Set([0, values.count / 3, values.count / 2, values.count - 1]) {
                var work = values
                Quantile.select(&work, k, in: 0..<work.count)
                #expect(work[k] == sorted[k], "\(name), rank \(k)")
                #expect(work[..<k].allSatisfy { $0 <= work[k] } && work[(k + 1)...].allSatisfy { $0 >= work[k] }, "\(name), rank \(k)")
                #expect(work.sorted() == sorted, "\(name): selection only moves values")
            }
        }
    }

    /// The bin of each value the slow way: the last edge at or below it (right end in the last bin).
    static func bruteForceCounts(_ data: [Double], edges: [Double]) -> [Int] {
        var counts = [Int](repeating: 0, count: edges.count - 1)
        for v in data where v >= edges[0] && v <= edges[edges.count - 1] {
            counts[(0..<(edges.count - 1)).last { edges[$0] <= v } ?? 0] += 1
        }
        return counts
    }

    @Test func countsByArithmeticEqualCountsBySearch() throws {
        var random = Random(state: 7)
        let data = (0..<20_000).map { _ in random.next() * 10 - 2 } + [.nan, -.infinity, .infinity, -2, 8]
        // Equal steps (the usual case), values exactly on every edge included.
        let uniform = ContourGrid.linspace(-2...8, 37)
        #expect(HistogramBins.counts(data + uniform, edges: uniform) == Self.bruteForceCounts(data + uniform, edges: uniform))
        // Uneven and repeated edges take the search path.
        let uneven: [Double] = [-2, -1.5, -1.5, 0, 0.001, 3, 7.99, 8]
        #expect(HistogramBins.counts(data + uneven, edges: uneven) == Self.bruteForceCounts(data + uneven, edges: uneven))
        // One bin of zero width, and edges spanning more than the largest double.
        #expect(HistogramBins.counts([1, 1, 2], edges: [1, 1]) == [2])
        #expect(HistogramBins.counts([-1e308, 0, 1e308], edges: [-1.5e308, 0, 1.5e308]) == [1, 2])
    }
}
