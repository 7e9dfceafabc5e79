import Foundation

/// Parsing text columns into typed values, on both cores, with errors that point at the cell.
extension Table {
    /// Rows one parallel task parses. Fixed, so the work split never depends on the machine.
    static let parseChunkRows = 65_536

    /// A text column's type as `pandas.read_csv` would infer it.
    enum InferredColumn {
        case integers([Int64])
        /// Numbers, with NaN for missing cells (and ±infinity where spelled out).
        case reals([Double])
        /// Not numeric.
        case text
    }

    /// Column `index` as finite numbers of a magnitude safe to square.
    func doubles(at index: Int) throws(TableError) -> [Double] {
        switch storage[index] {
        case .text(let cells):
            let (values, failure) = Self.parse(cells, initial: 0.0) { cell in
                Self.acceptedReal(CellParser.real(cell))
            }
            if let row = failure {
                let text = cells.string(row)
                throw Self.realError(parsedFrom: text, location(row: row, column: index))
            }
            return values
        case .typed(.doubles(let values)):
            for (row, value) in values.enumerated() where Self.acceptedReal(.number(value)) == nil {
                let parsed: CellParser.Real = value.isFinite ? .number(value) : .nonFinite(value)
                throw Self.realError(parsed, text: value.description, location(row: row, column: index))
            }
            return values
        case .typed(.integers(let values)):
            return values.map { Double($0) }
        case .typed(.strings(let values)):
            var out = [Double]()
            out.reserveCapacity(values.count)
            for (row, text) in values.enumerated() {
                var copy = text
                let value = copy.withUTF8 { Self.acceptedReal(CellParser.real($0)) }
                guard let value else { throw Self.realError(parsedFrom: text, location(row: row, column: index)) }
                out.append(value)
            }
            return out
        }
    }

    /// Column `index` as exact 64-bit integers.
    func integers(at index: Int) throws(TableError) -> [Int64] {
        switch storage[index] {
        case .text(let cells):
            let (values, failure) = Self.parse(cells, initial: Int64(0)) { cell in
                if case .value(let value) = CellParser.integer(cell) { return value }
                return nil
            }
            if let row = failure {
                throw Self.integerError(parsedFrom: cells.string(row), location(row: row, column: index))
            }
            return values
        case .typed(.integers(let values)):
            return values
        case .typed(.doubles(let values)):
            // Integral values convert exactly; anything else is reported.
            var out = [Int64]()
            out.reserveCapacity(values.count)
            for (row, value) in values.enumerated() {
                guard value.isFinite, value.rounded() == value else {
                    throw .invalidInteger(location(row: row, column: index), text: value.description)
                }
                guard let exact = Int64(exactly: value) else {
                    throw .integerOutOfRange(location(row: row, column: index), text: value.description)
                }
                out.append(exact)
            }
            return out
        case .typed(.strings(let values)):
            var out = [Int64]()
            out.reserveCapacity(values.count)
            for (row, text) in values.enumerated() {
                var copy = text
                let parsed = copy.withUTF8 { CellParser.integer($0) }
                guard case .value(let value) = parsed else {
                    throw Self.integerError(parsedFrom: text, location(row: row, column: index))
                }
                out.append(value)
            }
            return out
        }
    }

    /// Infers a text column's type: all integers, else all numbers or missing, else text.
    static func inferNumbers(_ cells: TextCells) -> InferredColumn {
        let (integers, integerFailure) = parse(cells, initial: Int64(0)) { cell in
            if case .value(let value) = CellParser.integer(cell) { return value }
            return nil
        }
        if integerFailure == nil { return .integers(integers) }
        let (reals, realFailure) = parse(cells, initial: 0.0) { cell in
            switch CellParser.real(cell) {
            case .number(let value), .nonFinite(let value): return value
            case .missing: return .nan
            case .invalid: return nil
            }
        }
        return realFailure == nil ? .reals(reals) : .text
    }

