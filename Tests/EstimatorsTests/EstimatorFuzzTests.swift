import Foundation
import Testing
@testable import Estimators

/// Thousands of seeded random fits on awkward data and settings: every estimator answers with
/// a typed error or a model whose numbers are finite, never a trap and never a silent NaN.
///
/// The data mixes duplicates, constant columns, subnormals, values near the largest magnitude
/// a table accepts (1.34e154, whose squares are at the edge of overflow) and ordinary numbers;
/// the settings range over valid and invalid component counts, tolerances, iteration limits,
/// regularisation, covariance types and initialisations.
@Suite("Estimator fuzzing: awkward data and settings never trap")
struct EstimatorFuzzTests {
    static let caseCount = 1500

    static let awkward: [Double] = [0, 1, -1, 0.5, Double.leastNonzeroMagnitude, -1e-300, 1e150, -1e150, 1.3407807929942596e154,
                                    -1.3407807929942596e154, 123456.789, -167971.0]

    /// A small matrix: a few distinct rows (often duplicated), sometimes a constant column.
    static func matrix(_ stream: inout SplitMix64) -> Matrix {
        let rows = 1 + stream.below(14), columns = stream.below(9) == 0 ? 0 : 1 + stream.below(4)
        let distinct = max(1, stream.below(rows + 1))
        var pool: [[Double]] = []
        for _ in 0..<distinct {
            pool.append((0..<columns).map { _ in
                stream.below(3) == 0 ? stream.pick(awkward) : (stream.unit() - 0.5) * 10
            })
        }
        var storage: [Double] = []
        for _ in 0..<rows { storage += pool[stream.below(pool.count)] }
        if columns > 0 && stream.below(4) == 0 {
            let c = stream.below(columns), value = stream.pick(awkward)
            for r in 0..<rows { storage[r * columns + c] = value }
        }
        return Matrix(rows: rows, columns: columns, storage: storage)
    }

    static func allFinite(_ values: [Double]) -> Bool { values.allSatisfy(\.isFinite) }

    @Test("K-means: typed errors or finite centres, labels in range, warnings for what sklearn warns about")
    func kmeans() {
        var stream = SplitMix64(seed: 1)
        var fitted = 0, refused = 0
        for index in 0..<Self.caseCount {
            let x = Self.matrix(&stream)
            let k = stream.below(x.rows + 3) - 1
            let configuration = KMeans(
                clusters: k, initialization: stream.below(3) == 0 ? .random : .kMeansPlusPlus,
                initializations: stream.pick([.auto, .auto, 1, 3, 0, -2]) as KMeans.InitializationCount,
                maxIterations: stream.pick([300, 300, 300, 1, 2, 0, -1]),
                tolerance: stream.pick([1e-4, 1e-4, 1e-4, 0, 0, -1, .nan, .infinity, 1e300]), seed: UInt32(index))
            do {
                let model = try configuration.fit(x)
                fitted += 1
                #expect(model.labels.count == x.rows && model.labels.allSatisfy { (0..<k).contains($0) }, "case \(index)")
                #expect(Self.allFinite(model.centers.storage), "case \(index): centres \(model.centers.storage)")
                #expect(model.inertia >= 0 && !model.inertia.isNaN, "case \(index): inertia \(model.inertia)")
                #expect(model.inertia.isFinite || model.warnings.contains(.overflow), "case \(index)")
                _ = try? model.predict(x)
            } catch {
                refused += 1
                #expect(!error.description.isEmpty)
            }
        }
        #expect(fitted > Self.caseCount / 5 && refused > Self.caseCount / 5, "fitted \(fitted), refused \(refused)")
    }

