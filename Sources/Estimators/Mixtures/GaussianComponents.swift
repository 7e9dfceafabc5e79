import Foundation

/// The Gaussian components of a mixture in the form the E-step needs: means,
/// precision Cholesky factors and the quantities derived from them once.
///
/// `logDensities` evaluates scikit-learn's `_estimate_log_gaussian_prob` for a
/// block of rows: `log N(x | μ_k, Σ_k)` through the precision factor P_k
/// (`y = xP_k − μ_kP_k`, `−½(d ln 2π + ‖y‖²) + Σ ln diag P_k` for full and tied;
/// the expanded quadratic form for diagonal and spherical), in the same
/// operation order.
struct GaussianComponents: Sendable {
    let type: CovarianceType
    let components: Int
    let features: Int
    /// K×d means.
    let means: [Double]
    /// Precision Cholesky factors in scikit-learn's layout for `type`.
    let precisionFactors: [Double]
    /// Σ ln diag P_k per component (d·ln P_k for spherical).
    let logDeterminants: [Double]
    /// full/tied: μ_k P_k (K×d). diag: μ_k ∘ P_k² (K×d). spherical: unused.
    private let transformedMeans: [Double]
    /// full/tied with d ≤ 8: each row of each P_k, then each μ_kP_k, padded with zeros to
    /// `lanes` values so that the E-step can load them as SIMD vectors.
    private let paddedFactors: [Double]
    private let paddedShifts: [Double]
    /// 2, 4 or 8 for full/tied with d ≤ 8; 0 otherwise.
    private let lanes: Int
    /// diag: P² (K×d); spherical: P² (K).
    private let precisions: [Double]
    /// diag: Σ_f μ²·P²; spherical: Σ_f μ², per component.
    private let meanTerms: [Double]

    /// `vectorized: false` keeps the scalar kernel for every dimension (tests compare the two).
    init(
        type: CovarianceType, components: Int, features d: Int, means: [Double], precisionFactors: [Double],
        vectorized: Bool = true
    ) {
        precondition(means.count == components * d, "means must be \(components)x\(d)")
        precondition(precisionFactors.count == type.storedCount(components: components, features: d),
                     "precision factors do not match the covariance type")
        self.type = type
        self.components = components
        self.features = d
        self.means = means
        self.precisionFactors = precisionFactors
        let kCount = components
        var logDeterminants = [Double](repeating: 0, count: kCount)
        var transformed: [Double] = []
        var precisions: [Double] = []
        var meanTerms: [Double] = []
        switch type {
        case .full, .tied:
            let factorCount = type == .full ? kCount : 1
            var logs = [Double](repeating: 0, count: d)
            for c in 0..<factorCount {
                let base = c * d * d
                for f in 0..<d { logs[f] = log(precisionFactors[base + f * d + f]) }
                let logDeterminant = NumpySum.pairwise(logs)
                if type == .full {
                    logDeterminants[c] = logDeterminant
                } else {
                    for k in 0..<kCount { logDeterminants[k] = logDeterminant }
                }
            }
            // μ_k P_k: a small BLAS product in numpy, fused in index order.
            transformed = [Double](repeating: 0, count: kCount * d)
            for k in 0..<kCount {
                let base = type == .full ? k * d * d : 0
                for f in 0..<d {
                    var sum = 0.0
                    for g in 0..<d {
                        sum = sum.addingProduct(means[k * d + g], precisionFactors[base + g * d + f])
                    }
                    transformed[k * d + f] = sum
                }
            }
        case .diagonal:
            precisions = precisionFactors.map { $0 * $0 }
            transformed = [Double](repeating: 0, count: kCount * d)
            meanTerms = [Double](repeating: 0, count: kCount)
            var terms = [Double](repeating: 0, count: d)
            var logs = [Double](repeating: 0, count: d)
            for k in 0..<kCount {
                for f in 0..<d {
                    let mean = means[k * d + f]
                    let precision = precisions[k * d + f]
                    terms[f] = mean * mean * precision
                    transformed[k * d + f] = mean * precision
                    logs[f] = log(precisionFactors[k * d + f])
                }
                meanTerms[k] = NumpySum.pairwise(terms)
                logDeterminants[k] = NumpySum.pairwise(logs)
            }
        case .spherical:
            precisions = precisionFactors.map { $0 * $0 }
            meanTerms = [Double](repeating: 0, count: kCount)
            var squares = [Double](repeating: 0, count: d)
            for k in 0..<kCount {
                for f in 0..<d {
                    let mean = means[k * d + f]
                    squares[f] = mean * mean
                }
                meanTerms[k] = NumpySum.pairwise(squares)
                logDeterminants[k] = Double(d) * log(precisionFactors[k])
            }
        }
        self.logDeterminants = logDeterminants
        self.transformedMeans = transformed
        let lanes = vectorized && (type == .full || type == .tied) && d <= 8 ? (d <= 2 ? 2 : d <= 4 ? 4 : 8) : 0
        var paddedFactors: [Double] = []
        var paddedShifts: [Double] = []
        if lanes > 0 {
            let factorCount = type == .full ? kCount : 1
            paddedFactors = [Double](repeating: 0, count: factorCount * d * lanes)
            for c in 0..<factorCount {
                for g in 0..<d {
                    for f in 0..<d { paddedFactors[(c * d + g) * lanes + f] = precisionFactors[c * d * d + g * d + f] }
                }
            }
            paddedShifts = [Double](repeating: 0, count: kCount * lanes)
            for k in 0..<kCount {
                for f in 0..<d { paddedShifts[k * lanes + f] = transformed[k * d + f] }
            }
        }
        self.lanes = lanes
        self.paddedFactors = paddedFactors
        self.paddedShifts = paddedShifts
        self.precisions = precisions
        self.meanTerms = meanTerms
    }

