/// The posterior parameters of a variational Gaussian mixture during fitting.
struct VariationalParameters: ExpectationMaximizationState {
    /// α_k (and β_k for the Dirichlet process) of the weights' posterior.
    let weightConcentration: WeightConcentration
    /// β_k, the means' precision scale.
    let meanPrecision: [Double]
    /// m_k, K×d.
    let means: [Double]
    /// ν_k (one shared value for tied covariances).
    let degreesOfFreedom: [Double]
    /// Wishart scale matrices divided by ν (scikit-learn's `covariances_`), in its layout.
    let covariances: [Double]
    /// Precision Cholesky factors of `covariances`.
    let precisionFactors: [Double]
    /// log N(x | m_k, covariances_k) plus the variational correction and E[ln π_k].
    let density: MixtureDensity
}
