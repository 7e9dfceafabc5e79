import Foundation

/// How a column of doubles is written to CSV.
public enum DoubleFormat: Sendable, Hashable {
    /// The shortest text that reads back as the same `Double` (Swift's `description`): round-trip exact.
    case shortest
    /// A fixed number of decimals, as C's `%.Nf` writes them (rounded, so not round-trip exact).
    case fixed(decimals: Int)
}

/// Writing tables as CSV text.
extension Table {
    /// The table as CSV: a header line, then one line a row, each ending in LF.
    ///
    /// Fields that contain a comma, a quote or a line break are quoted (quotes
    /// doubled). Doubles are written in their shortest round-trip form unless
    /// `formats` names another ``DoubleFormat`` for their column; NaN is written as
    /// an empty cell and infinities as `inf` / `-inf` (as pandas writes them).
    /// Integers are written exactly; text read from CSV is written back as it was read.
    public func csvBytes(formats: [String: DoubleFormat] = [:]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + rowCount * max(1, columnNames.count) * 12)
        let singleColumn = columnNames.count == 1
        for (position, name) in columnNames.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            Self.appendField(Array(name.utf8), to: &out, alone: singleColumn)
        }
        out.append(UInt8(ascii: "\n"))
        let formatters = columnNames.map { formats[$0] ?? .shortest }
        for row in 0..<rowCount {
            for column in 0..<storage.count {
                if column > 0 { out.append(UInt8(ascii: ",")) }
                switch storage[column] {
                case .text(let cells):
                    cells.cells.bytes.withUnsafeBufferPointer { bytes in
                        Self.appendField(UnsafeBufferPointer(rebasing: bytes[cells.range(row)]), to: &out,
                                         alone: singleColumn)
                    }
                case .typed(.doubles(let values)):
                    let text = Self.format(values[row], formatters[column])
                    Self.appendField(Array(text.utf8), to: &out, alone: singleColumn)
                case .typed(.integers(let values)):
                    out.append(contentsOf: String(values[row]).utf8)
                case .typed(.strings(let values)):
                    Self.appendField(Array(values[row].utf8), to: &out, alone: singleColumn)
                }
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// The table as CSV text; see ``csvBytes(formats:)``.
    public func csvText(formats: [String: DoubleFormat] = [:]) -> String {
        String(decoding: csvBytes(formats: formats), as: UTF8.self)
    }

    /// Writes the table as a CSV file (atomically: readers never see half a file).
    ///
    /// - Throws: ``TableError/unwritable(path:reason:)`` with the system's reason.
    public func write(to url: URL, formats: [String: DoubleFormat] = [:]) throws(TableError) {
        do {
            try Data(csvBytes(formats: formats)).write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// A double as text in the given format.
    static func format(_ value: Double, _ format: DoubleFormat) -> String {
        if value.isNaN { return "" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        switch format {
        case .shortest:
            return value.description
        case .fixed(let decimals):
            return String(format: "%.\(max(0, min(decimals, 340)))f", value)
        }
    }

    /// Appends a field, quoting it when it holds a comma, quote or line break, or
    /// when it is empty and the only field of its line (an empty line would read back as no row).
    static func appendField<Bytes: Collection<UInt8>>(_ field: Bytes, to out: inout [UInt8], alone: Bool) {
        let needsQuotes = field.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        } || (alone && field.isEmpty)
        guard needsQuotes else {
            out.append(contentsOf: field)
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in field {
            out.append(byte)
            if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
