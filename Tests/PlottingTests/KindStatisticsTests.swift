import Foundation
import Testing
@testable import Plotting

/// Histogram bins against numpy and kernel densities against scipy and seaborn.
@Suite("Histogram and KDE statistics")
struct KindStatisticsTests {
    static var histogramCases: [KindFixtures.Histogram] { KindFixtures.shared.histograms }
    static var kdeCases: [KindFixtures.KDE] { KindFixtures.shared.kde }

    @Test("bin edges equal np.histogram_bin_edges for every rule", arguments: histogramCases)
    func binEdges(_ c: KindFixtures.Histogram) throws {
        #expect(try HistogramBins.edges(c.data, rule: .auto) == c.edges)
        #expect(try HistogramBins.edges(c.data, rule: .sturges) == c.sturges)
        #expect(try HistogramBins.edges(c.data, rule: .freedmanDiaconis) == c.fd)
        #expect(try HistogramBins.edges(c.data, rule: .squareRoot) == c.sqrt)
    }

    @Test("counts equal np.histogram", arguments: histogramCases)
    func counts(_ c: KindFixtures.Histogram) throws {
        #expect(HistogramBins.counts(c.data, edges: c.edges) == c.counts)
    }

    @Test("histogram input errors name the problem")
    func histogramErrors() {
        #expect(throws: StatisticsError.nonFinite(what: "histogram data", index: 1)) {
            try HistogramBins.edges([1, .infinity, 2])
        }
        #expect(throws: StatisticsError.edgesNotIncreasing(index: 2)) {
            try HistogramBins.edges([1, 2], rule: .edges([0, 2, 1]))
        }
        #expect((try? HistogramBins.edges([])) == [0, 1])
    }

    @Test("KDE equals scipy's gaussian_kde at the samples and seaborn's curve on its support", arguments: kdeCases)
    func kdeMatchesScipy(_ c: KindFixtures.KDE) throws {
        let kde = try GaussianKDE(c.data, adjust: c.adjust)
        #expect(close(kde.factor, c.factor, relative: 1e-14))
        #expect(close(kde.kernelStandardDeviation, c.kernelSD, relative: 1e-12))
        for (x, expected) in zip(c.data, c.atSamples) {
            #expect(close(kde.density(at: x), expected, relative: 1e-11), "at sample \(x)")
        }
        let support = kde.support(gridSize: 200, cut: 3)
        #expect(support.count == c.support.count)
        for (a, b) in zip(support, c.support) { #expect(close(a, b, relative: 1e-12, absolute: 1e-12)) }
        let density = kde.density(at: c.support)
        for (a, b) in zip(density, c.density) { #expect(close(a, b, relative: 1e-10, absolute: 1e-300)) }
    }

    @Test("KDE integrates to 1", arguments: kdeCases)
    func kdeIntegratesToOne(_ c: KindFixtures.KDE) throws {
        let kde = try GaussianKDE(c.data, adjust: c.adjust)
        // Trapezoids over ±10 kernel widths past the data, fine enough for 1e-6.
        let s = kde.kernelStandardDeviation
        let xs = ContourGrid.linspace((kde.sampleRange.lowerBound - 10 * s)...(kde.sampleRange.upperBound + 10 * s), 20_001)
        let ys = kde.density(at: xs)
        var integral = 0.0
        for i in 1..<xs.count { integral += (xs[i] - xs[i - 1]) * (ys[i] + ys[i - 1]) / 2 }
        #expect(abs(integral - 1) < 1e-6)
    }

    @Test("KDE refuses data it cannot estimate")
    func kdeErrors() {
        #expect(throws: StatisticsError.tooFewValues(what: "kernel density data", count: 1, minimum: 2)) {
            try GaussianKDE([1, .nan])
        }
        #expect(throws: StatisticsError.zeroVariance(what: "kernel density data")) { try GaussianKDE([2, 2, 2]) }
    }
}

extension KindFixtures.Histogram: CustomTestStringConvertible { var testDescription: String { name } }
extension KindFixtures.KDE: CustomTestStringConvertible { var testDescription: String { name } }
