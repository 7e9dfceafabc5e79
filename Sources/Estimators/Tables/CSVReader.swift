/// Splits CSV bytes into a header and the positions of every cell, validating the structure as it goes.
///
/// One pass over the bytes, no `String` and no copy per field: each cell is
/// recorded as a start and end offset into the file's bytes, which the table
/// keeps. The dialect is RFC 4180 with the usual leniencies:
///
/// - fields are separated by commas; records end at LF, CRLF or a lone CR;
/// - a field that starts with `"` is quoted: it may contain commas, line breaks
///   and doubled quotes (`""` stands for one `"`); it must end at a comma, a line
///   end or the end of the file;
/// - a `"` inside an unquoted field is kept as text;
/// - a UTF-8 byte-order mark at the start is skipped; blank lines are skipped;
///   the last record may or may not end with a line break.
///
/// It rejects what is not CSV text: invalid UTF-8, NUL bytes, an unterminated
/// quote, a record longer than `maximumRecordBytes` (found in linear time: the
/// scan stops at the limit), a record whose field count differs from the header's,
/// duplicate column names, a file without a header or without rows.
struct CSVReader {
    /// Named in error messages: the file path, or a name for text in memory.
    let source: String
    /// The longest record accepted, in bytes (line breaks inside quoted fields included).
    let maximumRecordBytes: Int

    /// What the reader produces: column names, where every cell is, and the line on which each row starts.
    struct Result {
        var names: [String]
        var cells: CSVCells
        var rowLines: [Int]
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The mutable position of the scan.
    private struct Cursor {
        var position: Int
        /// The 1-based number of the line `position` is on.
        var line = 1
        /// The offset at which that line starts (for "byte N of the line" in messages).
        var lineStart: Int
    }

    /// Reads the bytes (taking them over: quoted cells with doubled quotes are unescaped in place).
    func read(_ input: consuming [UInt8]) throws(TableError) -> Result {
        var bytes = input
        var names: [String] = []
        var bounds: [Int] = []
        var rowLines: [Int] = []
        var escaped: [Int] = []
        try bytes.withUnsafeBufferPointer { buffer throws(TableError) in
            try tokenise(buffer, names: &names, bounds: &bounds, rowLines: &rowLines, escaped: &escaped)
        }
        if !escaped.isEmpty {
            bytes.withUnsafeMutableBufferPointer { buffer in
                for index in escaped {
                    bounds[index + 1] = Self.collapseDoubledQuotes(buffer, from: bounds[index], to: bounds[index + 1])
                }
            }
        }
        let cells = CSVCells(bytes: bytes, bounds: bounds, columns: names.count, rows: rowLines.count)
        return Result(names: names, cells: cells, rowLines: rowLines)
    }

    /// Rewrites `""` as `"` within `buffer[start..<end]`, returning the new end.
    private static func collapseDoubledQuotes(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int,
                                              to end: Int) -> Int {
        var read = start
        var write = start
        while read < end {
            let byte = buffer[read]
            buffer[write] = byte
            write += 1
            read += byte == quote && read + 1 < end && buffer[read + 1] == quote ? 2 : 1
        }
        return write
    }

    private func tokenise(_ buffer: UnsafeBufferPointer<UInt8>, names: inout [String], bounds: inout [Int],
                          rowLines: inout [Int], escaped: inout [Int]) throws(TableError) {
        let count = buffer.count
        var start = 0
        if count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            start = 3
        }
        var cursor = Cursor(position: start, lineStart: start)
        skipBlankLines(buffer, &cursor)
        guard cursor.position < count else { throw .empty(source: source) }

        // The header.
        let headerLine = cursor.line
        var header = HeaderSink()
        _ = try readRecord(buffer, &cursor, names: nil, columnCount: Int.max, into: &header)
        var firstField: [String: Int] = [:]
        for (field, cell) in header.cells.enumerated() {
            var text = Array(buffer[cell.start..<cell.end])
            if cell.escaped {
                let end = text.withUnsafeMutableBufferPointer { piece in
                    Self.collapseDoubledQuotes(piece, from: 0, to: piece.count)
                }
                text.removeSubrange(end...)
            }
            let name = String(decoding: text, as: UTF8.self)
            if let earlier = firstField[name] {
                throw .duplicateColumn(
                    TableLocation(source: source, line: headerLine, column: name, field: field + 1),
                    firstField: earlier + 1)
            }
            firstField[name] = field
            names.append(name)
        }

