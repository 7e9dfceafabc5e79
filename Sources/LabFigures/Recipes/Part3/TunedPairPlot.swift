import Estimators
import Plotting

extension Recipes {
    /// 15-gaia-pairplot-tuned (In 35–36): the features Helmi et al. look at: the velocity
    /// out of the disc's rotation (vx_vz = √(vx² + vz²)), vy, [Fe/H] and [α/Fe].
    ///
    /// ```python
    /// df['vx_vz'] = np.sqrt(df['vx']**2 + df['vz']**2)
    /// sns.pairplot(df, vars=['vx_vz', 'vy', 'feh', 'alpha'])
    /// ```
    /// The lab's cell titles this plot 'Pair Plot of Features Colored by GMM Cluster Labels',
    /// copied from In 32, though nothing is coloured yet; the title here says what it shows.
    static func tunedPairPlot(_ stars: StarTable) throws -> Figure {
        let fig = try PairPlot(columns: pairColumns(stars, StarTable.tunedFeatures)).figure()
        fig.addSuptitle("Pair Plot of the Tuned Features")
        return fig
    }

    /// 16-gaia-pairplot-tuned-gmm (In 37–38): the tuned features coloured by a 3-component
    /// Gaussian mixture fitted on them, viridis palette.
    ///
    /// ```python
    /// df['gmm_labels'] = GaussianMixture(n_components=3, random_state=42).fit_predict(tuned_features)
    /// sns.pairplot(df, vars=tuned_features, hue='gmm_labels', palette='viridis')
    /// plt.suptitle('Pair Plot of Features Colored by GMM Cluster Labels', y=1.02)
    /// ```
    static func tunedPairPlotMixture(_ stars: StarTable) throws -> Figure {
        let gmmLabels = try TunedModel.gaussianMixture.labels(stars).map(Double.init)
        let plot = PairPlot(columns: try pairColumns(stars, StarTable.tunedFeatures),
                            hue: .numeric(name: "gmm_labels", values: gmmLabels, colormap: .viridis))
        let fig = try plot.figure()
        fig.addSuptitle("Pair Plot of Features Colored by GMM Cluster Labels")
        return fig
    }
}
