/// Conditions scikit-learn's mixtures report with a `ConvergenceWarning` instead of an
/// error; the fitted model carries them (``MixtureModel/warnings``) so that nothing is
/// printed behind the caller's back, and a command line can print them on stderr.
public enum MixtureWarning: Hashable, Sendable, CustomStringConvertible {
    /// The k-means initialisation found fewer distinct clusters than components, usually
    /// because the data has fewer distinct points; the extra components get tiny weights.
    case fewerDistinctClusters(found: Int, requested: Int)
    /// The best run reached `maxIterations` before its lower bound settled; its parameters
    /// are returned as they were at the last iteration.
    case notConverged(iterations: Int)
    /// numpy's `RuntimeWarning: overflow encountered`: the data's squares overflow, so some
    /// fitted parameters are infinite or NaN (scikit-learn returns them so, with that warning).
    case overflow

    /// scikit-learn's wording (the iteration count added) where it has one, so that a search
    /// for the message finds its explanations.
    public var description: String {
        switch self {
        case let .fewerDistinctClusters(found, requested):
            return "Number of distinct clusters (\(found)) found smaller than n_clusters (\(requested)). "
                + "Possibly due to duplicate points in X."
        case let .notConverged(iterations):
            return "Best performing initialization did not converge after \(iterations) iteration"
                + "\(iterations == 1 ? "" : "s"). Try different init parameters, or increase max_iter, tol, "
                + "or check for degenerate data."
        case .overflow:
            return "overflow encountered: some fitted parameters (weights, means, covariances or the lower bound) "
                + "are infinite or NaN because the data's squares overflow; scale the data"
        }
    }
}

extension MixtureWarning {
    /// What a freshly fitted model warns about: no convergence, then overflow.
    static func fitWarnings(of model: some MixtureModel) -> [MixtureWarning] {
        var warnings: [MixtureWarning] = []
        // scikit-learn does not warn after max_iter=0: the caller asked for the initial parameters.
        if !model.converged && model.iterations > 0 { warnings.append(.notConverged(iterations: model.iterations)) }
        let finite = model.weights.allSatisfy(\.isFinite) && model.means.storage.allSatisfy(\.isFinite)
            && model.covariances.values.allSatisfy(\.isFinite) && model.precisions.values.allSatisfy(\.isFinite)
            && !model.lowerBound.isNaN
        if !finite { warnings.append(.overflow) }
        return warnings
    }
}
