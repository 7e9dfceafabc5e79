import Estimators
import Plotting

extension Recipes {
    /// 08-gmm-density (In 19–20): the 3-component mixture's density, borders and centroids.
    ///
    /// ```python
    /// gmm = GaussianMixture(n_components=3, random_state=42).fit(X)
    /// plt.figure(figsize=(10, 5))
    /// plot_gaussian_mixture(gmm, X)
    /// ```
    static func mixtureDensity() throws -> Figure {
        let X = try LabData.mixture()
        let gmm = try labMixture(X)
        let fig = try Figure(width: 10, height: 5)
        try plotGaussianMixture(gmm, X, on: fig.addSubplot())
        return fig
    }
}
