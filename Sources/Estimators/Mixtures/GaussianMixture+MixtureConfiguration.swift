/// `GaussianMixture`'s EM: M-steps that re-estimate weights, means and
/// covariances from the responsibilities, and the mean log-likelihood as the
/// lower bound.
extension GaussianMixture: MixtureConfiguration {
    /// Runs EM with `initialResponsibilities(run)` as the start of each run.
    func runEM(
        _ x: Matrix, initialResponsibilities: (Int) throws(MixtureError) -> [Double]
    ) throws(MixtureError) -> GaussianMixtureModel {
        let kCount = components, d = x.columns, n = x.rows
        let type = covariance
        let estimator = GaussianStatisticsEstimator(
            x: x, type: type, regularization: regularization, components: kCount)
        func state(_ statistics: GaussianStatistics, weights: [Double]) throws(MixtureError) -> GaussianMixtureState {
            let factors = try PrecisionCholesky.factors(
                of: statistics.covariances, type: type, components: kCount, features: d)
            return GaussianMixtureState(
                weights: weights, means: statistics.means, covariances: statistics.covariances,
                precisionFactors: factors, type: type, features: d)
        }
        let em = ExpectationMaximization<GaussianMixtureState>(
            tolerance: tolerance, maxIterations: maxIterations, initializations: initializations,
            initialize: { (responsibilities) throws(MixtureError) in
                let statistics = estimator.estimate(responsibilities)
                return try state(statistics, weights: statistics.counts.map { $0 / Double(n) })
            },
            maximize: { (expectation) throws(MixtureError) in
                let statistics = estimator.estimate(expectation.responsibilities)
                let total = NumpySum.pairwise(statistics.counts)
                return try state(statistics, weights: statistics.counts.map { $0 / total })
            },
            lowerBound: { _, expectation in expectation.meanLogNorm })
        let outcome = try em.run(x, initialResponsibilities: initialResponsibilities)
        return GaussianMixtureModel(configuration: self, outcome: outcome)
    }
}
