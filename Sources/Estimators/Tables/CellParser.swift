/// Reads numbers straight from a cell's UTF-8 bytes, without building a `String`.
///
/// Three paths, all correctly rounded, so the result is the nearest `Double`,
/// exactly what Python's `float()` gives:
///
/// 1. Clinger's fast path: a mantissa up to 2^53 and a power of ten up to 10^22
///    are both exact doubles, so one IEEE multiplication or division rounds
///    correctly (`-25.761714`, `1e5`).
/// 2. Exact integer arithmetic for mantissas up to 19 digits with powers of ten
///    within 10^±27 (the 17-digit shortest round-trip text Swift and Python write,
///    such as `0.12345678901234567`): the mantissa times 5^e in 128 bits, or divided
///    by 5^-e with the remainder kept as a sticky bit, then rounded half to even.
/// 3. Anything else (20+ significant digits, huge or tiny exponents): the
///    standard library's correctly rounded, locale-independent `Double(_:)`.
enum CellParser {
    /// What a cell holds when read as a real number.
    enum Real: Equatable {
        /// A decimal literal's value (may be infinite if the literal overflows).
        case number(Double)
        /// A literal NaN or infinity spelled out (`nan`, `NaN`, `inf`, `-Infinity`, …).
        case nonFinite(Double)
        /// An empty cell or one of pandas' missing-value markers (`NA`, `N/A`, `NULL`, …).
        case missing
        /// Anything else.
        case invalid
    }

    /// What a cell holds when read as an integer.
    enum Integer: Equatable {
        case value(Int64)
        /// Digits only, but outside `Int64.min...Int64.max`.
        case outOfRange
        case missing
        /// Not an integer literal (a fraction, an exponent, text).
        case invalid
    }

    /// Exact powers of ten representable in a `Double` (10^0 ... 10^22).
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Powers of five that fit in 64 bits (5^0 ... 5^27).
    private static let powersOfFive: [UInt64] = {
        var powers: [UInt64] = [1]
        for _ in 1...27 { powers.append(powers[powers.count - 1] * 5) }
        return powers
    }()

    /// `mantissa × 10^exponent` correctly rounded, by exact integer arithmetic; nil outside −27...27.
    @inline(__always)
    static func scaledExactly(_ mantissa: UInt64, _ exponent: Int) -> Double? {
        guard exponent >= -27 && exponent <= 27, mantissa != 0 else { return nil }
        if exponent >= 0 {
            // m·10^e = (m·5^e)·2^e, and m·5^e < 2^128 exactly.
            let (high, low) = mantissa.multipliedFullWidth(by: powersOfFive[exponent])
            return nearest(high: high, low: low, sticky: false, scale: exponent)
        }
        // m·10^-k = (m·2^s / 5^k)·2^(-s-k): a 64-bit quotient, the remainder only decides the rounding.
        let k = -exponent
        let divisor = powersOfFive[k]
        let divisorBits = 64 - divisor.leadingZeroBitCount
        let mantissaBits = 64 - mantissa.leadingZeroBitCount
        let shift = 63 + divisorBits - mantissaBits  // puts the quotient in [2^62, 2^64)
        let high = shift >= 64 ? mantissa << (shift - 64) : (shift == 0 ? 0 : mantissa >> (64 - shift))
        let low = shift >= 64 ? 0 : mantissa << shift
        let (quotient, remainder) = divisor.dividingFullWidth((high: high, low: low))
        return nearest(high: 0, low: quotient, sticky: remainder != 0, scale: -shift - k)
    }

