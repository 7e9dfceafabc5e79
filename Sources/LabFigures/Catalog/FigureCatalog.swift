/// Every figure the `figures` command draws: the lab's 20, in notebook order, and 4 beyond it.
///
/// ```swift
/// let data = try FigureData.bundled()
/// for entry in FigureCatalog.entries {
///     let figure = try entry.makeFigure(with: data)   // then figure.pngData(), .pdfData() (CairoBackend)
/// }
/// ```
public enum FigureCatalog {
    /// The figures in catalogue order (the order of `Figures/`).
    public static let entries: [FigureEntry] = [
        // Part 1: K-means on blobs.
        FigureEntry("01-blobs", cells: "In 2", "the 300 make_blobs points before clustering",
                    size: .inches(width: 6.4, height: 4.8)) { _ in try Recipes.blobs() },
        FigureEntry("02-kmeans-clusters", cells: "In 3-4", "the blobs coloured by KMeans(4) cluster, with a legend",
                    size: .inches(width: 6.4, height: 4.8)) { _ in try Recipes.kmeansClusters() },
        FigureEntry("03-kmeans-regions-k4", cells: "In 5-6",
                    "decision regions, borders and centroids of the k = 4 K-means model",
                    size: .inches(width: 8, height: 4)) { _ in try Recipes.kmeansRegionsK4() },
        FigureEntry("04-kmeans-regions-k3", cells: "In 7-9", "the same for k = 3 (the lab's In 8 re-used k = 4)",
                    size: .inches(width: 8, height: 4)) { _ in try Recipes.kmeansRegionsK3() },
        FigureEntry("05-elbow-inertia", cells: "In 10", "K-means inertia for k = 1..8, the elbow at k = 4 marked",
                    size: .inches(width: 10, height: 6)) { _ in try Recipes.elbowInertia() },
        FigureEntry("06-silhouette-curve", cells: "In 12-14",
                    "silhouette score for k = 2..8, the best (0.682 at k = 4) marked",
                    size: .inches(width: 10, height: 6)) { _ in try Recipes.silhouetteCurve() },
        // Part 2: Gaussian mixtures.
        FigureEntry("07-gmm-data", cells: "In 16", "Part 2's data: three blobs, two of them sheared",
                    size: .inches(width: 8, height: 6)) { _ in try Recipes.mixtureData() },
        FigureEntry("08-gmm-density", cells: "In 19-20",
                    "3-component mixture: -log density contours, cluster borders, centroids",
                    size: .inches(width: 10, height: 5)) { _ in try Recipes.mixtureDensity() },
        FigureEntry("09-gmm-samples", cells: "In 22", "2000 points sampled from the fitted mixture",
                    size: .inches(width: 8, height: 6)) { _ in try Recipes.mixtureSamples() },
        FigureEntry("10-gmm-bic-aic", cells: "In 23", "BIC and AIC for 1..8 components, the BIC minimum (3) marked",
                    size: .inches(width: 10, height: 6)) { _ in try Recipes.informationCriteria() },
        FigureEntry("11-bgmm-clusters", cells: "In 24-26",
                    "Bayesian mixture (10 components) labels; the title gives the 3 it keeps",
                    size: .inches(width: 8, height: 6)) { _ in try Recipes.bayesianClusters() },
        // Part 3: Gaia-Enceladus.
        FigureEntry("12-gaia-pairplot", cells: "In 29", "pair plot of vx, vy, vz, En, Lz, feh, alpha",
                    size: .pairGrid(panels: 7, panelInches: 2.5), data: .starTable) { data in
            try Recipes.gaiaPairPlot(data.stars)
        },
        FigureEntry("13-gaia-pairplot-gmm", cells: "In 30-32",
                    "the same coloured by GaussianMixture(3) clusters, KDEs on the diagonal",
                    size: .pairGrid(panels: 7, panelInches: 2.5), data: .starTable) { data in
            try Recipes.gaiaPairPlotMixture(data.stars)
        },
        FigureEntry("14-gaia-silhouette", cells: "In 33", "silhouette score of Gaussian mixtures with 2..6 components",
                    size: .inches(width: 8, height: 6), data: .starTable) { data in
            try Recipes.gaiaSilhouette(data.stars)
        },
        FigureEntry("15-gaia-pairplot-tuned", cells: "In 35-36", "pair plot of the tuned features vx_vz, vy, feh, alpha",
                    size: .pairGrid(panels: 4, panelInches: 2.5), data: .starTable) { data in
            try Recipes.tunedPairPlot(data.stars)
        },
        FigureEntry("16-gaia-pairplot-tuned-gmm", cells: "In 37-38",
                    "the tuned features coloured by GaussianMixture(3) clusters (viridis)",
                    size: .pairGrid(panels: 4, panelInches: 2.5), data: .starTable) { data in
            try Recipes.tunedPairPlotMixture(data.stars)
        },
        FigureEntry("17-confusion-gmm", cells: "In 40", "confusion matrix of flag against the tuned GMM's clusters",
                    size: .inches(width: 10, height: 7), data: .flaggedStarTable) { data in
            try Recipes.confusionMixture(data.stars)
        },
        FigureEntry("18-confusion-kmeans", cells: "In 40", "confusion matrix of flag against tuned KMeans(3) clusters",
                    size: .inches(width: 10, height: 7), data: .flaggedStarTable) { data in
            try Recipes.confusionKMeans(data.stars)
        },
        FigureEntry("19-confusion-gmm-aligned", cells: "In 41",
                    "GMM confusion matrix after optimal cluster-to-flag assignment, precision and recall",
                    size: .inches(width: 8, height: 6), data: .flaggedStarTable) { data in
            try Recipes.alignedConfusionMixture(data.stars)
        },
        FigureEntry("20-confusion-kmeans-aligned", cells: "In 41",
                    "K-means confusion matrix after optimal assignment, precision and recall",
                    size: .inches(width: 8, height: 6), data: .flaggedStarTable) { data in
            try Recipes.alignedConfusionKMeans(data.stars)
        },
        // Beyond the lab.
        FigureEntry("21-bgmm-weights", cells: nil, "the 10 Bayesian mixture weights on a log axis, the 0.01 cut drawn",
                    size: .inches(width: 8, height: 5)) { _ in try Recipes.bayesianWeights() },
        FigureEntry("22-silhouette-diagram", cells: nil, "per-sample silhouette knife plot of K-means with k = 4",
                    size: .inches(width: 7, height: 6)) { _ in try Recipes.silhouetteDiagram() },
        FigureEntry("23-gmm-ellipses", cells: nil, "the mixture's components as 1, 2, 3 sigma ellipses over the data",
                    size: .inches(width: 10, height: 5)) { _ in try Recipes.mixtureEllipses() },
        FigureEntry("24-gaia-energy-angular-momentum", cells: nil,
                    "En against Lz coloured by flag, with Helmi et al.'s selection box",
                    size: .inches(width: 8, height: 6), data: .flaggedStarTable) { data in
            try Recipes.energyAngularMomentum(data.stars)
        },
    ]

    /// The figure names in catalogue order.
    public static var names: [String] { entries.map(\.name) }

    /// The figure called `name`.
    ///
    /// - Throws: `FigureError.unknownFigure` listing the names there are.
    public static func entry(named name: String) throws(FigureError) -> FigureEntry {
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw .unknownFigure(name, known: names)
        }
        return entry
    }
}
