import Testing
@testable import Estimators

/// K-means against scikit-learn 1.9.1: the spec's reference numbers, the lab notebook, and fixtures.
@Suite("KMeans")
struct KMeansTests {
    static let lab = try? Fixtures.load("kmeans_lab", as: KMeansLabFixture.self)
    static let cases = (try? Fixtures.load("kmeans_cases", as: KMeansCasesFixture.self).cases) ?? []
    static func labBlobs() throws -> Matrix {
        try makeBlobs(samples: 300, centers: 4, clusterStd: 0.6, seed: 0).samples
    }

    /// Spec section F(1): inertia_ and n_iter_ of KMeans(k, random_state=0, n_init='auto').
    static let specElbowTable: [(k: Int, inertia: Double, iterations: Int)] = [
        (1, 2812.137595303234, 2), (2, 1439.8613952005376, 4), (3, 546.8911504626299, 3),
        (4, 212.00599621083484, 3), (5, 194.96601623554275, 4), (6, 177.8689948217671, 7),
        (7, 164.9562143191074, 12), (8, 143.9666935968499, 7),
    ]

    @Test("fixtures load")
    func fixturesLoad() {
        #expect(Self.lab?.elbow_random_state_0_n_init_auto.count == 8)
        #expect(Self.lab?.n_init_10_random_state_42.count == 7)
        #expect(Self.cases.count == 20)
    }

    @Test("spec F(1): inertia for k = 1...8 to 1e-12 relative, with n_iter", arguments: specElbowTable.map(\.k))
    func specElbow(_ k: Int) throws {
        let expected = try #require(Self.specElbowTable.first { $0.k == k })
        let model = try KMeans(clusters: k, seed: 0).fit(Self.labBlobs())
        #expect(abs(model.inertia - expected.inertia) <= 1e-12 * expected.inertia)
        #expect(model.iterations == expected.iterations)
        let fixture = try #require(Self.lab?.elbow_random_state_0_n_init_auto.first { $0.k == k })
        #expect(model.labels == fixture.labels)
        #expect(relativeError(model.centers.storage, fixture.centers) <= 1e-12)
    }

    @Test("spec F(1): the k = 4 centres")
    func specCenters() throws {
        let model = try KMeans(clusters: 4, seed: 0).fit(Self.labBlobs())
        let expected = [0.9497353248779762, 4.419069064015464, 1.9825828101483298, 0.8677131436145133,
                        -1.3732439791827424, 7.753688709417789, -1.584384669643881, 2.8308126302571557]
        #expect(relativeError(model.centers.storage, expected) <= 1e-12)
    }

    @Test("spec F(1): n_init = 10, random_state = 42: inertia to 1e-12 and the same labels", arguments: 2...8)
    func restarts(_ k: Int) throws {
        let fixture = try #require(Self.lab?.n_init_10_random_state_42.first { $0.k == k })
        let model = try KMeans(clusters: k, initializations: 10, seed: 42).fit(Self.labBlobs())
        #expect(abs(model.inertia - fixture.inertia) <= 1e-12 * fixture.inertia)
        #expect(model.iterations == fixture.n_iter)
        #expect(model.labels == fixture.labels)
        #expect(relativeError(model.centers.storage, fixture.centers) <= 1e-12)
    }

    @Test("the lab notebook's In [3] labels: KMeans(4, random_state=42).fit(X).predict(X)")
    func notebookLabels() throws {
        let notebook = try #require(Self.lab?.notebook_in3)
        let x = try Self.labBlobs()
        let model = try KMeans(clusters: 4, seed: 42).fit(x)
        #expect(try model.predict(x) == notebook.labels)
        #expect(model.labels == notebook.labels)
        #expect(abs(model.inertia - notebook.inertia) <= 1e-12 * notebook.inertia)
        #expect(model.iterations == notebook.n_iter)
        #expect(model.warnings.isEmpty)
    }

    @Test("other data, feature counts 2...7, seeds, n_init, random and explicit init", arguments: cases)
    func fixtureCase(_ c: KMeansCasesFixture.Case) throws {
        let model = try c.configuration.fit(c.data)
        #expect(model.labels == c.labels)
        #expect(model.iterations == c.n_iter)
        #expect(abs(model.inertia - c.inertia) <= 1e-12 * c.inertia)
        #expect(maxAbsoluteError(model.centers.storage, c.centers) <= 1e-12 * max(1, c.centers.map(abs).max() ?? 1))
        let query = c.queryMatrix
        #expect(try model.predict(query) == c.predict)
        let distances = try model.transform(query)
        #expect(distances.rows == c.query_rows && distances.columns == c.n_clusters)
        #expect(relativeError(distances.storage, c.transform) <= 1e-12)
        #expect(abs(try model.score(query) - c.score) <= 1e-12 * abs(c.score))
    }

    @Test("fewer distinct points than clusters: scikit-learn's ConvergenceWarning as a value")
    func degenerate() throws {
        let f = try Fixtures.load("kmeans_degenerate", as: KMeansDegenerateFixture.self)
        let model = try KMeans(clusters: f.n_clusters, seed: 0).fit(Matrix(rows: f.rows, columns: f.columns, storage: f.X))
        #expect(model.labels == f.labels)
        #expect(model.inertia == f.inertia)
        #expect(model.iterations == f.n_iter)
        #expect(model.centers.storage == f.centers)
        #expect(model.warnings == [.fewerDistinctClusters(found: 3, requested: 4)])
        #expect(model.warnings.map(\.description) == f.warnings)
    }

