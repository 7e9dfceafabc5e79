import Foundation

/// The variational M-step, E-step terms and lower bound of scikit-learn's
/// `BayesianGaussianMixture`, written in its operation order.
struct VariationalUpdates: Sendable {
    let priors: VariationalPriors
    let type: CovarianceType
    let weightPrior: WeightPrior
    let components: Int
    let features: Int

    /// The M-step: posterior parameters from the responsibilities' statistics
    /// (`_estimate_weights`, `_estimate_means`, `_estimate_precisions`).
    func parameters(from statistics: GaussianStatistics) throws(MixtureError) -> VariationalParameters {
        let kCount = components, d = features
        let nk = statistics.counts, xk = statistics.means, sk = statistics.covariances
        let gamma0 = priors.weightConcentration, beta0 = priors.meanPrecision
        let m0 = priors.mean, nu0 = priors.degreesOfFreedom, psi0 = priors.covariance

        let concentration: WeightConcentration
        switch weightPrior {
        case .dirichletProcess:
            // β_k = γ₀ + Σ_{j>k} N_j, the tail sums accumulated from the last component.
            var beta = [Double](repeating: gamma0, count: kCount)
            var tail = 0.0
            for k in stride(from: kCount - 2, through: 0, by: -1) {
                tail = k == kCount - 2 ? nk[kCount - 1] : tail + nk[k + 1]
                beta[k] = gamma0 + tail
            }
            concentration = .dirichletProcess(alpha: nk.map { 1 + $0 }, beta: beta)
        case .dirichletDistribution:
            concentration = .dirichletDistribution(alpha: nk.map { gamma0 + $0 })
        }

        let meanPrecision = nk.map { beta0 + $0 }
        var means = [Double](repeating: 0, count: kCount * d)
        for k in 0..<kCount {
            for f in 0..<d {
                means[k * d + f] = (beta0 * m0[f] + nk[k] * xk[k * d + f]) / meanPrecision[k]
            }
        }

        var degrees: [Double]
        var covariances: [Double]
        switch type {
        case .full:
            degrees = nk.map { nu0 + $0 }
            covariances = [Double](repeating: 0, count: kCount * d * d)
            var diff = [Double](repeating: 0, count: d)
            for k in 0..<kCount {
                for f in 0..<d { diff[f] = xk[k * d + f] - m0[f] }
                let scale = nk[k] * beta0 / meanPrecision[k]
                for f in 0..<d {
                    for g in 0..<d {
                        let index = k * d * d + f * d + g
                        let value = psi0[f * d + g] + nk[k] * sk[index] + scale * (diff[f] * diff[g])
                        covariances[index] = value / degrees[k]
                    }
                }
            }
        case .tied:
            let total = NumpySum.pairwise(nk)
            let shared = nu0 + total / Double(kCount)
            degrees = [shared]
            covariances = [Double](repeating: 0, count: d * d)
            let weightScale = beta0 / Double(kCount)
            for f in 0..<d {
                for g in 0..<d {
                    // np.dot((N/β) ∘ diffᵀ, diff): a K-long BLAS product, fused in component order.
                    var product = 0.0
                    for k in 0..<kCount {
                        let diffF = xk[k * d + f] - m0[f], diffG = xk[k * d + g] - m0[g]
                        product = product.addingProduct(nk[k] / meanPrecision[k] * diffF, diffG)
                    }
                    let value = psi0[f * d + g] + sk[f * d + g] * total / Double(kCount) + weightScale * product
                    covariances[f * d + g] = value / shared
                }
            }
        case .diagonal:
            degrees = nk.map { nu0 + $0 }
            covariances = [Double](repeating: 0, count: kCount * d)
            for k in 0..<kCount {
                let ratio = beta0 / meanPrecision[k]
                for f in 0..<d {
                    let diff = xk[k * d + f] - m0[f]
                    let value = psi0[f] + nk[k] * (sk[k * d + f] + ratio * (diff * diff))
                    covariances[k * d + f] = value / degrees[k]
                }
            }
        case .spherical:
            degrees = nk.map { nu0 + $0 }
            covariances = [Double](repeating: 0, count: kCount)
            var squares = [Double](repeating: 0, count: d)
            for k in 0..<kCount {
                for f in 0..<d {
                    let diff = xk[k * d + f] - m0[f]
                    squares[f] = diff * diff
                }
                let meanSquare = NumpySum.pairwise(squares) / Double(d)
                let value = psi0[0] + nk[k] * (sk[k] + beta0 / meanPrecision[k] * meanSquare)
                covariances[k] = value / degrees[k]
            }
        }
        let factors = try PrecisionCholesky.factors(of: covariances, type: type, components: kCount, features: d)
        let gaussians = GaussianComponents(
            type: type, components: kCount, features: d, means: means, precisionFactors: factors)
        let density = MixtureDensity(
            gaussians: gaussians,
            offsets: logProbabilityOffsets(degrees: degrees, meanPrecision: meanPrecision)
                + [expectedLogWeights(concentration)])
        return VariationalParameters(
            weightConcentration: concentration, meanPrecision: meanPrecision, means: means,
            degreesOfFreedom: degrees, covariances: covariances, precisionFactors: factors, density: density)
    }

