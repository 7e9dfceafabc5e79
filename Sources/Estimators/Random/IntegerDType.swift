/// numpy's integer dtypes for `randint`: which values they hold, and how many bits of the
/// 32-bit stream each draw takes.
///
/// 64- and 32-bit dtypes draw one 32-bit word a value (two for ranges past 32 bits); 16- and
/// 8-bit dtypes and `bool` cut one 32-bit word into pieces of 16, 8 or 1 bits, low bits first,
/// so the same seed gives other values, and leaves the stream elsewhere, than `int64` does.
public enum IntegerDType: String, Sendable, CaseIterable {
    case int64, int32, int16, int8
    case uint32, uint16, uint8
    case bool

    /// The values the dtype holds.
    public var bounds: ClosedRange<Int> {
        switch self {
        case .int64: Int.min...Int.max
        case .int32: Int(Int32.min)...Int(Int32.max)
        case .int16: Int(Int16.min)...Int(Int16.max)
        case .int8: Int(Int8.min)...Int(Int8.max)
        case .uint32: 0...Int(UInt32.max)
        case .uint16: 0...Int(UInt16.max)
        case .uint8: 0...Int(UInt8.max)
        case .bool: 0...1
        }
    }

    /// Bits of a 32-bit word a draw takes: 32 for the wide dtypes (which may take two words).
    var pieceBits: Int {
        switch self {
        case .int64, .int32, .uint32: 32
        case .int16, .uint16: 16
        case .int8, .uint8: 8
        case .bool: 1
        }
    }
}
