import Estimators

extension RandomState {
    /// One normal deviate `mean + standardDeviation × z`, as numpy's `normal(loc, scale)` computes it.
    mutating func gaussian(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * standardNormal()
    }

    /// One double uniform on [0, 1) (`random_sample()`).
    mutating func unit() -> Double {
        randomSample()
    }

    /// Draws from `draw` until `accept` holds: the rejection samplers of the star models.
    ///
    /// Every sampler here accepts at least a few per cent of its proposals, so the
    /// bound is never reached; it turns a modelling mistake into a stop instead of a hang.
    mutating func firstAccepted<T>(_ what: String, draw: (inout RandomState) -> T, accept: (T) -> Bool) -> T {
        for _ in 0..<1_000_000 {
            let candidate = draw(&self)
            if accept(candidate) { return candidate }
        }
        preconditionFailure("rejection sampler for \(what) accepted nothing in 10⁶ proposals: the model constants are inconsistent")
    }
}
