import Foundation

/// The parameters of a Gaussian mixture during EM.
struct GaussianMixtureState: ExpectationMaximizationState {
    let weights: [Double]
    let means: [Double]
    let covariances: [Double]
    let precisionFactors: [Double]
    let density: MixtureDensity

    init(weights: [Double], means: [Double], covariances: [Double], precisionFactors: [Double],
         type: CovarianceType, features: Int) {
        self.weights = weights
        self.means = means
        self.covariances = covariances
        self.precisionFactors = precisionFactors
        let gaussians = GaussianComponents(
            type: type, components: weights.count, features: features, means: means,
            precisionFactors: precisionFactors)
        self.density = MixtureDensity(gaussians: gaussians, offsets: [weights.map { log($0) }])
    }
}