        // The data records: at most one a line break, which bounds the storage needed.
        let columnCount = names.count
        let lineBreaks = Self.countLineBreaks(UnsafeBufferPointer(rebasing: buffer[cursor.position...]))
        // Each row but the last also needs a byte a field (commas and its line break), so the
        // storage stays proportional to the file, however many columns the header names.
        let maximumRows = min(lineBreaks + 1, (count - cursor.position) / columnCount + 1)
        rowLines.reserveCapacity(maximumRows)
        let names = names
        var failure: TableError?
        // Written once, in place: no zero-filling of storage that the rows overwrite anyway.
        bounds = [Int](unsafeUninitializedCapacity: 2 * columnCount * maximumRows) { out, initialized in
            var sink = BoundsSink(out: out, escaped: escaped)
            do throws(TableError) {
                while true {
                    skipBlankLines(buffer, &cursor)
                    guard cursor.position < count else { break }
                    precondition(sink.base + 2 * columnCount <= out.count, "CSV row storage was sized too small")
                    let recordLine = cursor.line
                    let fields = try readRecord(buffer, &cursor, names: names, columnCount: columnCount, into: &sink)
                    guard fields == columnCount else {
                        throw .raggedRow(TableLocation(source: source, line: recordLine), fields: fields,
                                         expected: columnCount)
                    }
                    sink.base += 2 * columnCount
                    rowLines.append(recordLine)
                }
            } catch {
                failure = error
            }
            // Only complete rows count as initialised.
            initialized = failure == nil ? sink.base : 0
            escaped = sink.escaped
        }
        if let failure { throw failure }
        guard !rowLines.isEmpty else { throw .noRows(source: source, columns: names) }
    }

