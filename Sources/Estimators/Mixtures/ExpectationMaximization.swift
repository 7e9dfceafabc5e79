/// scikit-learn's `BaseMixture.fit_predict` loop, shared by both mixtures.
///
/// For each of `initializations` runs: build parameters from the initial
/// responsibilities, then alternate E-step, M-step and lower bound until the
/// bound changes by less than `tolerance` (|Δ| < tol, the first change being
/// infinite) or `maxIterations` is reached. The run with the largest final
/// bound wins; ties keep the earlier run, and the first run always counts
/// (even with a NaN bound), as in scikit-learn. With `maxIterations` 0 each run only
/// initialises, and the last run's initial parameters are the result.
struct ExpectationMaximization<State: ExpectationMaximizationState> {
    let tolerance: Double
    let maxIterations: Int
    let initializations: Int
    /// Parameters from initial responsibilities (scikit-learn's `_initialize`).
    let initialize: ([Double]) throws(MixtureError) -> State
    /// The M-step from an E-step's responsibilities.
    let maximize: (Expectation) throws(MixtureError) -> State
    /// The lower bound of freshly maximised parameters, given the E-step that led to them.
    let lowerBound: (State, Expectation) -> Double

    /// Runs every initialisation; `initialResponsibilities(run)` supplies run `run`'s start (n×K).
    func run(
        _ x: Matrix,
        initialResponsibilities: (Int) throws(MixtureError) -> [Double]
    ) throws(MixtureError) -> ExpectationMaximizationOutcome<State> {
        var best: ExpectationMaximizationOutcome<State>?
        var expectation = Expectation()
        for run in 0..<initializations {
            var state = try initialize(try initialResponsibilities(run))
            if maxIterations == 0 {
                // scikit-learn's max_iter=0: the initial parameters, no bound; each run's replace
                // the last, so the last run's are kept.
                best = ExpectationMaximizationOutcome(state: state, lowerBound: -.infinity, lowerBounds: [],
                                                      iterations: 0, converged: false)
                continue
            }
            var bound = -Double.infinity
            var bounds: [Double] = []
            var converged = false
            var iterations = 0
            for iteration in 1...maxIterations {
                iterations = iteration
                let previous = bound
                state.density.expectation(x, into: &expectation)
                state = try maximize(expectation)
                bound = lowerBound(state, expectation)
                bounds.append(bound)
                if abs(bound - previous) < tolerance {
                    converged = true
                    break
                }
            }
            let keep: Bool
            if let current = best {
                keep = bound > current.lowerBound || current.lowerBound == -.infinity
            } else {
                keep = true
            }
            if keep {
                best = ExpectationMaximizationOutcome(
                    state: state, lowerBound: bound, lowerBounds: bounds,
                    iterations: iterations, converged: converged)
            }
        }
        guard let best else {
            preconditionFailure("EM needs at least one initialisation")
        }
        return best
    }
}
