import Estimators
import Plotting

extension Recipes {
    /// The columns of the star table named `names`, as pair-plot variables.
    static func pairColumns(_ stars: StarTable, _ names: [String]) throws(StarTableError) -> [PairPlot.Column] {
        try names.map { name throws(StarTableError) in PairPlot.Column(name, try stars.column(name)) }
    }

    /// Cluster labels, and what scikit-learn would have warned about while fitting them
    /// (duplicate points, no convergence), each naming the fit; recipes pass these on in
    /// `Figure.warnings`.
    struct FittedLabels {
        let labels: [Int]
        let warnings: [String]
    }

    /// The lab's first clustering of the stars (In 30): `GaussianMixture(n_components=3, random_state=1)`
    /// on vx, vy, vz, En, Lz, feh, alpha, and its labels.
    static func labFeatureMixtureLabels(_ stars: StarTable) throws -> FittedLabels {
        let features = try stars.matrix(StarTable.labFeatures)
        let gmm = try GaussianMixture(components: 3, seed: 1).fit(features)
        return FittedLabels(labels: try gmm.predict(features), warnings: gmm.warnings.map {
            "GaussianMixture(n_components=3, random_state=1) on the seven features: \($0)"
        })
    }

    /// The lab's tuned clusterings (In 37) on vx_vz, vy, feh, alpha:
    /// `GaussianMixture(n_components=3, random_state=42).fit_predict` and
    /// `KMeans(n_clusters=3, random_state=42, n_init='auto').fit_predict`.
    enum TunedModel {
        case gaussianMixture, kMeans

        func labels(_ stars: StarTable) throws -> FittedLabels {
            let tunedFeatures = try stars.matrix(StarTable.tunedFeatures)
            switch self {
            case .gaussianMixture:
                let gmm = try GaussianMixture(components: 3, seed: 42).fit(tunedFeatures)
                return FittedLabels(labels: try gmm.predict(tunedFeatures), warnings: gmm.warnings.map {
                    "GaussianMixture(n_components=3, random_state=42) on the tuned features: \($0)"
                })
            case .kMeans:
                let kmeans = try KMeans(clusters: 3, seed: 42).fit(tunedFeatures)
                return FittedLabels(labels: kmeans.labels, warnings: kmeans.warnings.map {
                    "KMeans(n_clusters=3, random_state=42) on the tuned features: \($0)"
                })
            }
        }
    }
}
