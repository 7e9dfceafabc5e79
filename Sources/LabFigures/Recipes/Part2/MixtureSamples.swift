import Estimators
import Plotting

extension Recipes {
    /// 09-gmm-samples (In 22): 2000 new points drawn from the fitted mixture.
    ///
    /// ```python
    /// new_samples = gmm.sample(n_samples=2000)[0]
    /// plt.figure(figsize=(8, 6))
    /// plt.scatter(new_samples[:, 0], new_samples[:, 1], c='green', marker='.', alpha=0.5)
    /// plt.title('Generated Samples from the Gaussian Mixture Model')
    /// ```
    /// scikit-learn draws from a fresh `RandomState(42)` (the model's `random_state`), as
    /// `sample(_:)` does, so these are scikit-learn's 2000 points.
    static func mixtureSamples() throws -> Figure {
        let X = try LabData.mixture()
        let gmm = try labMixture(X)
        let newSamples = try gmm.sample(2000).X

        let fig = try Figure(width: 8, height: 6)
        let ax = fig.addSubplot()
        try ax.scatter(newSamples.column(0), newSamples.column(1), color: Named.green, marker: .point, alpha: 0.5)
        ax.title = "Generated Samples from the Gaussian Mixture Model"
        ax.setXLabel("Feature 1")
        ax.setYLabel("Feature 2")
        return fig
    }
}
