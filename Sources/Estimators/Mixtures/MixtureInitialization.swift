/// How each EM run chooses its starting responsibilities (scikit-learn's `init_params`, its
/// values in the order scikit-learn documents them).
public enum MixtureInitialization: String, Sendable, CaseIterable, Codable {
    /// One-hot responsibilities from a single k-means++ `KMeans` run drawing
    /// from the mixture's generator (`"kmeans"`, scikit-learn's default).
    case kmeans
    /// One sample a component, chosen by k-means++ seeding on the data as given
    /// (scikit-learn's `kmeans_plusplus`, not centred as `KMeans` centres it): `"k-means++"`.
    case kMeansPlusPlus = "k-means++"
    /// Uniform random responsibilities, each row divided by its sum (`"random"`).
    case random
    /// One sample a component, chosen uniformly without replacement (`"random_from_data"`).
    case randomFromData = "random_from_data"

    /// The n×K starting responsibilities of one run, drawn from `rng` as
    /// scikit-learn draws them from the mixture's shared `random_state`.
    ///
    /// k-means' warning about fewer distinct clusters than components is appended to
    /// `warnings` (once), as scikit-learn passes it on.
    ///
    /// - Throws: `MixtureError.initializationFailed` if k-means refuses the data
    ///   (it cannot once the mixture has validated it).
    func responsibilities(
        for x: Matrix, components: Int, using rng: inout RandomState, warnings: inout [MixtureWarning]
    ) throws(MixtureError) -> [Double] {
        let n = x.rows
        var resp = [Double](repeating: 0, count: n * components)
        switch self {
        case .kmeans:
            let clustering: KMeansModel
            do {
                clustering = try KMeans(clusters: components, initializations: 1).fit(x, using: &rng)
            } catch {
                throw .initializationFailed(reason: "k-means: \(error)")
            }
            for case let .fewerDistinctClusters(found, requested) in clustering.warnings {
                let warning = MixtureWarning.fewerDistinctClusters(found: found, requested: requested)
                if !warnings.contains(warning) { warnings.append(warning) }
            }
            let labels = clustering.labels
            for (i, label) in labels.enumerated() { resp[i * components + label] = 1 }
        case .random:
            // rng.uniform(size=(n, K)) is low + (high − low)·u = u; then resp /= resp.sum(axis=1).
            for i in resp.indices { resp[i] = rng.nextDouble() }
            resp.withUnsafeMutableBufferPointer { buffer in
                for i in 0..<n {
                    let row = UnsafeMutableBufferPointer(rebasing: buffer[(i * components)..<((i + 1) * components)])
                    let total = NumpySum.pairwise(UnsafeBufferPointer(row))
                    for k in row.indices { row[k] /= total }
                }
            }
        case .kMeansPlusPlus:
            let columns = LloydEngine.featureMajor(x.storage, rows: n, columns: x.columns)
            let norms = LloydEngine.featureMajorSquaredNorms(columns, rows: n, columns: x.columns)
            let seeds = KMeansPlusPlus.seeds(columns, rows: n, columns: x.columns, squaredNorms: norms,
                                             clusters: components, using: &rng)
            for (k, i) in seeds.enumerated() { resp[i * components + k] = 1 }
        case .randomFromData:
            // choice(n, size=K, replace=False) in numpy's legacy stream: permutation(n)[:K].
            let seeds = rng.permutation(n).prefix(components)
            for (k, i) in seeds.enumerated() { resp[i * components + k] = 1 }
        }
        return resp
    }
}
