/// What the EM loop needs from a mixture's parameters.
protocol ExpectationMaximizationState: Sendable {
    /// The weighted log-densities under these parameters (the E-step's input).
    var density: MixtureDensity { get }
}
