/// `BayesianGaussianMixture`'s EM: variational updates of the posterior
/// parameters under the resolved priors, and the evidence lower bound.
extension BayesianGaussianMixture: MixtureConfiguration {
    /// Runs variational EM with `initialResponsibilities(run)` as the start of each run.
    func runEM(
        _ x: Matrix, initialResponsibilities: (Int) throws(MixtureError) -> [Double]
    ) throws(MixtureError) -> BayesianGaussianMixtureModel {
        let priors = try resolvedPriors(for: x)
        let updates = VariationalUpdates(
            priors: priors, type: covariance, weightPrior: weightPrior, components: components, features: x.columns)
        let estimator = GaussianStatisticsEstimator(
            x: x, type: covariance, regularization: regularization, components: components)
        let em = ExpectationMaximization<VariationalParameters>(
            tolerance: tolerance, maxIterations: maxIterations, initializations: initializations,
            initialize: { (responsibilities) throws(MixtureError) in
                try updates.parameters(from: estimator.estimate(responsibilities))
            },
            maximize: { (expectation) throws(MixtureError) in
                try updates.parameters(from: estimator.estimate(expectation.responsibilities))
            },
            lowerBound: { parameters, expectation in updates.lowerBound(parameters, expectation) })
        let outcome = try em.run(x, initialResponsibilities: initialResponsibilities)
        return BayesianGaussianMixtureModel(configuration: self, priors: priors, outcome: outcome)
    }
}
