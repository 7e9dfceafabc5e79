import Foundation

extension RandomState {
    /// One binomial draw, numpy's legacy `RandomState.binomial(trials, p)`.
    ///
    /// Bit-exact with numpy 2.4.6's `legacy_random_binomial`: inversion when
    /// `min(p, 1-p) * trials <= 30` (with `q^n = exp(n * log(q))`, the legacy
    /// spelling), BTPE otherwise. Unlike `multinomial`, the legacy path has no
    /// shortcut for `trials == 0` or `p == 0`: it still consumes one double.
    ///
    /// - Throws: `RandomStateError.probabilityOutOfRange` unless `0 <= p <= 1`;
    ///   `RandomStateError.invalidCount` when `trials < 0`.
    public mutating func binomial(trials: Int, probability p: Double) throws(RandomStateError) -> Int {
        try Self.validateBinomial(trials: trials, probability: p)
        return legacyBinomial(trials: trials, probability: p)
    }

    /// `count` binomial draws with the same parameters, in order (`binomial(n, p, size=count)`).
    ///
    /// - Throws: as `binomial(trials:probability:)`.
    /// - Precondition: `count >= 0`.
    public mutating func binomial(trials: Int, probability p: Double, count: Int) throws(RandomStateError) -> [Int] {
        precondition(count >= 0, "binomial count must not be negative, got \(count)")
        try Self.validateBinomial(trials: trials, probability: p)
        var out = [Int](repeating: 0, count: count)
        for i in 0..<count {
            out[i] = legacyBinomial(trials: trials, probability: p)
        }
        return out
    }