    // MARK: - Cell verdicts

    /// The value of a parsed cell if estimators can use it: a finite number whose square is finite.
    @inline(__always)
    static func acceptedReal(_ parsed: CellParser.Real) -> Double? {
        if case .number(let value) = parsed, value.magnitude <= TableError.largestMagnitude { return value }
        return nil
    }

    /// The error for a cell that `acceptedReal` refused.
    static func realError(parsedFrom text: String, _ location: TableLocation) -> TableError {
        var copy = text
        let parsed = copy.withUTF8 { CellParser.real($0) }
        return realError(parsed, text: text, location)
    }

    static func realError(_ parsed: CellParser.Real, text: String, _ location: TableLocation) -> TableError {
        switch parsed {
        case .number(let value) where value.isNaN:
            return .nonFiniteValue(location, text: text)
        case .number:
            return .valueTooLarge(location, text: text.trimmingCharacters(in: .whitespaces))
        case .nonFinite:
            return .nonFiniteValue(location, text: text)
        case .missing:
            return .missingValue(location, text: text)
        case .invalid:
            return .invalidNumber(location, text: text)
        }
    }

    /// The error for a cell that is not an integer.
    static func integerError(parsedFrom text: String, _ location: TableLocation) -> TableError {
        var copy = text
        switch copy.withUTF8({ CellParser.integer($0) }) {
        case .outOfRange: return .integerOutOfRange(location, text: text.trimmingCharacters(in: .whitespaces))
        case .missing: return .missingValue(location, text: text)
        case .invalid, .value: return .invalidInteger(location, text: text)
        }
    }

    // MARK: - Parallel parsing

    /// Converts every cell, in fixed chunks of rows spread over the cores.
    ///
    /// Returns the values and the first row (in row order, whatever the thread
    /// timing) whose conversion returned nil; values from that row on are not meaningful.
    static func parse<T: Sendable>(
        _ cells: TextCells, initial: T, _ convert: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> T?
    ) -> (values: [T], firstFailure: Int?) {
        let count = cells.count
        var values = [T](repeating: initial, count: count)
        let chunkCount = (count + parseChunkRows - 1) / parseChunkRows
        var failures = [Int](repeating: Int.max, count: chunkCount)
        cells.bytes.withUnsafeBufferPointer { bytes in
            cells.ends.withUnsafeBufferPointer { ends in
                values.withUnsafeMutableBufferPointer { out in
                    failures.withUnsafeMutableBufferPointer { chunkFailures in
                        let shared = ChunkBuffers(bytes: bytes, ends: ends, out: out, failures: chunkFailures)
                        let work: @Sendable (Int) -> Void = { chunk in
                            let low = chunk * parseChunkRows
                            let high = min(count, low + parseChunkRows)
                            var start = low == 0 ? 0 : shared.ends[low - 1]
                            for row in low..<high {
                                let end = shared.ends[row]
                                guard let value = convert(UnsafeBufferPointer(rebasing: shared.bytes[start..<end]))
                                else {
                                    shared.failures[chunk] = row
                                    return
                                }
                                shared.out[row] = value
                                start = end
                            }
                        }
                        if chunkCount > 1 {
                            DispatchQueue.concurrentPerform(iterations: chunkCount, execute: work)
                        } else if chunkCount == 1 {
                            work(0)
                        }
                    }
                }
            }
        }
        let first = failures.min() ?? Int.max
        return (values, first == Int.max ? nil : first)
    }
}

/// The buffers the parallel chunks of ``Table/parse(_:initial:_:)`` share.
///
/// Each chunk reads its own rows and writes only its own rows of `out` and its
/// own slot of `failures`, so the unchecked sendability is sound.
private struct ChunkBuffers<T>: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>
    let out: UnsafeMutableBufferPointer<T>
    let failures: UnsafeMutableBufferPointer<Int>
}
