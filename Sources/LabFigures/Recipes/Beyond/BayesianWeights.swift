import Estimators
import Plotting

extension Recipes {
    /// 21-bgmm-weights: the ten weights of Part 2's Bayesian Gaussian mixture as bars on a log
    /// axis, with the lab's 0.01 cut; the components above it are the clusters it keeps.
    ///
    /// The lab prints these weights (In 25) and counts those above 0.01 (In 26); this shows
    /// why the count is robust: the kept weights are about 0.2–0.4 and the next is below 10⁻³.
    static func bayesianWeights() throws -> Figure {
        let X = try LabData.mixture()
        let bgmm = try labBayesianMixture(X)
        let weights = bgmm.weights
        let kept = weights.filter { $0 > effectiveWeight }.count
        let components = weights.indices.map(Double.init)
        let dropped = Color(hex: 0xb0b0b0)

        let fig = try Figure(width: 8, height: 5)
        let ax = fig.addSubplot()
        ax.y.scale = .log
        try ax.bar(components, weights, colors: weights.map { $0 > effectiveWeight ? ColorCycle.tab10[0] : dropped })
        ax.axhline(effectiveWeight, color: Recipes.highlight, width: 1.5, pattern: .dashed,
                   label: "the lab's cut: weight > 0.01")
        ax.title = "Bayesian Gaussian mixture weights: \(kept) of \(weights.count) components above 0.01"
        ax.setXLabel("Component")
        ax.setYLabel("Weight")
        ax.x.setTicks(components)
        ax.legend(location: .upperRight)
        return fig
    }
}
