/// The priors of a variational mixture, resolved for one data set.
struct VariationalPriors: Sendable, Equatable {
    /// γ₀.
    let weightConcentration: Double
    /// β₀.
    let meanPrecision: Double
    /// m₀ (d values).
    let mean: [Double]
    /// ν₀.
    let degreesOfFreedom: Double
    /// Ψ₀ in scikit-learn's layout for the covariance type (d·d, d or 1 values).
    let covariance: [Double]
}
