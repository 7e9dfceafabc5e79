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
            let (values, failure) = Self.parse(cells, as: EstimatorReal.self, initial: 0.0)
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
            let (values, failure) = Self.parse(cells, as: ExactInteger.self, initial: 0)
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
        let (integers, integerFailure) = parse(cells, as: ExactInteger.self, initial: 0)
        if integerFailure == nil { return .integers(integers) }
        let (reals, realFailure) = parse(cells, as: PandasReal.self, initial: 0.0)
        return realFailure == nil ? .reals(reals) : .text
    }

    // MARK: - Cell verdicts

    /// The value of a parsed cell if estimators can use it: a finite number whose square is finite.
    @inline(__always)
    static func acceptedReal(_ parsed: CellParser.Real) -> Double? {
        // The literal is TableError.largestMagnitude (a test checks), spelled out to keep the hot loop free of lazy globals.
        if case .number(let value) = parsed, value.magnitude <= 1.3407807929942596e154 { return value }
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

    /// Converts every cell of a column, in fixed chunks of rows spread over the cores.
    ///
    /// Returns the values and the first row (in row order, whatever the thread
    /// timing) that did not convert; values from that row on are not meaningful.
    static func parse<Converter: CellConverter>(
        _ cells: TextCells, as converter: Converter.Type, initial: Converter.Value
    ) -> (values: [Converter.Value], firstFailure: Int?) {
        var values = [Converter.Value](repeating: initial, count: cells.count)
        let failures = values.withUnsafeMutableBufferPointer { out in
            parse([(cells, 0)], as: converter, into: out, width: 1)
        }
        return (values, failures[0])
    }

    /// Converts several columns of one file into a row-major buffer `width` values wide,
    /// row by row: column `k` of `columns` goes to `out[row * width + position]`.
    ///
    /// Reading whole rows touches each cache line of the file and of the cell bounds
    /// once, where column after column would read them all once a column. Returns the
    /// first cell that did not convert, in file order (row, then index in `columns`).
    /// Columns from different files fall back to converting column by column.
    static func parseRows<Converter: CellConverter>(
        _ columns: [(cells: TextCells, position: Int)], as converter: Converter.Type,
        into out: UnsafeMutableBufferPointer<Converter.Value>, width: Int
    ) -> (row: Int, column: Int)? {
        guard let first = columns.first?.cells.cells else { return nil }
        let sameFile = columns.allSatisfy { column in
            column.cells.cells.bytes.withUnsafeBufferPointer { $0.baseAddress }
                == first.bytes.withUnsafeBufferPointer { $0.baseAddress }
                && column.cells.cells.bounds.withUnsafeBufferPointer { $0.baseAddress }
                == first.bounds.withUnsafeBufferPointer { $0.baseAddress }
        }
        guard sameFile else {
            let failures = parse(columns, as: converter, into: out, width: width)
            let failed = failures.enumerated().compactMap { k, row in row.map { (row: $0, column: k) } }
            return failed.min { ($0.row, $0.column) < ($1.row, $1.column) }
        }
        let chunks = FixedChunks(rows: first.rows, rowsPerChunk: parseChunkRows)
        var failures = [(row: Int, column: Int)?](repeating: nil, count: chunks.count)
        let offsets = columns.map { (bound: 2 * $0.cells.column, position: $0.position) }
        let stride = 2 * first.columns
        first.bytes.withUnsafeBufferPointer { bytes in
            first.bounds.withUnsafeBufferPointer { bounds in
                failures.withUnsafeMutableBufferPointer { chunkFailures in
                    // Each chunk writes only its own rows of `out` and its own slot of `chunkFailures`.
                    chunks.forEach { chunk, rows in
                        for row in rows {
                            let rowBounds = row * stride
                            let rowOut = row * width
                            for (k, offset) in offsets.enumerated() {
                                let b = rowBounds + offset.bound
                                let cell = UnsafeBufferPointer(rebasing: bytes[bounds[b]..<bounds[b + 1]])
                                guard let value = Converter.convert(cell) else {
                                    chunkFailures[chunk] = (row, k)
                                    return
                                }
                                out[rowOut + offset.position] = value
                            }
                        }
                    }
                }
            }
        }
        return failures.lazy.compactMap { $0 }.first
    }

    /// Converts several columns into a row-major buffer `width` values wide: column `k`
    /// of `columns` goes to `out[row * width + position]` for its `position`.
    ///
    /// All columns' chunks run in one parallel loop. Returns, for each column, the first
    /// row that did not convert (deterministic: the smallest failing row of its chunks).
    static func parse<Converter: CellConverter>(
        _ columns: [(cells: TextCells, position: Int)], as converter: Converter.Type,
        into out: UnsafeMutableBufferPointer<Converter.Value>, width: Int
    ) -> [Int?] {
        guard let rows = columns.first?.cells.count else { return [] }
        let chunks = FixedChunks(rows: rows, rowsPerChunk: parseChunkRows)
        let chunkCount = chunks.count
        let taskCount = chunkCount * columns.count
        var failures = [Int](repeating: Int.max, count: taskCount)
        guard taskCount > 0 else { return columns.map { _ in nil } }
        let sources = columns.map { (cells: $0.cells.cells, column: $0.cells.column, position: $0.position) }
        failures.withUnsafeMutableBufferPointer { taskFailures in
            // Each task writes only its own rows' slots of `out` and its own slot of `taskFailures`.
            Parallel.forEach(taskCount) { task in
                let source = sources[task / chunkCount]
                let chunkRows = chunks.range(task % chunkCount)
                let stride = 2 * source.cells.columns
                source.cells.bytes.withUnsafeBufferPointer { bytes in
                    source.cells.bounds.withUnsafeBufferPointer { bounds in
                        var k = chunkRows.lowerBound * stride + 2 * source.column
                        var target = chunkRows.lowerBound * width + source.position
                        for row in chunkRows {
                            let cell = UnsafeBufferPointer(rebasing: bytes[bounds[k]..<bounds[k + 1]])
                            guard let value = Converter.convert(cell) else {
                                taskFailures[task] = row
                                return
                            }
                            out[target] = value
                            k += stride
                            target += width
                        }
                    }
                }
            }
        }
        return (0..<columns.count).map { column in
            let first = failures[(column * chunkCount)..<((column + 1) * chunkCount)].min() ?? Int.max
            return first == Int.max ? nil : first
        }
    }
}