    /// The number of LF and CR bytes, counted in blocks small enough for byte-wide counters (vectorised).
    private static func countLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 255)
            var block: UInt8 = 0
            for index in start..<end {
                let byte = bytes[index]
                block &+= (byte == lineFeed ? 1 : 0) | (byte == carriageReturn ? 1 : 0)
            }
            total += Int(block)
            start = end
        }
        return total
    }

    /// Moves past empty lines (LF, CRLF or CR alone).
    @inline(__always)
    private func skipBlankLines(_ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Cursor) {
        while cursor.position < buffer.count {
            let byte = buffer[cursor.position]
            guard byte == Self.lineFeed || byte == Self.carriageReturn else { return }
            consumeLineBreak(buffer, &cursor)
        }
    }

    /// Moves past one line break at the cursor (CRLF counts as one) and starts a new line.
    @inline(__always)
    private func consumeLineBreak(_ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Cursor) {
        if buffer[cursor.position] == Self.carriageReturn,
           cursor.position + 1 < buffer.count, buffer[cursor.position + 1] == Self.lineFeed {
            cursor.position += 2
        } else {
            cursor.position += 1
        }
        cursor.line += 1
        cursor.lineStart = cursor.position
    }

    /// Reads one record from the cursor through its line break.
    ///
    /// Hands each field with `field < columnCount` to the sink (start and end of
    /// its text, and whether it holds doubled quotes to collapse); fields beyond
    /// `columnCount` are scanned and counted but not stored. `names` (nil for the
    /// header) names the columns in error messages. Returns the number of fields.
    @inline(__always)
    private func readRecord<Sink: FieldSink>(
        _ buffer: UnsafeBufferPointer<UInt8>,
        _ cursor: inout Cursor,
        names: [String]?,
        columnCount: Int,
        into sink: inout Sink
    ) throws(TableError) -> Int {
        let count = buffer.count
        // The caller reads records only while bytes remain, so the buffer has an address.
        guard let address = buffer.baseAddress else { return 0 }
        let base = UnsafeRawPointer(address)
        let recordStart = cursor.position
        let recordLine = cursor.line
        // The scan never looks further than one byte past the longest allowed record.
        let scanEnd = recordStart > count - maximumRecordBytes - 1 ? count : recordStart + maximumRecordBytes + 1
        var field = 0
        var p = cursor.position

        func location(_ field: Int, line: Int) -> TableLocation {
            let name = names.flatMap { field < $0.count ? $0[field] : nil }
            return TableLocation(source: source, line: line, column: name, field: field + 1)
        }
        func tooLong() -> TableError {
            .recordTooLong(TableLocation(source: source, line: recordLine), limit: maximumRecordBytes)
        }

        while true {
            if p < count && buffer[p] == Self.quote {
                // A quoted field.
                let openLine = cursor.line
                p += 1
                let contentStart = p
                var doubled = false
                while true {
                    guard p < scanEnd else {
                        if scanEnd == count { throw .unterminatedQuote(location(field, line: openLine)) }
                        throw tooLong()
                    }
                    let byte = buffer[p]
                    if byte == Self.quote {
                        if p + 1 < count && buffer[p + 1] == Self.quote {
                            doubled = true
                            p += 2
                            continue
                        }
                        break
                    } else if byte == Self.lineFeed {
                        cursor.line += 1
                        cursor.lineStart = p + 1
                    } else if byte == Self.carriageReturn {
                        if !(p + 1 < count && buffer[p + 1] == Self.lineFeed) {
                            cursor.line += 1
                            cursor.lineStart = p + 1
                        }
                    } else if byte == 0 {
                        throw .nulByte(location(field, line: cursor.line), byteInLine: p - cursor.lineStart + 1)
                    } else if byte >= 0x80 {
                        p = try skipUTF8Sequence(buffer, at: p, end: scanEnd, location(field, line: cursor.line),
                                                 byteInLine: p - cursor.lineStart + 1)
                        continue
                    }
                    p += 1
                }
                if field < columnCount { sink.store(field, start: contentStart, end: p, escaped: doubled) }
                p += 1
                if p < count {
                    let next = buffer[p]
                    if next != Self.comma && next != Self.lineFeed && next != Self.carriageReturn {
                        if p >= scanEnd { throw tooLong() }
                        let character = next < 0x80
                            ? String(UnicodeScalar(next))
                            : "byte 0x" + String(next, radix: 16, uppercase: true)
                        throw .textAfterClosingQuote(location(field, line: cursor.line), character: character)
                    }
                }
            } else {
                // An unquoted field: scan to the next comma or line break.
                let fieldStart = p
                while p < scanEnd {
                    // Eight bytes at a time while none can end the field or needs a check: a byte
                    // below '-' (0x2D, which covers ',', CR, LF and NUL) or from 0x80 up (UTF-8).
                    while p + 8 <= scanEnd {
                        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: p, as: UInt64.self))
                        let flagged = ((word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word | word) & 0x8080_8080_8080_8080
                        if flagged != 0 {
                            // Borrows only flag bytes above a true hit, so the lowest flag is a real one.
                            p += flagged.trailingZeroBitCount >> 3
                            break
                        }
                        p += 8
                    }
                    guard p < scanEnd else { break }
                    let byte = buffer[p]
                    if byte > Self.comma {
                        if byte >= 0x80 {
                            p = try skipUTF8Sequence(buffer, at: p, end: scanEnd, location(field, line: cursor.line),
                                                     byteInLine: p - cursor.lineStart + 1)
                            continue
                        }
                        p += 1
                        continue
                    }
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    if byte == 0 {
                        throw .nulByte(location(field, line: cursor.line), byteInLine: p - cursor.lineStart + 1)
                    }
                    p += 1
                }
                if p == scanEnd && scanEnd < count { throw tooLong() }
                if field < columnCount { sink.store(field, start: fieldStart, end: p, escaped: false) }
            }
            field += 1
            if p - recordStart > maximumRecordBytes { throw tooLong() }
            if p >= count { break }
            if buffer[p] == Self.comma {
                p += 1
                continue
            }
            cursor.position = p
            consumeLineBreak(buffer, &cursor)
            p = cursor.position
            break
        }
        cursor.position = p
        return field
    }

    /// Checks the UTF-8 sequence starting at `position` (a byte >= 0x80) and returns the offset after it.
    @inline(never)
    private func skipUTF8Sequence(
        _ buffer: UnsafeBufferPointer<UInt8>, at position: Int, end: Int,
        _ location: @autoclosure () -> TableLocation, byteInLine: Int
    ) throws(TableError) -> Int {
        let lead = buffer[position]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw .invalidUTF8(location(), byteInLine: byteInLine)
        }
        guard position + length <= end else { throw .invalidUTF8(location(), byteInLine: byteInLine) }
        let second = buffer[position + 1]
        guard second >= low && second <= high else { throw .invalidUTF8(location(), byteInLine: byteInLine) }
        for k in 2..<length {
            let byte = buffer[position + k]
            guard byte >= 0x80 && byte <= 0xBF else { throw .invalidUTF8(location(), byteInLine: byteInLine) }
        }
        return position + length
    }
}

/// Receives the positions of the fields the reader stores.
private protocol FieldSink {
    /// Field `field` of the current record spans `start..<end`; `escaped` if it holds doubled quotes.
    mutating func store(_ field: Int, start: Int, end: Int, escaped: Bool)
}

/// Collects the header's fields, however many there are.
private struct HeaderSink: FieldSink {
    var cells: [(start: Int, end: Int, escaped: Bool)] = []

    mutating func store(_ field: Int, start: Int, end: Int, escaped: Bool) {
        cells.append((start, end, escaped))
    }
}

/// Writes each field's bounds into the row-major bounds array.
private struct BoundsSink: FieldSink {
    let out: UnsafeMutableBufferPointer<Int>
    /// Index in `out` of the current record's first bound.
    var base = 0
    /// Indices in `out` of the cells with doubled quotes.
    var escaped: [Int]

    @inline(__always)
    mutating func store(_ field: Int, start: Int, end: Int, escaped: Bool) {
        let index = base + 2 * field
        out[index] = start
        out[index + 1] = end
        if escaped { self.escaped.append(index) }
    }
}
