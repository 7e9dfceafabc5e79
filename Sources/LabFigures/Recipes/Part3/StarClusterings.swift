import Estimators
import Plotting

extension Recipes {
    /// The columns of the star table named `names`, as pair-plot variables.
    static func pairColumns(_ stars: StarTable, _ names: [String]) throws(StarTableError) -> [PairPlot.Column] {
        try names.map { name throws(StarTableError) in PairPlot.Column(name, try stars.column(name)) }
    }

    /// The lab's first clustering of the stars (In 30): `GaussianMixture(n_components=3, random_state=1)`
    /// on vx, vy, vz, En, Lz, feh, alpha, and its labels.
    static func labFeatureMixtureLabels(_ stars: StarTable) throws -> [Int] {
        let features = try stars.matrix(StarTable.labFeatures)
        let gmm = try GaussianMixture(components: 3, seed: 1).fit(features)
        return try gmm.predict(features)
    }

    /// The lab's tuned clusterings (In 37) on vx_vz, vy, feh, alpha:
    /// `GaussianMixture(n_components=3, random_state=42).fit_predict` and
    /// `KMeans(n_clusters=3, random_state=42, n_init='auto').fit_predict`.
    enum TunedModel {
        case gaussianMixture, kMeans

        func labels(_ stars: StarTable) throws -> [Int] {
            let tunedFeatures = try stars.matrix(StarTable.tunedFeatures)
            switch self {
            case .gaussianMixture:
                return try GaussianMixture(components: 3, seed: 42).fit(tunedFeatures).predict(tunedFeatures)
            case .kMeans:
                return try KMeans(clusters: 3, seed: 42).fit(tunedFeatures).labels
            }
        }
    }
}