    @Test("Gaussian mixtures: typed errors or finite weights, means, bounds and scores")
    func mixtures() {
        var stream = SplitMix64(seed: 2)
        var fitted = 0, refused = 0, overflowed = 0
        for index in 0..<Self.caseCount {
            let x = Self.matrix(&stream)
            let k = stream.below(x.rows + 2) - 1 + (stream.below(4) == 0 ? 0 : 1)
            let covariance = stream.pick(CovarianceType.allCases)
            let tolerance = stream.pick([1e-3, 1e-3, 1e-3, 0, -1, .nan, 1e300])
            let regularization = stream.pick([1e-6, 1e-6, 1e-6, 0, 1e-3, -1])
            let maxIterations = stream.pick([100, 100, 100, 1, 3, 0])
            let initialization = stream.pick(MixtureInitialization.allCases)
            let bayesian = stream.below(3) == 0
            do throws(MixtureError) {
                let model: any MixtureModel
                if bayesian {
                    model = try BayesianGaussianMixture(
                        components: k, covariance: covariance, weightPrior: stream.pick(WeightPrior.allCases),
                        tolerance: tolerance, regularization: regularization, maxIterations: maxIterations,
                        initialization: initialization, seed: UInt32(index)).fit(x)
                } else {
                    model = try GaussianMixture(
                        components: k, covariance: covariance, tolerance: tolerance, regularization: regularization,
                        maxIterations: maxIterations, initialization: initialization, seed: UInt32(index)).fit(x)
                }
                fitted += 1
                let label = "case \(index) (\(bayesian ? "bgmm" : "gmm") k=\(k) \(covariance) \(x.rows)x\(x.columns))"
                // scikit-learn returns infinite covariances or a NaN bound with numpy's overflow
                // warnings when the data's squares overflow; the model must say so too.
                let finite = Self.allFinite(model.weights) && Self.allFinite(model.means.storage)
                    && Self.allFinite(model.covariances.values) && Self.allFinite(model.precisions.values)
                    && !model.lowerBound.isNaN
                #expect(finite || model.warnings.contains(.overflow), "\(label): \(model.covariances.values) \(model.lowerBound)")
                #expect(!finite || !model.warnings.contains(.overflow), "\(label)")
                // After max_iter=0 a start from single samples (k-means++, random_from_data) keeps
                // scikit-learn's unnormalised initial weights, 1/n each (mixture_max_iter_zero.json).
                let seededStart = model.iterations == 0 && [.kMeansPlusPlus, .randomFromData].contains(initialization)
                if finite {
                    let expectedSum = seededStart && !bayesian ? Double(k) / Double(x.rows) : 1
                    #expect(abs(model.weights.reduce(0, +) - expectedSum) < 1e-9, "\(label): \(model.weights)")
                } else {
                    overflowed += 1
                }
                // Converged, or said it did not, or was asked for no iterations (scikit-learn does not warn then).
                #expect(model.converged || model.warnings.contains(.notConverged(iterations: model.iterations))
                        || (maxIterations == 0 && model.iterations == 0), "\(label)")
                if let labels = try? model.predict(x) {
                    #expect(labels.allSatisfy { (0..<k).contains($0) }, "\(label)")
                }
                if finite, let scores = try? model.scoreSamples(x) {
                    #expect(scores.allSatisfy { !$0.isNaN }, "\(label): scores \(scores)")
                }
            } catch {
                refused += 1
                #expect(!error.description.isEmpty)
            }
        }
        #expect(fitted > Self.caseCount / 5 && refused > Self.caseCount / 10 && overflowed > 0,
                "fitted \(fitted), refused \(refused), overflowed \(overflowed)")
    }

    @Test("silhouette: typed errors or scores in [-1, 1]")
    func silhouette() {
        var stream = SplitMix64(seed: 3)
        var scored = 0
        for index in 0..<Self.caseCount {
            let x = Self.matrix(&stream)
            let classes = 1 + stream.below(4)
            let labels = (0..<(x.rows + (stream.below(10) == 0 ? 1 : 0))).map { _ in stream.below(classes) * 7 - 3 }
            do {
                let score = try silhouetteScore(x, labels: labels)
                scored += 1
                #expect(score >= -1 && score <= 1, "case \(index): \(score)")
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
        #expect(scored > Self.caseCount / 5, "scored \(scored)")
    }
}
