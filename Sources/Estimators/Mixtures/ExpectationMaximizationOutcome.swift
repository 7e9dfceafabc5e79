/// The best run of an EM fit.
struct ExpectationMaximizationOutcome<State: ExpectationMaximizationState> {
    /// Parameters after the last M-step of the best run.
    var state: State
    /// Its final lower bound.
    var lowerBound: Double
    /// Its lower bound after every iteration.
    var lowerBounds: [Double]
    /// Iterations it ran.
    var iterations: Int
    /// Whether its lower bound changed by less than the tolerance before the iteration limit.
    var converged: Bool
}
