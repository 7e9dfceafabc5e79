import Foundation

/// Summary statistics of a table's numeric columns, as `pandas.DataFrame.describe()` gives them.
///
/// For each numeric column: the count of non-missing values, the mean, the
/// standard deviation with ddof 1, the minimum, the 25 %, 50 % and 75 %
/// quantiles (linear interpolation) and the maximum, computed with numpy's
/// summation order so that the digits match pandas'. The `description` prints
/// them as pandas prints `df.describe()` in a notebook (80 characters wide,
/// wrapped with `\`).
public struct TableDescription: Sendable, Hashable, CustomStringConvertible {
    /// One column's statistics. Missing cells (empty, `NA`, `NaN`, …) are left out;
    /// with no values the statistics are NaN, and with one the standard deviation is.
    public struct Summary: Sendable, Hashable {
        public let name: String
        public let count: Int
        public let mean: Double
        public let standardDeviation: Double
        public let minimum: Double
        public let lowerQuartile: Double
        public let median: Double
        public let upperQuartile: Double
        public let maximum: Double

        /// The statistics in pandas' row order: count, mean, std, min, 25%, 50%, 75%, max.
        public var values: [Double] {
            [Double(count), mean, standardDeviation, minimum, lowerQuartile, median, upperQuartile, maximum]
        }
    }

