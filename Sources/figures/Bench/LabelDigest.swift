/// A 64-bit FNV-1a hash of a label sequence, so that two programs can show they produced the
/// same labels, in the same order, without printing a million of them.
///
/// Each label is hashed as its four little-endian bytes (labels are small non-negative
/// cluster ids; a label outside `Int32` is hashed by its low 32 bits). `Scripts/bench-peer.py`
/// computes the same digest from scikit-learn's labels.
enum LabelDigest {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The digest as 16 lowercase hexadecimal digits.
    static func hex(_ labels: [Int]) -> String {
        let value = fnv1a(labels)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// FNV-1a over the labels' 32-bit little-endian bytes.
    static func fnv1a(_ labels: [Int]) -> UInt64 {
        var hash = offsetBasis
        for label in labels {
            let word = UInt32(truncatingIfNeeded: label)
            for shift in stride(from: 0, to: 32, by: 8) {
                hash ^= UInt64((word >> UInt32(shift)) & 0xff)
                hash = hash &* prime
            }
        }
        return hash
    }
}
