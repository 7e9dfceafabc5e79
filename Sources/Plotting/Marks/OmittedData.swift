/// Data values a mark leaves out because they are NaN or infinite, counted so that a figure
/// can warn about them instead of dropping them silently.
///
/// Marks skip such values as matplotlib masks them (a line breaks, a point or bar is not
/// drawn, a heatmap cell stays blank); a regenerated figure with a hole in it must not look
/// complete, so ``Figure/dataWarnings`` reports every mark that skipped something.
public struct OmittedData: Sendable, Hashable, CustomStringConvertible {
    /// What the mark is, for the message: "the line 'BIC'", "the scatter", "the heatmap".
    public var mark: String
    /// What one value is: "point", "bar", "cell".
    public var unit: String
    /// How many were left out.
    public var omitted: Int
    /// How many there are in all.
    public var total: Int

    public init(mark: String, unit: String, omitted: Int, total: Int) {
        self.mark = mark
        self.unit = unit
        self.omitted = omitted
        self.total = total
    }

    /// The count of values a mark skips, or nil when it skips none.
    static func counting(_ mark: String, label: String?, unit: String, total: Int,
                         isOmitted: (Int) -> Bool) -> OmittedData? {
        var omitted = 0
        for i in 0..<total where isOmitted(i) { omitted += 1 }
        guard omitted > 0 else { return nil }
        let name = label.map { $0.isEmpty || $0.hasPrefix("_") ? mark : "\(mark) '\($0)'" } ?? mark
        return OmittedData(mark: name, unit: unit, omitted: omitted, total: total)
    }

    public var description: String {
        let verb = omitted == 1 ? "is" : "are"
        return "\(omitted) of \(total) \(unit)\(total == 1 ? "" : "s") of \(mark) \(verb) \(reason) and \(verb) not drawn"
    }

    /// Why the values are left out: what the mark counts.
    public var reason: String { unit == "cell" ? "NaN" : "NaN or infinite" }
}
