/// K-means clustering configured like scikit-learn's `KMeans` (Lloyd's
/// algorithm); `fit` returns an immutable `KMeansModel`.
///
/// Parity with scikit-learn 1.9.1 is exact in the choices (k-means++ draws,
/// labels, iteration counts) and within rounding in the numbers:
/// - the tolerance is scaled by the mean per-feature variance of the data;
/// - the data is centred before clustering and the centres shifted back after;
/// - k-means++ uses `2 + ln k` local trials and the distance formula
///   `(-2 c·x + |c|²) + |x|²`;
/// - Lloyd stops on identical labels (strict convergence) or when the summed
///   squared centre shift is at most the tolerance, then re-labels with the
///   final centres if it did not converge strictly;
/// - empty clusters take the points farthest from their centres;
/// - of several initialisations the first is kept unless a later one has lower
///   inertia **and** a different partition.
///
/// ```swift
/// let model = try KMeans(clusters: 4, seed: 42).fit(blobs.samples)
/// model.labels      // [0, 2, 1, ...]
/// ```
public struct KMeans: Sendable, Equatable {
    /// How the first centres are chosen.
    public enum Initialization: Sendable, Equatable {
        /// scikit-learn's `'k-means++'` (the default).
        case kMeansPlusPlus
        /// scikit-learn's `'random'`: `clusters` distinct samples chosen uniformly.
        case random
        /// Given centres, one row per cluster (scikit-learn's array `init`).
        case centers(Matrix)
    }

    /// How many times to run k-means from different initial centres (`n_init`).
    public enum InitializationCount: Sendable, Equatable, ExpressibleByIntegerLiteral {
        /// scikit-learn's `'auto'`: 1 for k-means++ or given centres, 10 for random.
        case auto
        /// Exactly this many runs (1 for given centres, with a warning, as scikit-learn does).
        case count(Int)

        /// `10` means `.count(10)`.
        public init(integerLiteral value: Int) { self = .count(value) }
    }

    /// The number of clusters `k` (`n_clusters`).
    public var clusters: Int
    /// How the initial centres are chosen (`init`).
    public var initialization: Initialization
    /// How many initialisations to run (`n_init`).
    public var initializations: InitializationCount
    /// The most Lloyd iterations per run (`max_iter`).
    public var maxIterations: Int
    /// The convergence tolerance before scaling by the data's mean variance (`tol`).
    public var tolerance: Double
    /// The seed of the `RandomState` that `fit(_:)` creates (`random_state`).
    ///
    /// scikit-learn's default `random_state=None` draws from numpy's global
    /// generator; this package has no hidden global state, so the default seed is 0.
    public var seed: UInt32

    /// A configuration; nothing is checked until `fit`.
    public init(
        clusters: Int = 8, initialization: Initialization = .kMeansPlusPlus, initializations: InitializationCount = .auto,
        maxIterations: Int = 300, tolerance: Double = 1e-4, seed: UInt32 = 0
    ) {
        self.clusters = clusters
        self.initialization = initialization
        self.initializations = initializations
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.seed = seed
    }

    /// Clusters the rows of `x` with a fresh `RandomState(seed: seed)`.
    ///
    /// - Throws: `KMeansError` for invalid parameters, fewer samples than clusters,
    ///   data without features, non-finite values, or badly shaped initial centres.
    public func fit(_ x: Matrix) throws(KMeansError) -> KMeansModel {
        var rng = RandomState(seed: seed)
        return try fit(x, using: &rng)
    }