    /// d·ln 2π, as scikit-learn computes it.
    private var normalisation: Double { Double(features) * log(2 * Double.pi) }

    /// Writes log N(x_i | component k) for the rows `rows` of `x` into
    /// `out[(i − rows.lowerBound)·K + k]`. `scratch` must hold `features` doubles.
    func logDensities(
        _ x: UnsafePointer<Double>, rows: Range<Int>,
        into out: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>
    ) {
        switch lanes {
        case 2: return vectorLogDensities(x, rows: rows, into: out, as: SIMD2<Double>.self)
        case 4: return vectorLogDensities(x, rows: rows, into: out, as: SIMD4<Double>.self)
        case 8: return vectorLogDensities(x, rows: rows, into: out, as: SIMD8<Double>.self)
        default: break
        }
        let d = features, kCount = components
        let constant = normalisation
        logDeterminants.withUnsafeBufferPointer { logDet in
            transformedMeans.withUnsafeBufferPointer { transformedBuffer in
                switch type {
                case .full, .tied:
                    precisionFactors.withUnsafeBufferPointer { factors in
                        guard let p = factors.baseAddress, let mp = transformedBuffer.baseAddress else { return }
                        let stride = type == .full ? d * d : 0
                        for i in rows {
                            let row = x + i * d
                            let target = out + (i - rows.lowerBound) * kCount
                            for k in 0..<kCount {
                                let factor = p + k * stride
                                // y = x P_k, all d outputs accumulated together (g outer) so the
                                // sums proceed in parallel; each still adds in index order from 0.
                                for f in 0..<d { scratch[f] = 0 }
                                for g in 0..<d {
                                    let value = row[g]
                                    let line = factor + g * d
                                    for f in 0..<d { scratch[f] += value * line[f] }
                                }
                                let shift = mp + k * d
                                var squared = 0.0
                                if d < 8 {
                                    for f in 0..<d {
                                        let y = scratch[f] - shift[f]
                                        squared += y * y
                                    }
                                } else {
                                    for f in 0..<d {
                                        let y = scratch[f] - shift[f]
                                        scratch[f] = y * y
                                    }
                                    squared = NumpySum.pairwise(UnsafeBufferPointer(start: scratch, count: d))
                                }
                                target[k] = -0.5 * (constant + squared) + logDet[k]
                            }
                        }
                    }
                case .diagonal:
                    precisions.withUnsafeBufferPointer { precisionBuffer in
                        meanTerms.withUnsafeBufferPointer { termBuffer in
                            guard let prec = precisionBuffer.baseAddress, let mp = transformedBuffer.baseAddress else {
                                return
                            }
                            for i in rows {
                                let row = x + i * d
                                let target = out + (i - rows.lowerBound) * kCount
                                for k in 0..<kCount {
                                    var cross = 0.0
                                    var square = 0.0
                                    for f in 0..<d {
                                        cross += row[f] * mp[k * d + f]
                                        square += (row[f] * row[f]) * prec[k * d + f]
                                    }
                                    let quadratic = (termBuffer[k] - 2.0 * cross) + square
                                    target[k] = -0.5 * (constant + quadratic) + logDet[k]
                                }
                            }
                        }
                    }
                case .spherical:
                    precisions.withUnsafeBufferPointer { precisionBuffer in
                        meanTerms.withUnsafeBufferPointer { termBuffer in
                            means.withUnsafeBufferPointer { meanBuffer in
                                guard let mu = meanBuffer.baseAddress else { return }
                                for i in rows {
                                    let row = x + i * d
                                    let target = out + (i - rows.lowerBound) * kCount
                                    var norm = 0.0
                                    for f in 0..<d { norm += row[f] * row[f] }
                                    for k in 0..<kCount {
                                        let precision = precisionBuffer[k]
                                        var cross = 0.0
                                        for f in 0..<d { cross += row[f] * mu[k * d + f] }
                                        let quadratic = (termBuffer[k] * precision - 2 * (cross * precision))
                                            + norm * precision
                                        target[k] = -0.5 * (constant + quadratic) + logDet[k]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The full/tied log-densities for d ≤ 8 with y = xP_k held in one SIMD
    /// vector: `y += x_g · P_k[g, :]` for g = 0, 1, … adds every output in index
    /// order from 0, as the scalar loop does, so the bits are the same.
    private func vectorLogDensities<V: SIMD>(
        _ x: UnsafePointer<Double>, rows: Range<Int>, into out: UnsafeMutablePointer<Double>, as _: V.Type
    ) where V.Scalar == Double {
        let d = features, kCount = components, width = lanes
        let constant = normalisation
        let stride = type == .full ? d * width : 0
        logDeterminants.withUnsafeBufferPointer { logDet in
            paddedFactors.withUnsafeBufferPointer { factorBuffer in
                paddedShifts.withUnsafeBufferPointer { shiftBuffer in
                    guard let factors = factorBuffer.baseAddress, let shifts = shiftBuffer.baseAddress else { return }
                    let rawFactors = UnsafeRawPointer(factors), rawShifts = UnsafeRawPointer(shifts)
                    let lineBytes = width * MemoryLayout<Double>.stride
                    for i in rows {
                        let row = x + i * d
                        let target = out + (i - rows.lowerBound) * kCount
                        for k in 0..<kCount {
                            let factor = rawFactors + k * stride * MemoryLayout<Double>.stride
                            var y = V()
                            for g in 0..<d {
                                y += V(repeating: row[g]) * factor.loadUnaligned(fromByteOffset: g * lineBytes, as: V.self)
                            }
                            let z = y - rawShifts.loadUnaligned(fromByteOffset: k * lineBytes, as: V.self)
                            var squared = 0.0
                            if d < 8 {
                                for f in 0..<d { squared += z[f] * z[f] }
                            } else {
                                // numpy's pairwise sum of exactly 8 values.
                                let q = z * z
                                squared = ((q[0] + q[1]) + (q[2] + q[3])) + ((q[4] + q[5]) + (q[6] + q[7]))
                            }
                            target[k] = -0.5 * (constant + squared) + logDet[k]
                        }
                    }
                }
            }
        }
    }
}
