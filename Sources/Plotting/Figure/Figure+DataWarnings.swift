extension Figure {
    /// One line for every mark that leaves data out because it is NaN or infinite, naming the
    /// axes (by position and title) and the mark; empty when everything given is drawn.
    ///
    /// Marks skip such values as matplotlib does, which keeps a figure drawable; these
    /// warnings keep the hole from going unnoticed (the `figures` command prints them on
    /// standard error).
    public var dataWarnings: [String] {
        var warnings: [String] = []
        for (index, ax) in axes.enumerated() {
            let title = ax.title.map { $0.isEmpty ? "" : " ('\($0)')" } ?? ""
            for mark in ax.marks {
                if let omitted = mark.omittedData {
                    warnings.append("axes \(index + 1)\(title): \(omitted)")
                }
            }
        }
        return warnings
    }
}
