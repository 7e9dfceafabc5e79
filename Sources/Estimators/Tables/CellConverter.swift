/// How a cell's bytes become a value; nil when they do not.
///
/// A protocol rather than a closure so that each conversion is specialised and
/// inlined into the parsing loop.
protocol CellConverter {
    associatedtype Value: Sendable
    static func convert(_ cell: UnsafeBufferPointer<UInt8>) -> Value?
}

/// Finite numbers whose squares are finite: what estimators accept.
enum EstimatorReal: CellConverter {
    @inline(__always)
    static func convert(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        Table.acceptedReal(CellParser.real(cell))
    }
}

/// Exact 64-bit integers.
enum ExactInteger: CellConverter {
    @inline(__always)
    static func convert(_ cell: UnsafeBufferPointer<UInt8>) -> Int64? {
        if case .value(let value) = CellParser.integer(cell) { return value }
        return nil
    }
}

/// Numbers as pandas reads them: NaN for missing cells, infinities where spelled out.
enum PandasReal: CellConverter {
    @inline(__always)
    static func convert(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        switch CellParser.real(cell) {
        case .number(let value), .nonFinite(let value): value
        case .missing: .nan
        case .invalid: nil
        }
    }
}
