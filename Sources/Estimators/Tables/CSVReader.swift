/// Splits CSV bytes into a header and per-column text cells, validating the structure as it goes.
///
/// One pass over the bytes, no `String` per field: each field's bytes are appended
/// to its column's buffer. The dialect is RFC 4180 with the usual leniencies:
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

    /// What the reader produces: column names, one text column each, and the line on which each row starts.
    struct Result {
        var names: [String]
        var columns: [TextCells]
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

    func read(_ buffer: UnsafeBufferPointer<UInt8>) throws(TableError) -> Result {
        let count = buffer.count
        var start = 0
        if count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            start = 3
        }
        var cursor = Cursor(position: start, lineStart: start)
        skipBlankLines(buffer, &cursor)
        guard cursor.position < count else { throw .empty(source: source) }

        // The header: one record, read into a single scratch column.
        var header = HeaderSink()
        _ = try readRecord(buffer, &cursor, names: nil, columnCount: Int.max, into: &header)
        var names: [String] = []
        names.reserveCapacity(header.cells.count)
        var firstField: [String: Int] = [:]
        for field in 0..<header.cells.count {
            let name = header.cells.string(field)
            if let earlier = firstField[name] {
                throw .duplicateColumn(
                    TableLocation(source: source, line: 1, column: name, field: field + 1),
                    firstField: earlier + 1)
            }
            firstField[name] = field
            names.append(name)
        }

        // The data records.
        let columnCount = names.count
        var columns = [TextCells](repeating: TextCells(), count: columnCount)
        let estimatedRows = max(16, (count - cursor.position) / max(1, cursor.position - start))
        for c in 0..<columnCount {
            columns[c].ends.reserveCapacity(estimatedRows)
            columns[c].bytes.reserveCapacity(min(count, estimatedRows * 12))
        }
        var rowLines: [Int] = []
        rowLines.reserveCapacity(estimatedRows)
        try columns.withUnsafeMutableBufferPointer { columnBuffer throws(TableError) in
            var sink = ColumnsSink(columns: columnBuffer)
            while true {
                skipBlankLines(buffer, &cursor)
                guard cursor.position < count else { break }
                let recordLine = cursor.line
                let fields = try readRecord(buffer, &cursor, names: names, columnCount: columnCount, into: &sink)
                guard fields == columnCount else {
                    throw .raggedRow(TableLocation(source: source, line: recordLine), fields: fields,
                                     expected: columnCount)
                }
                rowLines.append(recordLine)
            }
        }
        guard !rowLines.isEmpty else { throw .noRows(source: source, columns: names) }
        return Result(names: names, columns: columns, rowLines: rowLines)
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
    /// Hands the pieces of each field with `field < columnCount` to the sink (a
    /// quoted field with doubled quotes arrives in several pieces), then closes the
    /// field's cell; fields beyond `columnCount` are scanned and counted but not
    /// stored. `names` (nil for the header) names the columns in error messages.
    /// Returns the number of fields in the record.
    @inline(__always)
    private func readRecord<Sink: FieldSink>(
        _ buffer: UnsafeBufferPointer<UInt8>,
        _ cursor: inout Cursor,
        names: [String]?,
        columnCount: Int,
        into sink: inout Sink
    ) throws(TableError) -> Int {
        let count = buffer.count
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
            let stored = field < columnCount
            if p < count && buffer[p] == Self.quote {
                // A quoted field.
                let openLine = cursor.line
                p += 1
                var pieceStart = p
                while true {
                    guard p < scanEnd else {
                        if scanEnd == count { throw .unterminatedQuote(location(field, line: openLine)) }
                        throw tooLong()
                    }
                    let byte = buffer[p]
                    if byte == Self.quote {
                        if p + 1 < count && buffer[p + 1] == Self.quote {
                            if stored { sink.append(field, UnsafeBufferPointer(rebasing: buffer[pieceStart...p])) }
                            p += 2
                            pieceStart = p
                            continue
                        }
                        if stored {
                            sink.append(field, UnsafeBufferPointer(rebasing: buffer[pieceStart..<p]))
                            sink.close(field)
                        }
                        p += 1
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
                // An unquoted field.
                let fieldStart = p
                while p < scanEnd {
                    let byte = buffer[p]
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    if byte == 0 {
                        throw .nulByte(location(field, line: cursor.line), byteInLine: p - cursor.lineStart + 1)
                    }
                    if byte >= 0x80 {
                        p = try skipUTF8Sequence(buffer, at: p, end: scanEnd, location(field, line: cursor.line),
                                                 byteInLine: p - cursor.lineStart + 1)
                        continue
                    }
                    p += 1
                }
                if p == scanEnd && scanEnd < count { throw tooLong() }
                if stored {
                    sink.append(field, UnsafeBufferPointer(rebasing: buffer[fieldStart..<p]))
                    sink.close(field)
                }
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
    @inline(__always)
    private func skipUTF8Sequence(
        _ buffer: UnsafeBufferPointer<UInt8>, at position: Int, end: Int,
        _ location: TableLocation, byteInLine: Int
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
        default: throw .invalidUTF8(location, byteInLine: byteInLine)
        }
        guard position + length <= end else { throw .invalidUTF8(location, byteInLine: byteInLine) }
        let second = buffer[position + 1]
        guard second >= low && second <= high else { throw .invalidUTF8(location, byteInLine: byteInLine) }
        for k in 2..<length {
            let byte = buffer[position + k]
            guard byte >= 0x80 && byte <= 0xBF else { throw .invalidUTF8(location, byteInLine: byteInLine) }
        }
        return position + length
    }
}

/// Receives the text of the fields the reader stores.
protocol FieldSink {
    /// Appends a piece of field `field`'s text.
    mutating func append(_ field: Int, _ piece: UnsafeBufferPointer<UInt8>)
    /// Ends field `field`'s cell.
    mutating func close(_ field: Int)
}

/// Collects the header's fields, however many there are, into one text column.
private struct HeaderSink: FieldSink {
    var cells = TextCells()

    mutating func append(_ field: Int, _ piece: UnsafeBufferPointer<UInt8>) {
        cells.bytes.append(contentsOf: piece)
    }

    mutating func close(_ field: Int) {
        cells.closeCell()
    }
}

/// Appends each field to its column's cells.
private struct ColumnsSink: FieldSink {
    let columns: UnsafeMutableBufferPointer<TextCells>

    @inline(__always)
    mutating func append(_ field: Int, _ piece: UnsafeBufferPointer<UInt8>) {
        columns[field].bytes.append(contentsOf: piece)
    }

    @inline(__always)
    mutating func close(_ field: Int) {
        columns[field].closeCell()
    }
}