    /// Clusters the rows of `x` drawing from the caller's generator, which continues
    /// from where k-means leaves it (scikit-learn's `random_state=<RandomState>`;
    /// `GaussianMixture` initialises this way). `seed` is ignored.
    ///
    /// - Throws: as `fit(_:)`.
    public func fit(_ x: Matrix, using rng: inout RandomState) throws(KMeansError) -> KMeansModel {
        try validate(x)
        let n = x.rows
        let d = x.columns
        let tol = scaledTolerance(x)

        var runs: Int
        var warnings: [KMeansWarning] = []
        switch (initializations, initialization) {
        case (.auto, .random): runs = 10
        case (.auto, _): runs = 1
        case (.count(let count), _): runs = count
        }
        if case .centers = initialization, runs != 1 {
            warnings.append(.singleInitializationForExplicitCenters(requested: runs))
            runs = 1
        }

        // Centre the data; everything below works in centred coordinates.
        let mean = x.columnMeans()
        var centred = x.storage
        for i in 0..<n {
            for f in 0..<d { centred[i * d + f] -= mean[f] }
        }
        var explicitCenters: [Double]?
        if case .centers(let given) = initialization {
            var shifted = given.storage
            for j in 0..<clusters {
                for f in 0..<d { shifted[j * d + f] -= mean[f] }
            }
            explicitCenters = shifted
        }
        let engine = LloydEngine(rowMajor: centred, rows: n, columns: d, clusters: clusters)
        let squaredNorms = LloydEngine.featureMajorSquaredNorms(engine.x, rows: n, columns: d)

        var best: LloydEngine.Run?
        for _ in 0..<runs {
            let initial: [Double]
            switch initialization {
            case .kMeansPlusPlus:
                initial = KMeansPlusPlus.centers(engine.x, rows: n, columns: d, squaredNorms: squaredNorms,
                                                 clusters: clusters, using: &rng)
            case .random:
                initial = Self.randomCenters(engine.x, rows: n, columns: d, clusters: clusters, using: &rng)
            case .centers:
                initial = explicitCenters ?? []
            }
            let run = engine.run(initialCenters: initial, maxIterations: maxIterations, tolerance: tol)
            if let current = best {
                if run.inertia < current.inertia && !Self.isSameClustering(run.labels, current.labels, clusters: clusters) {
                    best = run
                }
            } else {
                best = run
            }
        }
        guard let chosen = best else {
            // runs >= 1 after validation, so a run always exists.
            throw .invalidInitializationCount(runs)
        }
        var centers = chosen.centers
        for j in 0..<clusters {
            for f in 0..<d { centers[j * d + f] += mean[f] }
        }
        let labels = chosen.labels.map(Int.init)
        var used = [Bool](repeating: false, count: clusters)
        for label in chosen.labels { used[Int(label)] = true }
        let distinct = used.filter { $0 }.count
        if distinct < clusters {
            warnings.append(.fewerDistinctClusters(found: distinct, requested: clusters))
        }
        if !chosen.inertia.isFinite { warnings.append(.overflow) }
        return KMeansModel(centers: Matrix(rows: clusters, columns: d, storage: centers), labels: labels,
                           inertia: chosen.inertia, iterations: chosen.iterations, warnings: warnings)
    }

    // MARK: - Steps

    private func validate(_ x: Matrix) throws(KMeansError) {
        guard clusters >= 1 else { throw .invalidClusterCount(clusters) }
        guard tolerance.isFinite && tolerance >= 0 else { throw .invalidTolerance(tolerance) }
        guard maxIterations >= 1 else { throw .invalidMaxIterations(maxIterations) }
        if case .count(let count) = initializations, count < 1 { throw .invalidInitializationCount(count) }
        guard x.columns >= 1 else { throw .noFeatures }
        guard x.rows >= clusters else { throw .tooFewSamples(samples: x.rows, clusters: clusters) }
        if let bad = x.firstNonFiniteValue() {
            throw .nonFiniteValue(row: bad.row, column: bad.column, value: bad.value)
        }
        if case .centers(let given) = initialization {
            guard given.rows == clusters && given.columns == x.columns else {
                throw .initialCentersShape(rows: given.rows, columns: given.columns,
                                           expectedRows: clusters, expectedColumns: x.columns)
            }
            if let bad = given.firstNonFiniteValue() {
                throw .nonFiniteInitialCenter(row: bad.row, column: bad.column, value: bad.value)
            }
        }
    }

    /// `tol * mean(var(X, axis=0))` with numpy's summation orders (0 when `tolerance == 0`).
    private func scaledTolerance(_ x: Matrix) -> Double {
        if tolerance == 0 { return 0 }
        let variances = x.columnVariances(means: x.columnMeans(), ddof: 0)
        return NumpySum.mean(variances) * tolerance
    }

    /// scikit-learn's `'random'` init: `choice(n, k, replace=False, p=w/sum(w))` with unit weights.
    /// `x` is feature-major (`x[f * n + i]`).
    private static func randomCenters(
        _ x: [Double], rows n: Int, columns d: Int, clusters k: Int, using rng: inout RandomState
    ) -> [Double] {
        let p = [Double](repeating: 1.0 / Double(n), count: n)
        let seeds = rng.weightedSampleWithoutReplacement(count: k, probabilities: p)
        var centers = [Double](repeating: 0, count: k * d)
        for (j, index) in seeds.enumerated() {
            for f in 0..<d { centers[j * d + f] = x[f * n + index] }
        }
        return centers
    }

    /// scikit-learn's `_is_same_clustering`: the same partition up to renaming the labels.
    static func isSameClustering(_ a: [Int32], _ b: [Int32], clusters: Int) -> Bool {
        var mapping = [Int32](repeating: -1, count: clusters)
        for i in a.indices {
            let from = Int(a[i])
            if mapping[from] == -1 {
                mapping[from] = b[i]
            } else if mapping[from] != b[i] {
                return false
            }
        }
        return true
    }
}
