import Estimators

/// A fitted estimator's attributes as scikit-learn names them, ready to print as JSON.
enum FitResult {
    /// The JSON object, and the warnings scikit-learn would have printed while fitting.
    struct Fitted {
        let json: JSONText
        let warnings: [String]
    }

    /// Fits `model` to `x` with the command's settings and returns the JSON object and warnings.
    ///
    /// - Throws: `KMeansError` or `MixtureError` with the estimator's own message.
    static func fit(_ model: Figures.Fit.Model, _ x: Matrix, settings: Figures.Fit) throws -> Fitted {
        let seed = UInt32(clamping: settings.seed)
        switch model {
        case .kmeans:
            var kmeans = KMeans(clusters: settings.components, seed: seed)
            if let n = settings.initializations { kmeans.initializations = .count(n) }
            if let n = settings.maxIterations { kmeans.maxIterations = n }
            if let tol = settings.tolerance { kmeans.tolerance = tol }
            let fitted = try kmeans.fit(x)
            return Fitted(json: kMeans(fitted), warnings: fitted.warnings.map(\.description))
        case .gmm:
            var gmm = GaussianMixture(components: settings.components, seed: seed)
            if let n = settings.initializations { gmm.initializations = n }
            if let n = settings.maxIterations { gmm.maxIterations = n }
            if let tol = settings.tolerance { gmm.tolerance = tol }
            if let c = settings.covariance { gmm.covariance = c.type }
            if let i = settings.initialization { gmm.initialization = i }
            let fitted = try gmm.fit(x)
            let json = try mixture(fitted, on: x, criteria: [("bic", try fitted.bic(x)), ("aic", try fitted.aic(x))])
            return Fitted(json: json, warnings: fitted.warnings.map(\.description))
        case .bgmm:
            var bgmm = BayesianGaussianMixture(components: settings.components, seed: seed)
            if let n = settings.initializations { bgmm.initializations = n }
            if let n = settings.maxIterations { bgmm.maxIterations = n }
            if let tol = settings.tolerance { bgmm.tolerance = tol }
            if let c = settings.covariance { bgmm.covariance = c.type }
            if let i = settings.initialization { bgmm.initialization = i }
            let fitted = try bgmm.fit(x)
            return Fitted(json: try mixture(fitted, on: x, criteria: []), warnings: fitted.warnings.map(\.description))
        }
    }

    /// `labels_`, `cluster_centers_`, `inertia_`, `n_iter_`.
    static func kMeans(_ model: KMeansModel) -> JSONText {
        .object([
            ("labels", .integers(model.labels)),
            ("cluster_centers", rows(model.centers)),
            ("inertia", .number(model.inertia)),
            ("n_iter", .integer(model.iterations)),
        ])
    }

    /// `predict(X)`, `weights_`, `means_`, `covariances_`, `converged_`, `n_iter_`, `lower_bound_`, then criteria:
    /// the same members for either mixture.
    static func mixture(_ model: some MixtureModel, on x: Matrix, criteria: [(String, Double)]) throws -> JSONText {
        var members: [(key: String, value: JSONText)] = [
            ("labels", .integers(try model.predict(x))),
            ("weights", .numbers(model.weights)),
            ("means", rows(model.means)),
            ("covariances", shaped(model.covariances.values, model.covariances.shape)),
            ("converged", .bool(model.converged)),
            ("n_iter", .integer(model.iterations)),
            ("lower_bound", .number(model.lowerBound)),
        ]
        for (key, value) in criteria { members.append((key, .number(value))) }
        return .object(members)
    }

    /// A matrix as an array of rows.
    static func rows(_ m: Matrix) -> JSONText {
        .array((0..<m.rows).map { .numbers(m.row($0)) })
    }

    /// C-ordered `values` nested to `shape` (numpy's `reshape`).
    static func shaped(_ values: [Double], _ shape: [Int]) -> JSONText {
        guard let first = shape.first else { return .numbers(values) }
        guard shape.count > 1 else { return .numbers(values) }
        let inner = Array(shape.dropFirst())
        let stride = inner.reduce(1, *)
        return .array((0..<first).map { i in shaped(Array(values[(i * stride)..<((i + 1) * stride)]), inner) })
    }
}
