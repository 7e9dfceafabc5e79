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

    /// `count` integers uniform on [low, high) drawn as numpy draws the `dtype` asked for
    /// (`randint(low, high, size=count, dtype=dtype)`).
    ///
    /// 64- and 32-bit dtypes draw exactly what `randint(low:high:count:)` draws. 16- and 8-bit
    /// dtypes and `bool` take 16-, 8- or 1-bit pieces of 32-bit words, low bits first, a fresh
    /// word when the last one is used up (numpy's `buffered_bounded_*`): eight int8 values
    /// with a range under 256 use two words, not eight. A range of one value draws nothing.
    ///
    /// - Throws: `RandomStateError.emptyIntegerRange` unless `low < high`;
    ///   `.integerOutOfBounds` when `low` or `high - 1` does not fit `dtype`.
    /// - Precondition: `count >= 0`.
    public mutating func randint(low: Int, high: Int, count: Int, dtype: IntegerDType) throws(RandomStateError) -> [Int] {
        precondition(count >= 0, "randint count must not be negative, got \(count)")
        guard low < high else { throw .emptyIntegerRange(low: low, high: high) }
        guard dtype.bounds.contains(low) else { throw .integerOutOfBounds(name: "low", value: low, dtype: dtype) }
        guard dtype.bounds.contains(high - 1) else {
            throw .integerOutOfBounds(name: "high - 1", value: high - 1, dtype: dtype)
        }
        let bits = dtype.pieceBits
        if bits == 32 { return try randint(low: low, high: high, count: count) }
        let range = Self.span(low: low, high: high)
        if range == 0 { return [Int](repeating: low, count: count) }
        let full: UInt64 = bits == 1 ? 1 : (1 << UInt64(bits)) - 1
        let mask = range == full ? full : Self.mask(covering: range)
        var word: UInt32 = 0
        var piecesLeft = 0
        var out = [Int](repeating: 0, count: count)
        for i in 0..<count {
            var value: UInt64
            repeat {
                if piecesLeft == 0 {
                    word = next32()
                    piecesLeft = 32 / bits - 1
                } else {
                    word >>= UInt32(bits)
                    piecesLeft -= 1
                }
                value = UInt64(word) & full & mask
            } while value > range
            out[i] = Self.offset(low, by: value)
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
