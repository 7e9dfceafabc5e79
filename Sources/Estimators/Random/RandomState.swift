import Foundation

/// numpy's legacy `RandomState`: the Mersenne Twister MT19937 stream and the
/// legacy distributions drawn from it, bit for bit.
///
/// scikit-learn's `random_state=int` means `numpy.random.RandomState(int)`, so
/// matching this generator word for word is what lets `make_blobs`, k-means++
/// and `GaussianMixture.sample` reproduce scikit-learn exactly. The state is a
/// plain value: copying a `RandomState` forks the stream, and functions that
/// must share one stream (as scikit-learn shares one generator object) take it
/// `inout`.
///
/// ```swift
/// var rng = RandomState(seed: 42)
/// let z = rng.standardNormal(count: 10)
/// ```
public struct RandomState: Sendable, Equatable {
    /// Words in the Mersenne Twister state vector.
    static let stateSize = 624
    /// The twist offset `M` of MT19937.
    static let shiftSize = 397

    /// The 624-word twister state.
    private var key: [UInt32]
    /// Index of the next word of `key` to temper; 624 means "regenerate first".
    private var position: Int
    /// Whether `cachedGauss` holds the second value of the last polar pair.
    var hasCachedGauss: Bool
    /// The cached second normal deviate of the polar method (0 when empty).
    var cachedGauss: Double

    /// A generator seeded like `numpy.random.RandomState(seed)`.
    ///
    /// numpy seeds an integer with `init_genrand` (Knuth's linear recurrence),
    /// not `init_by_array`; that is what this does. Every `UInt32` is a valid
    /// seed, which is exactly numpy's accepted range 0...2³²−1.
    public init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Self.stateSize)
        key[0] = seed
        for i in 1..<Self.stateSize {
            let previous = key[i - 1]
            key[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        self.key = key
        self.position = Self.stateSize
        self.hasCachedGauss = false
        self.cachedGauss = 0
    }

    /// A generator from a seed given as a plain integer, checked to lie in numpy's range.
    ///
    /// - Throws: `RandomStateError.seedOutOfRange` unless `0 <= seed <= 4294967295`.
    public init(checkedSeed seed: Int) throws(RandomStateError) {
        guard let word = UInt32(exactly: seed) else {
            throw .seedOutOfRange(seed)
        }
        self.init(seed: word)
    }

    // MARK: - Raw bits

    /// The next tempered 32-bit word (`mt19937_next32`).
    public mutating func next32() -> UInt32 {
        nextWord()
    }

    /// The next 64-bit word: the first 32-bit draw is the high half, as in numpy.
    public mutating func next64() -> UInt64 {
        let high = UInt64(nextWord())
        let low = UInt64(nextWord())
        return (high << 32) | low
    }

    /// The next double in [0, 1) with 53 random bits (`mt19937_next_double`), consuming two words.
    public mutating func nextDouble() -> Double {
        let a = Double(nextWord() >> 5)
        let b = Double(nextWord() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// One tempered word; regenerates the state every 624 words.
    private mutating func nextWord() -> UInt32 {
        if position >= Self.stateSize {
            regenerate()
        }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// The MT19937 twist: refills all 624 words of the state.
    private mutating func regenerate() {
        let upperMask: UInt32 = 0x8000_0000
        let lowerMask: UInt32 = 0x7fff_ffff
        let matrixA: UInt32 = 0x9908_b0df
        let n = Self.stateSize
        let m = Self.shiftSize
        key.withUnsafeMutableBufferPointer { state in
            // The textbook loop `for i in 0..<n` with indices (i + 1) % n and (i + m) % n,
            // split at the two wrap-around points so no index needs a modulo.
            @inline(__always) func twist(_ i: Int, _ next: Int, _ far: Int) {
                let y = (state[i] & upperMask) | (state[next] & lowerMask)
                let mixed = state[far] ^ (y >> 1)
                state[i] = (y & 1) == 0 ? mixed : mixed ^ matrixA
            }
            for i in 0..<(n - m) { twist(i, i + 1, i + m) }
            for i in (n - m)..<(n - 1) { twist(i, i + 1, i + m - n) }
            twist(n - 1, 0, m - 1)
        }
        position = 0
    }

    // MARK: - Uniform doubles

    /// One double in [0, 1) (`random_sample()` with no size).
    public mutating func randomSample() -> Double {
        nextDouble()
    }

    /// `count` doubles in [0, 1) (`random_sample(count)`, `rand(count)`).
    ///
    /// - Precondition: `count >= 0` (a negative size is a programming error, as for `Array(repeating:count:)`).
    public mutating func randomSample(count: Int) -> [Double] {
        precondition(count >= 0, "randomSample count must not be negative, got \(count)")
        var out = [Double](repeating: 0, count: count)
        for i in 0..<count {
            out[i] = nextDouble()
        }
        return out
    }

    /// One draw from [low, high) computed exactly as numpy does: `low + (high - low) * u`.
    ///
    /// - Throws: `RandomStateError.nonFiniteRange` when `high - low` is infinite or NaN
    ///   (numpy's "Range exceeds valid bounds").
    public mutating func uniform(low: Double = 0, high: Double = 1) throws(RandomStateError) -> Double {
        let range = high - low
        guard range.isFinite else { throw .nonFiniteRange(low: low, high: high) }
        return low + range * nextDouble()
    }

    /// `count` draws from [low, high), one `nextDouble` each, in order.
    ///
    /// - Throws: `RandomStateError.nonFiniteRange` when `high - low` is not finite.
    /// - Precondition: `count >= 0`.
    public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) throws(RandomStateError) -> [Double] {
        precondition(count >= 0, "uniform count must not be negative, got \(count)")
        let range = high - low
        guard range.isFinite else { throw .nonFiniteRange(low: low, high: high) }
        var out = [Double](repeating: 0, count: count)
        for i in 0..<count {
            out[i] = low + range * nextDouble()
        }
        return out
    }

    /// One draw per pair of bounds, element-wise in order (numpy's broadcast of array `low`/`high`).
    ///
    /// - Throws: `RandomStateError.shapeMismatch` when the bound arrays differ in length;
    ///   `RandomStateError.nonFiniteRange` when any `high[i] - low[i]` is not finite
    ///   (checked before anything is drawn, as numpy does).
    public mutating func uniform(lows: [Double], highs: [Double]) throws(RandomStateError) -> [Double] {
        guard lows.count == highs.count else {
            throw .shapeMismatch("uniform: \(lows.count) lower bounds but \(highs.count) upper bounds")
        }
        var ranges = [Double](repeating: 0, count: lows.count)
        for i in lows.indices {
            ranges[i] = highs[i] - lows[i]
            guard ranges[i].isFinite else { throw .nonFiniteRange(low: lows[i], high: highs[i]) }
        }
        var out = [Double](repeating: 0, count: lows.count)
        for i in lows.indices {
            out[i] = lows[i] + ranges[i] * nextDouble()
        }
        return out
    }
}