    /// The row labels pandas prints, in order.
    public static let statisticNames = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]

    /// One summary a numeric column, in table order. Text columns are left out, as pandas leaves them out.
    public let columns: [Summary]

    public init(columns: [Summary]) {
        self.columns = columns
    }

    /// The summary of the named column, if it is numeric.
    public subscript(column name: String) -> Summary? {
        columns.first { $0.name == name }
    }

    public var description: String { text() }

    /// The summary as pandas prints it: `df.describe().to_string(line_width: lineWidth)`.
    ///
    /// Values get 6 decimals, trailing zeros trimmed alike in a column; a column
    /// switches to scientific notation when it holds values above 1e6 that make it
    /// wide, or non-zero values below 1e-6. With a `lineWidth` (80, as in a
    /// notebook) columns that do not fit continue below, each block but the last
    /// ending its lines with `\`; `nil` prints one block.
    public func text(lineWidth: Int? = 80) -> String {
        guard !columns.isEmpty else { return "Empty summary: the table has no numeric columns" }
        let index = [""] + Self.statisticNames
        let indexWidth = index.map(\.count).max() ?? 0
        let indexColumn = index.map { $0.padding(toLength: indexWidth, withPad: " ", startingAt: 0) }
        let bodies = columns.map { Self.formatColumn(name: $0.name, values: $0.values) }

        guard let lineWidth, bodies.count > 1 else {
            return Self.adjoin([indexColumn] + bodies)
        }
        let available = lineWidth - (indexWidth + 1)
        let widths = bodies.map { body in body.map(Self.displayWidth).max() ?? 0 }
        let bins = Self.binify(widths, lineWidth: available)
        var blocks: [String] = []
        var start = 0
        for (binNumber, end) in bins.enumerated() {
            var block = [indexColumn] + Array(bodies[start..<end])
            if bins.count > 1 {
                let rows = index.count
                if binNumber < bins.count - 1 {
                    block.append([" \\"] + Array(repeating: "  ", count: rows - 1))
                } else {
                    block.append(Array(repeating: " ", count: rows))
                }
            }
            blocks.append(Self.adjoin(block))
            start = end
        }
        return blocks.joined(separator: "\n\n")
    }

    // MARK: - pandas' formatting rules

    /// pandas' cap on a column's width (`display.max_colwidth`).
    private static let maximumColumnWidth = 50

    /// A column as pandas' `DataFrameFormatter` renders it: header, then values, right-aligned.
    static func formatColumn(name: String, values: [Double]) -> [String] {
        let header = " " + name
        let formatted = formatFloats(values)
        let headerWidth = displayWidth(header)
        var width = max(formatted.map(displayWidth).max() ?? 0, headerWidth)
        width = min(width, maximumColumnWidth)
        let cells = formatted.map { leftPad($0, to: width) }
        let columnWidth = max(width, headerWidth)
        return [leftPad(header, to: columnWidth)] + cells
    }

    /// pandas' `FloatArrayFormatter` with 6 digits, a leading space and fixed width.
    static func formatFloats(_ values: [Double]) -> [String] {
        let digits = 6
        var strings = trimZeros(values.map { $0.isNaN ? "NaN" : String(format: "% .\(digits)f", $0) })
        let longest = strings.map(displayWidth).max() ?? 0
        let tooLong = longest > digits + 6
        let hasLarge = values.contains { $0.magnitude > 1e6 }
        let hasSmall = values.contains { $0.magnitude < 1e-6 && $0.magnitude > 0 }
        if hasSmall || (tooLong && hasLarge) {
            strings = trimZeros(values.map { $0.isNaN ? "NaN" : String(format: "% .\(digits)e", $0) })
        }
        return strings
    }

    /// Trims trailing zeros equally from every plain decimal number, keeping one digit after the point.
    static func trimZeros(_ strings: [String]) -> [String] {
        let isDecimal = strings.map(isPlainDecimal)
        guard isDecimal.contains(true) else { return strings }
        var trimmed = strings
        while zip(trimmed, isDecimal).allSatisfy({ text, decimal in !decimal || text.hasSuffix("0") }) {
            trimmed = zip(trimmed, isDecimal).map { text, decimal in decimal ? String(text.dropLast()) : text }
        }
        return zip(trimmed, isDecimal).map { text, decimal in decimal && text.hasSuffix(".") ? text + "0" : text }
    }

    /// Whether `text` matches pandas' `^\s*[+-]?[0-9]+\.[0-9]*$`.
    private static func isPlainDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars.drop { $0.properties.isWhitespace }
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        let integerDigits = scalars.prefix { ("0"..."9").contains($0) }
        guard !integerDigits.isEmpty else { return false }
        scalars = scalars.dropFirst(integerDigits.count)
        guard scalars.first == "." else { return false }
        return scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    /// Width as pandas measures it: Unicode scalars (Python's `len`).
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.count
    }

    private static func leftPad(_ text: String, to width: Int) -> String {
        let missing = width - displayWidth(text)
        return missing > 0 ? String(repeating: " ", count: missing) + text : text
    }

    private static func rightPad(_ text: String, to width: Int) -> String {
        let missing = width - displayWidth(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    /// pandas' `adjoin(1, ...)`: columns side by side, each but the last padded to its width plus one space.
    static func adjoin(_ columns: [[String]]) -> String {
        let widths = columns.enumerated().map { position, column in
            (column.map(displayWidth).max() ?? 0) + (position < columns.count - 1 ? 1 : 0)
        }
        let rows = columns.map(\.count).max() ?? 0
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for (position, column) in columns.enumerated() {
                // Shorter columns are padded at the top, as pandas pads them.
                let offset = rows - column.count
                let cell = row >= offset ? column[row - offset] : ""
                line += rightPad(cell, to: widths[position])
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// pandas' `_binify`: where to break columns into blocks that fit the line width.
    static func binify(_ widths: [Int], lineWidth: Int) -> [Int] {
        var bins: [Int] = []
        var current = 0
        for (i, width) in widths.enumerated() {
            let adjoined = width + 1
            current += adjoined
            let wrap = i == widths.count - 1 ? current + 1 > lineWidth && i > 0 : current + 2 > lineWidth && i > 0
            if wrap {
                bins.append(i)
                current = adjoined
            }
        }
        bins.append(widths.count)
        return bins
    }
}

extension Table {
    /// Summary statistics of the numeric columns, as `pandas.DataFrame.describe()` computes them.
    ///
    /// A CSV column counts as numeric when `pandas.read_csv` would make it int64 or
    /// float64 (see ``column(_:)``); typed columns of doubles (NaN meaning missing)
    /// and integers count too. Text columns are left out.
    public func describe() -> TableDescription {
        var summaries: [TableDescription.Summary] = []
        for (index, name) in columnNames.enumerated() {
            switch storage[index] {
            case .text(let cells):
                switch Self.inferNumbers(cells) {
                case .integers(let values): summaries.append(Self.summarize(name: name, integers: values))
                case .reals(let values): summaries.append(Self.summarize(name: name, reals: values))
                case .text: continue
                }
            case .typed(.integers(let values)):
                summaries.append(Self.summarize(name: name, integers: values))
            case .typed(.doubles(let values)):
                summaries.append(Self.summarize(name: name, reals: values))
            case .typed(.strings):
                continue
            }
        }
        return TableDescription(columns: summaries)
    }

    /// pandas' statistics of a float64 column, NaN marking missing values.
    static func summarize(name: String, reals values: [Double]) -> TableDescription.Summary {
        var present: [Double] = []
        present.reserveCapacity(values.count)
        var filled = values
        for i in filled.indices {
            if filled[i].isNaN { filled[i] = 0 } else { present.append(values[i]) }
        }
        let count = present.count
        let mean = NumpySum.sum(filled) / Double(count)
        // nanvar: squares of deviations from the same mean, zero where missing.
        var squares = filled
        for i in squares.indices {
            let deviation = mean - filled[i]
            squares[i] = values[i].isNaN ? 0 : deviation * deviation
        }
        let variance = count > 1 ? NumpySum.sum(squares) / Double(count - 1) : .nan
        guard let minimum = present.min(), let maximum = present.max() else {
            return TableDescription.Summary(name: name, count: 0, mean: .nan, standardDeviation: .nan, minimum: .nan,
                                            lowerQuartile: .nan, median: .nan, upperQuartile: .nan, maximum: .nan)
        }
        NumpyQuantiles.select(&present, positions: NumpyQuantiles.quantilePositions(count: count))
        return TableDescription.Summary(
            name: name, count: count, mean: mean, standardDeviation: variance.squareRoot(), minimum: minimum,
            lowerQuartile: NumpyQuantiles.quantile(sorted: present, 0.25),
            median: NumpyQuantiles.quantile(sorted: present, 0.5),
            upperQuartile: NumpyQuantiles.quantile(sorted: present, 0.75), maximum: maximum)
    }

    /// pandas' statistics of an int64 column.
    static func summarize(name: String, integers values: [Int64]) -> TableDescription.Summary {
        let count = values.count
        // nanmean sums with a cast (buffered); nanvar first converts to float64, then sums pairwise.
        let mean = NumpySum.castingSum(values) / Double(count)
        let reals = values.map { Double($0) }
        let average = NumpySum.sum(reals) / Double(count)
        let squares = reals.map { value in
            let deviation = average - value
            return deviation * deviation
        }
        let variance = count > 1 ? NumpySum.sum(squares) / Double(count - 1) : .nan
        var sorted = values
        guard let first = values.min(), let last = values.max() else {
            return TableDescription.Summary(name: name, count: 0, mean: .nan, standardDeviation: .nan, minimum: .nan,
                                            lowerQuartile: .nan, median: .nan, upperQuartile: .nan, maximum: .nan)
        }
        NumpyQuantiles.select(&sorted, positions: NumpyQuantiles.quantilePositions(count: count))
        return TableDescription.Summary(
            name: name, count: count, mean: mean, standardDeviation: variance.squareRoot(),
            minimum: Double(first), lowerQuartile: NumpyQuantiles.quantile(sorted: sorted, 0.25),
            median: NumpyQuantiles.quantile(sorted: sorted, 0.5),
            upperQuartile: NumpyQuantiles.quantile(sorted: sorted, 0.75), maximum: Double(last))
    }
}