    /// The double nearest to `(high·2^64 + low + δ)·2^scale`, ties to even, where 0 < δ < 1 when `sticky`.
    ///
    /// The callers' values lie far inside the normal range, so only the significand rounds.
    @inline(__always)
    private static func nearest(high: UInt64, low: UInt64, sticky: Bool, scale: Int) -> Double {
        let bits = high != 0 ? 128 - high.leadingZeroBitCount : 64 - low.leadingZeroBitCount
        guard bits > 53 else {
            // Exact already (a sticky remainder cannot occur with fewer than 62 quotient bits).
            return Double(sign: .plus, exponent: scale, significand: Double(low))
        }
        let drop = bits - 53
        // The kept 53 bits, the first dropped bit, and whether anything below it is set.
        let significand: UInt64
        let roundBit: Bool
        let below: Bool
        if drop >= 64 {
            significand = high >> (drop - 64)
            roundBit = drop == 64 ? low >> 63 != 0 : (high >> (drop - 65)) & 1 != 0
            let highBelow = drop == 64 ? false : high & ((1 << (drop - 65)) - 1) != 0
            below = highBelow || (drop == 64 ? low & ((1 << 63) - 1) != 0 : low != 0)
        } else {
            significand = (high << (64 - drop)) | (low >> drop)
            roundBit = (low >> (drop - 1)) & 1 != 0
            below = drop == 1 ? false : low & ((1 << (drop - 1)) - 1) != 0
        }
        var rounded = significand
        if roundBit && (below || sticky || significand & 1 == 1) { rounded += 1 }
        return Double(sign: .plus, exponent: drop + scale, significand: Double(rounded))
    }

