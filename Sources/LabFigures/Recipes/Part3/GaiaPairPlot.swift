import Estimators
import Plotting

extension Recipes {
    /// 12-gaia-pairplot (In 29): every pair of the seven features, histograms on the diagonal.
    ///
    /// ```python
    /// sns.pairplot(df[['vx', 'vy', 'vz', 'En', 'Lz', 'feh', 'alpha']])
    /// ```
    static func gaiaPairPlot(_ stars: StarTable) throws -> Figure {
        try PairPlot(columns: pairColumns(stars, StarTable.labFeatures)).figure()
    }

    /// 13-gaia-pairplot-gmm (In 30–32): the same, coloured by a 3-component Gaussian mixture
    /// fitted on the seven features; one KDE a cluster on the diagonal.
    ///
    /// ```python
    /// gmm = GaussianMixture(n_components=3, random_state=1).fit(features)
    /// df['cluster_labels'] = gmm.predict(features)
    /// sns.pairplot(df, vars=['vx', 'vy', 'vz', 'En', 'Lz', 'feh', 'alpha'], hue='cluster_labels')
    /// plt.suptitle('Pair Plot of Features Colored by GMM Cluster Labels', y=1.02)
    /// ```
    static func gaiaPairPlotMixture(_ stars: StarTable) throws -> Figure {
        let clusterLabels = try labFeatureMixtureLabels(stars).map(Double.init)
        let plot = PairPlot(columns: try pairColumns(stars, StarTable.labFeatures),
                            hue: .numeric(name: "cluster_labels", values: clusterLabels))
        let fig = try plot.figure()
        fig.addSuptitle("Pair Plot of Features Colored by GMM Cluster Labels")
        return fig
    }
}
