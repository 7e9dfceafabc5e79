extension RandomState {
    /// Shuffles `elements` in place like numpy's `shuffle`: Fisher–Yates from
    /// the end, `j = randomInterval(i)` for `i = n-1 ... 1`.
    public mutating func shuffle<T>(_ elements: inout [T]) {
        var i = elements.count - 1
        while i >= 1 {
            let j = Int(randomInterval(UInt64(i)))
            if i != j { elements.swapAt(i, j) }
            i -= 1
        }
    }

    /// Shuffles the rows of `matrix` in place with the same swaps numpy applies to a 2-D array.
    public mutating func shuffleRows(_ matrix: inout Matrix) {
        let columns = matrix.columns
        var i = matrix.rows - 1
        guard columns > 0 else {
            // Rows of width zero: the swaps are invisible but the draws still happen.
            while i >= 1 { _ = randomInterval(UInt64(i)); i -= 1 }
            return
        }
        matrix.storage.withUnsafeMutableBufferPointer { buffer in
            while i >= 1 {
                let j = Int(randomInterval(UInt64(i)))
                if i != j {
                    for f in 0..<columns {
                        buffer.swapAt(i * columns + f, j * columns + f)
                    }
                }
                i -= 1
            }
        }
    }

    /// A random ordering of `0..<count` (`permutation(count)`: `arange` then `shuffle`).
    ///
    /// - Precondition: `count >= 0`.
    public mutating func permutation(_ count: Int) -> [Int] {
        precondition(count >= 0, "permutation count must not be negative, got \(count)")
        var indices = Array(0..<count)
        shuffle(&indices)
        return indices
    }

    /// A shuffled copy of `elements` (`permutation(array)`).
    public mutating func permutation<T>(of elements: [T]) -> [T] {
        var copy = elements
        shuffle(&copy)
        return copy
    }

    /// A copy of `matrix` with its rows shuffled (`permutation(2-D array)`).
    public mutating func permutation(rowsOf matrix: Matrix) -> Matrix {
        var copy = matrix
        shuffleRows(&copy)
        return copy
    }

    // MARK: - choice

    /// `count` indices drawn from `0..<populationSize`, numpy's legacy `choice(populationSize, count, replace, p)`.
    ///
    /// - With replacement and no `probabilities`: `randint(0, populationSize, count)`.
    /// - With replacement and `probabilities`: one `nextDouble` per index, located in the normalised cumulative sum.
    /// - Without replacement and no `probabilities`: the first `count` entries of a **full** permutation.
    /// - Without replacement with `probabilities`: rounds of draws that zero the weight of indices already taken,
    ///   keeping first occurrences in draw order.
    ///
    /// - Throws: `RandomStateError.invalidCount` for an empty population (unless `count == 0`) or, without
    ///   replacement, a sample larger than the population or than the number of non-zero probabilities;
    ///   `RandomStateError.invalidProbabilities` when `probabilities` has the wrong length, contains NaN or
    ///   negative values, or does not sum to 1 within `sqrt(2.2e-16)`.
    /// - Precondition: `count >= 0`.
    public mutating func choice(
        _ populationSize: Int, count: Int, replace: Bool = true, probabilities: [Double]? = nil
    ) throws(RandomStateError) -> [Int] {
        precondition(count >= 0, "choice count must not be negative, got \(count)")
        guard populationSize > 0 || count == 0 else {
            throw .invalidCount("choice needs a population of at least 1 to draw \(count) samples, got \(populationSize)")
        }
        if let p = probabilities {
            try Self.validateChoiceProbabilities(p, populationSize: populationSize)
        }
        if replace {
            guard let p = probabilities else {
                return try randint(low: 0, high: populationSize, count: count)
            }
            let cdf = Self.normalizedCumulativeSum(p)
            var out = [Int](repeating: 0, count: count)
            for i in 0..<count {
                // u < 1 = cdf.last, so the clamp only guards against a malformed cdf.
                out[i] = min(Self.searchSortedRight(cdf, nextDouble()), populationSize - 1)
            }
            return out
        }
        guard count <= populationSize else {
            throw .invalidCount("cannot take \(count) samples without replacement from a population of \(populationSize)")
        }
        guard let p = probabilities else {
            return Array(permutation(populationSize).prefix(count))
        }
        let nonZero = p.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        guard nonZero >= count else {
            throw .invalidCount("only \(nonZero) probabilities are non-zero, fewer than the \(count) samples asked for without replacement")
        }
        return weightedSampleWithoutReplacement(count: count, probabilities: p)
    }

    /// numpy's `choice(len(p), count, replace=False, p=p)` after validation: rounds of
    /// `randomSample(count - found)` against the cdf of the weights not yet taken.
    ///
    /// - Precondition: `p` is a valid probability vector with at least `count` non-zero entries.
    mutating func weightedSampleWithoutReplacement(count: Int, probabilities: [Double]) -> [Int] {
        var p = probabilities
        let populationSize = p.count
        var found: [Int] = []
        found.reserveCapacity(count)
        var taken = [Bool](repeating: false, count: populationSize)
        while found.count < count {
            let draws = randomSample(count: count - found.count)
            for index in found { p[index] = 0 }
            let cdf = Self.normalizedCumulativeSum(p)
            // numpy keeps the first occurrence of each new index, in draw order.
            for u in draws {
                let index = min(Self.searchSortedRight(cdf, u), populationSize - 1)
                if !taken[index] {
                    taken[index] = true
                    found.append(index)
                }
            }
        }
        return found
    }

    /// One index drawn from `0..<populationSize` (numpy's `choice(populationSize, p=...)` with no size).
    ///
    /// Draws exactly what `choice(populationSize, count: 1, ...)` draws, so without replacement
    /// it still shuffles the whole population as numpy does.
    ///
    /// - Throws: as `choice(_:count:replace:probabilities:)`.
    public mutating func choice(
        _ populationSize: Int, replace: Bool = true, probabilities: [Double]? = nil
    ) throws(RandomStateError) -> Int {
        let drawn = try choice(populationSize, count: 1, replace: replace, probabilities: probabilities)
        return drawn[0]
    }

    /// `count` elements drawn from `elements` (numpy's `choice(array, count, replace, p)`).
    ///
    /// - Throws: as `choice(_:count:replace:probabilities:)`.
    public mutating func choice<T>(
        from elements: [T], count: Int, replace: Bool = true, probabilities: [Double]? = nil
    ) throws(RandomStateError) -> [T] {
        let indices = try choice(elements.count, count: count, replace: replace, probabilities: probabilities)
        return indices.map { elements[$0] }
    }

    // MARK: - Helpers shared with k-means++

    /// numpy's checks on `choice`'s `p`: length, NaN, sign, and a Kahan sum within `sqrt(eps)` of 1.
    static func validateChoiceProbabilities(_ p: [Double], populationSize: Int) throws(RandomStateError) {
        guard p.count == populationSize else {
            throw .invalidProbabilities("\(p.count) probabilities for a population of \(populationSize); they must have the same length")
        }
        let sum = kahanSum(p[...])
        guard !sum.isNaN else { throw .invalidProbabilities("they contain NaN") }
        if let negative = p.firstIndex(where: { $0 < 0 }) {
            throw .invalidProbabilities("p[\(negative)] = \(p[negative]) is negative; probabilities must be non-negative")
        }
        let tolerance = Double.ulpOfOne.squareRoot()
        guard abs(sum - 1) <= tolerance else {
            throw .invalidProbabilities("they sum to \(sum), not 1 (tolerance \(tolerance))")
        }
    }

    /// numpy's `kahan_sum`: compensated summation from the first element.
    static func kahanSum(_ values: ArraySlice<Double>) -> Double {
        guard let first = values.first else { return 0 }
        var sum = first
        var compensation = 0.0
        for value in values.dropFirst() {
            let y = value - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        return sum
    }

    /// `cumsum(p) / cumsum(p)[-1]`, summed left to right as numpy does.
    static func normalizedCumulativeSum(_ p: [Double]) -> [Double] {
        var cdf = [Double](repeating: 0, count: p.count)
        var running = 0.0
        for i in p.indices {
            running += p[i]
            cdf[i] = running
        }
        if let last = cdf.last {
            for i in cdf.indices { cdf[i] /= last }
        }
        return cdf
    }

    /// numpy's `searchsorted(sorted, value, side='right')`: the number of entries `<= value`
    /// in a non-decreasing array.
    static func searchSortedRight(_ sorted: [Double], _ value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// numpy's `searchsorted(sorted, value, side='left')`: the number of entries `< value`.
    static func searchSortedLeft(_ sorted: [Double], _ value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
