extension RandomState {
    /// One integer uniform on [low, high) (`randint(low, high)` with numpy's default int64 dtype).
    ///
    /// numpy's legacy masked rejection: with `range = high - 1 - low`, draw
    /// `next32() & mask` (or `next64() & mask` once the range exceeds 32 bits)
    /// until the value is at most `range`. A one-value range returns `low`
    /// without drawing.
    ///
    /// - Throws: `RandomStateError.emptyIntegerRange` unless `low < high`.
    public mutating func randint(low: Int, high: Int) throws(RandomStateError) -> Int {
        guard low < high else { throw .emptyIntegerRange(low: low, high: high) }
        let range = Self.span(low: low, high: high)
        return Self.offset(low, by: boundedMasked(range: range, mask: Self.mask(covering: range)))
    }

    /// `count` integers uniform on [low, high), in order; the mask is computed once.
    ///
    /// - Throws: `RandomStateError.emptyIntegerRange` unless `low < high`.
    /// - Precondition: `count >= 0`.
    public mutating func randint(low: Int, high: Int, count: Int) throws(RandomStateError) -> [Int] {
        precondition(count >= 0, "randint count must not be negative, got \(count)")
        guard low < high else { throw .emptyIntegerRange(low: low, high: high) }
        let range = Self.span(low: low, high: high)
        let mask = Self.mask(covering: range)
        var out = [Int](repeating: 0, count: count)
        for i in 0..<count {
            out[i] = Self.offset(low, by: boundedMasked(range: range, mask: mask))
        }
        return out
    }

    /// An integer uniform on 0...max by masked rejection (numpy's `random_interval`).
    ///
    /// Used by `shuffle`; it differs from `randint` only in that the mask is
    /// recomputed for every call.
    public mutating func randomInterval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        let mask = Self.mask(covering: max)
        if max <= 0xffff_ffff {
            var value: UInt64
            repeat { value = UInt64(next32()) & mask } while value > max
            return value
        }
        var value: UInt64
        repeat { value = next64() & mask } while value > max
        return value
    }

    /// A value uniform on 0...range by numpy's bounded masked generator.
    private mutating func boundedMasked(range: UInt64, mask: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        if range <= 0xffff_ffff {
            if range == 0xffff_ffff { return UInt64(next32()) }
            var value: UInt64
            repeat { value = UInt64(next32()) & mask } while value > range
            return value
        }
        if range == UInt64.max { return next64() }
        var value: UInt64
        repeat { value = next64() & mask } while value > range
        return value
    }

    /// `high - 1 - low` as an unsigned width; exact even when the difference overflows `Int`.
    static func span(low: Int, high: Int) -> UInt64 {
        UInt64(bitPattern: Int64(high)) &- 1 &- UInt64(bitPattern: Int64(low))
    }

    /// `low + value` with two's-complement wrap-around, which is exact because the sum lies in [low, high).
    static func offset(_ low: Int, by value: UInt64) -> Int {
        Int(Int64(bitPattern: UInt64(bitPattern: Int64(low)) &+ value))
    }

    /// The smallest `2^k - 1` that is at least `value`.
    static func mask(covering value: UInt64) -> UInt64 {
        var mask = value
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        return mask
    }
}