    /// pandas' default missing-value markers (other than the NaN spellings, handled as NaN).
    private static let missingMarkers: Set<[UInt8]> = Set(
        ["#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "1.#IND", "1.#QNAN",
         "<NA>", "N/A", "NA", "NULL", "None", "n/a", "null"].map { Array($0.utf8) }
    )

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The cell without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ cell: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = cell.count
        while start < end && isBlank(cell[start]) { start += 1 }
        while end > start && isBlank(cell[end - 1]) { end -= 1 }
        return start..<end
    }

    /// Steps `i` past an optional `+` or `-` (which must be in `cell`); true for `-`.
    @inline(__always)
    static func skipSign(_ cell: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Bool {
        if cell[i] == UInt8(ascii: "-") {
            i += 1
            return true
        }
        if cell[i] == UInt8(ascii: "+") { i += 1 }
        return false
    }

    /// Reads a cell as a real number.
    ///
    /// Accepts `[+-]digits[.digits][(e|E)[+-]digits]` (digits on at least one side of
    /// the point), surrounded by optional spaces or tabs.
    @inline(__always)
    static func real(_ cell: UnsafeBufferPointer<UInt8>) -> Real {
        let bounds = trimmed(cell)
        if bounds.isEmpty { return .missing }
        var i = bounds.lowerBound
        let end = bounds.upperBound
        let negative = skipSign(cell, at: &i)
        // The digits, accumulated without checks: exact whenever there are at most 19 of them.
        var mantissa: UInt64 = 0
        let integerStart = i
        while i < end {
            let digit = cell[i] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            i += 1
        }
        var digits = i - integerStart
        var exponent = 0          // value = mantissa * 10^exponent
        if i < end && cell[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < end {
                let digit = cell[i] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                i += 1
            }
            exponent = fractionStart - i
            digits += i - fractionStart
        }
        let sawDigit = digits > 0
        var inexact = false       // a non-zero digit beyond the 19th significant one was dropped
        if digits > 19 {
            (mantissa, exponent, inexact) = significantDigits(cell, from: integerStart, to: i)
        }
        guard sawDigit else { return special(cell, bounds) }
        if i < end && (cell[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            var exponentNegative = false
            if i < end && (cell[i] == UInt8(ascii: "-") || cell[i] == UInt8(ascii: "+")) {
                exponentNegative = cell[i] == UInt8(ascii: "-")
                i += 1
            }
            var written = 0
            var exponentDigits = 0
            while i < end {
                let digit = cell[i] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                if written < 1_000_000 { written = written * 10 + Int(digit) }
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return special(cell, bounds) }
            exponent += exponentNegative ? -written : written
        }
        guard i == end else { return special(cell, bounds) }
        if mantissa == 0 && !inexact {
            return .number(negative ? -0.0 : 0.0)
        }
        if !inexact && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
            var value = Double(mantissa)
            if exponent < 0 {
                value /= exactPowersOfTen[-exponent]
            } else {
                value *= exactPowersOfTen[exponent]
            }
            return .number(negative ? -value : value)
        }
        if !inexact, let value = scaledExactly(mantissa, exponent) {
            return .number(negative ? -value : value)
        }
        // Slow path: the standard library's correctly rounded conversion.
        let text = String(decoding: UnsafeBufferPointer(rebasing: cell[bounds]), as: UTF8.self)
        guard let value = Double(text) else { return .invalid }
        return .number(value)
    }

    /// The first 19 significant digits of `digits[.digits]` in `cell[start..<end]` as a mantissa,
    /// its power of ten, and whether a non-zero digit was dropped (for literals of 20+ digits).
    private static func significantDigits(_ cell: UnsafeBufferPointer<UInt8>, from start: Int,
                                          to end: Int) -> (UInt64, Int, Bool) {
        var mantissa: UInt64 = 0
        var kept = 0
        var exponent = 0
        var inexact = false
        var afterPoint = false
        for i in start..<end {
            let byte = cell[i]
            if byte == UInt8(ascii: ".") {
                afterPoint = true
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            if kept < 19 {
                if mantissa != 0 || digit != 0 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    kept += 1
                }
                if afterPoint { exponent -= 1 }
            } else {
                if !afterPoint { exponent += 1 }
                if digit != 0 { inexact = true }
            }
        }
        return (mantissa, exponent, inexact)
    }

    /// Reads a cell as a 64-bit integer: `[+-]digits`, surrounded by optional spaces or tabs.
    @inline(__always)
    static func integer(_ cell: UnsafeBufferPointer<UInt8>) -> Integer {
        let bounds = trimmed(cell)
        if bounds.isEmpty { return .missing }
        var i = bounds.lowerBound
        let end = bounds.upperBound
        let negative = skipSign(cell, at: &i)
        guard i < end else { return .invalid }
        var magnitude: UInt64 = 0
        var overflow = false
        while i < end {
            let digit = cell[i] &- UInt8(ascii: "0")
            guard digit < 10 else {
                return real(cell) == .missing ? .missing : .invalid
            }
            if !overflow {
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(digit))
                if o1 || o2 { overflow = true } else { magnitude = sum }
            }
            i += 1
        }
        if overflow { return .outOfRange }
        if negative {
            if magnitude <= UInt64(Int64.max) { return .value(-Int64(magnitude)) }
            if magnitude == UInt64(Int64.max) + 1 { return .value(Int64.min) }
            return .outOfRange
        }
        return magnitude <= UInt64(Int64.max) ? .value(Int64(magnitude)) : .outOfRange
    }

    /// Classifies a cell that is not a decimal literal: NaN/infinity spellings, missing markers, or invalid.
    private static func special(_ cell: UnsafeBufferPointer<UInt8>, _ bounds: Range<Int>) -> Real {
        let word = UnsafeBufferPointer(rebasing: cell[bounds])
        if missingMarkers.contains(Array(word)) { return .missing }
        var start = 0
        var sign = 1.0
        if let first = word.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            start = 1
        }
        let body = UnsafeBufferPointer(rebasing: word[start...])
        if equalsIgnoringCase(body, "nan") { return .nonFinite(.nan) }
        if equalsIgnoringCase(body, "inf") || equalsIgnoringCase(body, "infinity") {
            return .nonFinite(sign * .infinity)
        }
        return .invalid
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount)
        for k in 0..<bytes.count where bytes[k] | 0x20 != expected[k] {
            return false
        }
        return true
    }
}
