import Estimators
import Plotting

extension Recipes {
    /// 11-bgmm-clusters (In 24–26): the data coloured by a Bayesian Gaussian mixture started
    /// with 10 components; the title gives how many it keeps (weights above 0.01: 3).
    ///
    /// ```python
    /// bgmm = BayesianGaussianMixture(n_components=10, covariance_type='full', max_iter=1000,
    ///                                tol=1e-3, random_state=42).fit(X)
    /// effective_clusters = np.sum(bgmm.weights_ > 0.01)
    /// plt.scatter(X[:, 0], X[:, 1], c=bgmm.predict(X), cmap='viridis', marker='.')
    /// plt.title('Data clustered by Bayesian Gaussian Mixture Model')
    /// ```
    static func bayesianClusters() throws -> Figure {
        let X = try LabData.mixture()
        let bgmm = try labBayesianMixture(X)
        let effectiveClusters = bgmm.weights.filter { $0 > effectiveWeight }.count
        let predictedLabels = try bgmm.predict(X).map(Double.init)

        let fig = try Figure(width: 8, height: 6)
        let ax = fig.addSubplot()
        let colors = ColorScale(colormap: .viridis, norm: try Normalize(autoscaling: predictedLabels))
        try ax.scatter(X.column(0), X.column(1), colors: .mapped(predictedLabels, colors), marker: .point)
        ax.title = "Data clustered by Bayesian Gaussian Mixture Model: \(effectiveClusters) effective clusters"
        ax.setXLabel("Feature 1")
        ax.setYLabel("Feature 2")
        return fig
    }

    /// The weight above which the lab counts a component as used (In 26).
    static let effectiveWeight = 0.01

    /// Part 2's Bayesian model (In 24).
    static func labBayesianMixture(_ X: Matrix) throws(MixtureError) -> BayesianGaussianMixtureModel {
        try BayesianGaussianMixture(components: 10, covariance: .full, tolerance: 1e-3, maxIterations: 1000,
                                    seed: 42).fit(X)
    }
}