    /// scikit-learn 1.9.1 on these four points (k = 1) returns inertia inf with numpy's
    /// "overflow encountered" RuntimeWarnings; k = 2 pairs the equal points, inertia 4.
    @Test("values whose squared distances overflow: a result and numpy's overflow warning, as scikit-learn gives")
    func overflow() throws {
        let m = Double.greatestFiniteMagnitude.squareRoot()
        let x = Matrix([[m, 0], [-m, 1], [m, 2], [-m, 3]])
        let one = try KMeans(clusters: 1, seed: 0).fit(x)
        #expect(one.inertia == .infinity)
        #expect(one.warnings == [.overflow])
        #expect(one.warnings[0].description == "overflow encountered: the inertia (a sum of squared distances) "
                + "is infinite; scale the data so that its squares stay below 1.8e308")
        let two = try KMeans(clusters: 2, seed: 0).fit(x)
        #expect(two.inertia == 4)
        #expect(two.warnings.isEmpty)
    }

    @Test("a shared generator continues across fits, as GaussianMixture's initialisation needs")
    func sharedGenerator() throws {
        let x = try Self.labBlobs()
        var shared = RandomState(seed: 42)
        let first = try KMeans(clusters: 3, initializations: 1).fit(x, using: &shared)
        let second = try KMeans(clusters: 3, initializations: 1).fit(x, using: &shared)
        // The first fit with a fresh RandomState(42) is fit(seed: 42); the second continued the stream.
        #expect(first == (try KMeans(clusters: 3, initializations: 1, seed: 42).fit(x)))
        var replay = RandomState(seed: 42)
        _ = replay.nextDouble()  // the first centre
        for _ in 1..<3 { _ = replay.randomSample(count: 3) }  // 2 + ln 3 = 3 trials per further centre
        var continued = replay
        let expected = try KMeans(clusters: 3, initializations: 1).fit(x, using: &continued)
        #expect(second == expected)
        #expect(shared == continued)
    }

    @Test("explicit centres with several initialisations run once and say so")
    func explicitCentersWarning() throws {
        let x = try Self.labBlobs()
        let start = Matrix([[0, 0], [1, 1], [2, 2], [-1, 5]])
        let model = try KMeans(clusters: 4, initialization: .centers(start), initializations: 5).fit(x)
        #expect(model.warnings == [.singleInitializationForExplicitCenters(requested: 5)])
        let once = try KMeans(clusters: 4, initialization: .centers(start), initializations: 1).fit(x)
        #expect(once.warnings.isEmpty)
        #expect(model.labels == once.labels && model.centers == once.centers && model.inertia == once.inertia)
    }

    @Test("bad parameters and data are typed errors")
    func errors() throws {
        let x = try Self.labBlobs()
        #expect(throws: KMeansError.invalidClusterCount(0)) { try KMeans(clusters: 0).fit(x) }
        #expect(throws: KMeansError.tooFewSamples(samples: 300, clusters: 301)) { try KMeans(clusters: 301).fit(x) }
        #expect(throws: KMeansError.invalidTolerance(-1)) { try KMeans(clusters: 2, tolerance: -1).fit(x) }
        #expect(throws: KMeansError.invalidMaxIterations(0)) { try KMeans(clusters: 2, maxIterations: 0).fit(x) }
        #expect(throws: KMeansError.invalidInitializationCount(0)) { try KMeans(clusters: 2, initializations: 0).fit(x) }
        #expect(throws: KMeansError.noFeatures) { try KMeans(clusters: 1).fit(Matrix(rows: 3, columns: 0)) }
        var bad = x
        bad[7, 1] = .nan
        do {
            _ = try KMeans(clusters: 2).fit(bad)
            Issue.record("a NaN in the data must be refused")
        } catch {
            guard case .nonFiniteValue(row: 7, column: 1, let value) = error, value.isNaN else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
        #expect(throws: KMeansError.initialCentersShape(rows: 1, columns: 2, expectedRows: 2, expectedColumns: 2)) {
            try KMeans(clusters: 2, initialization: .centers(Matrix([[0, 0]]))).fit(x)
        }
        let model = try KMeans(clusters: 2).fit(x)
        #expect(throws: KMeansError.featureCountMismatch(expected: 2, got: 3)) { try model.predict(Matrix([[1, 2, 3]])) }
        #expect(throws: KMeansError.featureCountMismatch(expected: 2, got: 1)) { try model.transform(Matrix([[1]])) }
    }

    @Test("the same call gives the same model")
    func deterministic() throws {
        let x = try makeBlobs(samples: 5000, centers: 6, seed: 3).samples
        let a = try KMeans(clusters: 6, initializations: 3, seed: 9).fit(x)
        let b = try KMeans(clusters: 6, initializations: 3, seed: 9).fit(x)
        #expect(a == b)
    }
}