    /// ν for component k (the shared value for tied covariances).
    private func degrees(_ degrees: [Double], _ k: Int) -> Double { degrees.count == 1 ? degrees[0] : degrees[k] }

    /// The terms `_estimate_log_prob` adds to the Gaussian log-density:
    /// `−½d ln ν_k`, then `½(d ln 2 + Σ_f ψ(½(ν_k − f)) − d/β_k)`.
    private func logProbabilityOffsets(degrees nu: [Double], meanPrecision: [Double]) -> [[Double]] {
        let d = Double(features)
        var scale = [Double](repeating: 0, count: components)
        var correction = [Double](repeating: 0, count: components)
        for k in 0..<components {
            let degrees = degrees(nu, k)
            scale[k] = -(0.5 * d * log(degrees))
            var digammaSum = 0.0
            for f in 0..<features { digammaSum += SpecialFunctions.digamma(0.5 * (degrees - Double(f))) }
            let logLambda = d * log(2.0) + digammaSum
            correction[k] = 0.5 * (logLambda - d / meanPrecision[k])
        }
        return [scale, correction]
    }

    /// E[ln π_k] (`_estimate_log_weights`).
    private func expectedLogWeights(_ concentration: WeightConcentration) -> [Double] {
        switch concentration {
        case let .dirichletProcess(alpha, beta):
            var result = [Double](repeating: 0, count: components)
            var cumulative = 0.0
            for k in 0..<components {
                let digammaSum = SpecialFunctions.digamma(alpha[k] + beta[k])
                result[k] = (SpecialFunctions.digamma(alpha[k]) - digammaSum) + cumulative
                cumulative += SpecialFunctions.digamma(beta[k]) - digammaSum
            }
            return result
        case let .dirichletDistribution(alpha):
            let digammaTotal = SpecialFunctions.digamma(NumpySum.pairwise(alpha))
            return alpha.map { SpecialFunctions.digamma($0) - digammaTotal }
        }
    }

    /// The variational lower bound without its constant terms (`_compute_lower_bound`),
    /// for parameters fitted to `expectation`'s responsibilities. Not divided by n.
    func lowerBound(_ parameters: VariationalParameters, _ expectation: Expectation) -> Double {
        let d = Double(features)
        let nu = parameters.degreesOfFreedom
        let logDeterminants = parameters.density.gaussians.logDeterminants
        func logWishartNorm(_ k: Int) -> Double {
            let degrees = degrees(nu, k)
            let logDet = logDeterminants[k] - 0.5 * d * log(degrees)
            var gammaSum = 0.0
            for f in 0..<features { gammaSum += SpecialFunctions.logGamma(0.5 * (degrees - Double(f))) }
            return -(degrees * logDet + degrees * d * 0.5 * log(2.0) + gammaSum)
        }
        let logWishart: Double
        if type == .tied {
            logWishart = Double(components) * logWishartNorm(0)
        } else {
            logWishart = NumpySum.pairwise((0..<components).map(logWishartNorm))
        }
        let logNormWeight: Double
        switch parameters.weightConcentration {
        case let .dirichletProcess(alpha, beta):
            logNormWeight = -NumpySum.pairwise((0..<components).map { SpecialFunctions.logBeta(alpha[$0], beta[$0]) })
        case let .dirichletDistribution(alpha):
            logNormWeight = SpecialFunctions.logGamma(NumpySum.pairwise(alpha))
                - NumpySum.pairwise(alpha.map(SpecialFunctions.logGamma))
        }
        let entropyTerms = zip(expectation.responsibilities, expectation.logResponsibilities).map { $0 * $1 }
        let meanPrecisionTerm = 0.5 * d * NumpySum.pairwise(parameters.meanPrecision.map { log($0) })
        return -NumpySum.pairwise(entropyTerms) - logWishart - logNormWeight - meanPrecisionTerm
    }

    /// The mixing weights of the posterior (`weights_`): the stick-breaking
    /// expectation for the Dirichlet process, α/Σα for the distribution.
    static func weights(_ concentration: WeightConcentration) -> [Double] {
        switch concentration {
        case let .dirichletProcess(alpha, beta):
            var weights = [Double](repeating: 0, count: alpha.count)
            var remaining = 1.0
            for k in 0..<alpha.count {
                let total = alpha[k] + beta[k]
                weights[k] = alpha[k] / total * remaining
                remaining *= beta[k] / total
            }
            let sum = NumpySum.pairwise(weights)
            return weights.map { $0 / sum }
        case let .dirichletDistribution(alpha):
            let sum = NumpySum.pairwise(alpha)
            return alpha.map { $0 / sum }
        }
    }
}
