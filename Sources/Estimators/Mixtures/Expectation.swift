/// The buffers of one E-step, reused from iteration to iteration.
struct Expectation {
    /// log p(x_i) for every sample (scikit-learn's `log_prob_norm`).
    var logNorms: [Double] = []
    /// log r_ik, n×K row-major.
    var logResponsibilities: [Double] = []
    /// r_ik = exp(log r_ik), n×K row-major.
    var responsibilities: [Double] = []

    /// Makes every buffer the right size (keeping storage when it already is).
    mutating func resize(samples: Int, components: Int) {
        if logNorms.count != samples { logNorms = [Double](repeating: 0, count: samples) }
        if logResponsibilities.count != samples * components {
            logResponsibilities = [Double](repeating: 0, count: samples * components)
            responsibilities = [Double](repeating: 0, count: samples * components)
        }
    }

    /// The mean log-likelihood per sample, `np.mean(log_prob_norm)`.
    var meanLogNorm: Double { NumpySum.mean(logNorms) }
}