    /// Counts of `trials` experiments spread over outcomes with the given probabilities
    /// (numpy's `multinomial(trials, probabilities)`).
    ///
    /// Drawn as a chain of binomials, `c_j = binomial(p_j / remaining, trialsLeft)`,
    /// stopping once no trials are left; the last outcome takes what remains, so
    /// its probability is never read (as in numpy). These binomials use numpy's
    /// modern `random_binomial`: no draw when `p == 0` or no trials are left.
    ///
    /// - Throws: `RandomStateError.invalidCount` when `trials < 0`;
    ///   `RandomStateError.invalidProbabilities` when the vector is empty, an entry
    ///   is outside [0, 1] or NaN, or all but the last sum to more than `1 + 1e-12`.
    public mutating func multinomial(_ trials: Int, _ probabilities: [Double]) throws(RandomStateError) -> [Int] {
        guard trials >= 0 else {
            throw .invalidCount("multinomial needs a non-negative number of trials, got \(trials)")
        }
        guard !probabilities.isEmpty else {
            throw .invalidProbabilities("multinomial needs at least one outcome probability")
        }
        if let bad = probabilities.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            throw .invalidProbabilities("p[\(bad)] = \(probabilities[bad]) is outside [0, 1]")
        }
        let headSum = Self.kahanSum(probabilities.dropLast())
        guard headSum <= 1.0 + 1e-12 else {
            throw .invalidProbabilities("all but the last sum to \(headSum) > 1; the probabilities must sum to 1")
        }
        let d = probabilities.count
        var counts = [Int](repeating: 0, count: d)
        var remainingProbability = 1.0
        var remainingTrials = trials
        for j in 0..<(d - 1) {
            counts[j] = modernBinomial(trials: remainingTrials, probability: probabilities[j] / remainingProbability)
            remainingTrials -= counts[j]
            if remainingTrials <= 0 { break }
            remainingProbability -= probabilities[j]
        }
        if remainingTrials > 0 {
            counts[d - 1] = remainingTrials
        }
        return counts
    }

    // MARK: - Kernels

    static func validateBinomial(trials: Int, probability p: Double) throws(RandomStateError) {
        guard p >= 0 && p <= 1 else { throw .probabilityOutOfRange(p) }
        guard trials >= 0 else {
            throw .invalidCount("binomial needs a non-negative number of trials, got \(trials)")
        }
    }

    /// numpy's `legacy_random_binomial`: no shortcut, legacy inversion, shared BTPE.
    mutating func legacyBinomial(trials n: Int, probability p: Double) -> Int {
        if p <= 0.5 {
            if p * Double(n) <= 30.0 {
                return binomialInversion(trials: n, probability: p, legacyPower: true)
            }
            return binomialBTPE(trials: n, probability: p)
        }
        let q = 1.0 - p
        if q * Double(n) <= 30.0 {
            return n - binomialInversion(trials: n, probability: q, legacyPower: true)
        }
        return n - binomialBTPE(trials: n, probability: q)
    }

    /// numpy's `random_binomial`, used by `multinomial`: zero without a draw when
    /// `n == 0` or `p == 0`, inversion with `log1p`, shared BTPE.
    mutating func modernBinomial(trials n: Int, probability p: Double) -> Int {
        if n == 0 || p == 0 { return 0 }
        if p <= 0.5 {
            if p * Double(n) <= 30.0 {
                return binomialInversion(trials: n, probability: p, legacyPower: false)
            }
            return binomialBTPE(trials: n, probability: p)
        }
        let q = 1.0 - p
        if q * Double(n) <= 30.0 {
            return n - binomialInversion(trials: n, probability: q, legacyPower: false)
        }
        return n - binomialBTPE(trials: n, probability: q)
    }

    /// Sequential search of the binomial CDF from 0, restarting past a 10-sigma bound.
    ///
    /// `legacyPower` selects `q^n = exp(n * log(1 - p))` (RandomState.binomial) over
    /// `exp(n * log1p(-p))` (random_binomial).
    mutating func binomialInversion(trials n: Int, probability p: Double, legacyPower: Bool) -> Int {
        let nd = Double(n)
        let q = 1.0 - p
        let qn = legacyPower ? exp(nd * log(q)) : exp(nd * log1p(-p))
        let np = nd * p
        let bound = Self.truncatedInt(min(nd, np + 10.0 * (np * q + 1).squareRoot()))
        var x = 0
        var px = qn
        var u = nextDouble()
        while u > px {
            x += 1
            if x > bound {
                x = 0
                px = qn
                u = nextDouble()
            } else {
                u -= px
                px = (Double(n - x + 1) * p * px) / (Double(x) * q)
            }
        }
        return x
    }

    /// Kachitvichyanukul & Schmeiser's BTPE as in numpy's `random_binomial_btpe`
    /// (with its Stirling-term signs), for `p <= 0.5` and `n * p > 30`.
    mutating func binomialBTPE(trials n: Int, probability p: Double) -> Int {
        let nd = Double(n)
        let r = min(p, 1.0 - p)
        let q = 1.0 - r
        let fm = nd * r + r
        let m = Self.truncatedInt(floor(fm))
        let md = Double(m)
        let p1 = floor(2.195 * (nd * r * q).squareRoot() - 4.6 * q) + 0.5
        let xm = md + 0.5
        let xl = xm - p1
        let xr = xm + p1
        let c = 0.134 + 20.5 / (15.3 + md)
        var a = (fm - xl) / (fm - xl * r)
        let laml = a * (1.0 + a / 2.0)
        a = (xr - fm) / (xr * q)
        let lamr = a * (1.0 + a / 2.0)
        let p2 = p1 * (1.0 + 2.0 * c)
        let p3 = p2 + c / laml
        let p4 = p3 + c / lamr

        var y = 0
        while true {
            // Step 10: pick a region of the majorizing function.
            let nrq = nd * r * q
            let u = nextDouble() * p4
            var v = nextDouble()
            if u <= p1 {
                // Triangular centre: immediate acceptance.
                y = Self.truncatedInt(floor(xm - p1 * v + u))
                break
            }
            if u <= p2 {
                // Step 20: parallelograms.
                let x = xl + (u - p1) / c
                v = v * c + 1.0 - abs(md - x + 0.5) / p1
                if v > 1.0 { continue }
                y = Self.truncatedInt(floor(x))
            } else if u <= p3 {
                // Step 30: left exponential tail.
                y = Self.truncatedInt(floor(xl + log(v) / laml))
                if y < 0 || v == 0.0 { continue }
                v = v * (u - p2) * laml
            } else {
                // Step 40: right exponential tail.
                y = Self.truncatedInt(floor(xr - log(v) / lamr))
                if y > n || v == 0.0 { continue }
                v = v * (u - p3) * lamr
            }
            // Step 50: decide acceptance.
            let k = abs(y - m)
            if !(k > 20 && Double(k) < nrq / 2.0 - 1) {
                // Explicit evaluation of f(y) / f(m).
                let s = r / q
                let aa = s * Double(n &+ 1)
                var f = 1.0
                if m < y {
                    var i = m + 1
                    while i <= y { f *= (aa / Double(i) - s); i += 1 }
                } else if m > y {
                    var i = y + 1
                    while i <= m { f /= (aa / Double(i) - s); i += 1 }
                }
                if v > f { continue }
                break
            }
            // Step 52: squeeze on log f, then the Stirling bound.
            let kd = Double(k)
            let rho = (kd / nrq) * ((kd * (kd / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5)
            let (square, overflow) = (-k).multipliedReportingOverflow(by: k)
            let t = (overflow ? -(kd * kd) : Double(square)) / (2 * nrq)
            let logV = log(v)
            if logV < t - rho { break }
            if logV > t + rho { continue }
            // Wrapping arithmetic: C's long arithmetic, which cannot trap (n near Int.max is not meaningful).
            let x1 = Double(y &+ 1)
            let f1 = md + 1
            let z = Double(n &+ 1 &- m)
            let w = Double(n &- y &+ 1)
            let x2 = x1 * x1
            let f2 = f1 * f1
            let z2 = z * z
            let w2 = w * w
            let bound = xm * log(f1 / x1) + (Double(n - m) + 0.5) * log(z / w)
                + Double(y - m) * log(w * r / (x1 * q))
                + (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / f2) / f2) / f2) / f2) / f1 / 166_320.0
                + (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / z2) / z2) / z2) / z2) / z / 166_320.0
                + (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / x2) / x2) / x2) / x2) / x1 / 166_320.0
                + (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / w2) / w2) / w2) / w2) / w / 166_320.0
            if logV > bound { continue }
            break
        }
        // Step 60: numpy also reflects here when p > 0.5; callers pass p <= 0.5.
        if p > 0.5 { y = n - y }
        return y
    }

    /// C's `(long)x` made total: truncation toward zero, NaN to 0, and saturation
    /// outside `Int`'s range (where C is undefined and numpy's result is never used).
    static func truncatedInt(_ x: Double) -> Int {
        guard !x.isNaN else { return 0 }
        if x >= 9.2233720368547758e18 { return Int.max }
        if x <= -9.2233720368547758e18 { return Int.min }
        return Int(x)
    }
}
