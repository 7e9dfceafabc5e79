import Plotting

/// Room above and below a finished figure for an overall title and a footnote, without
/// moving or resizing anything already on the page.
extension Figure {
    /// Adds `top` and `bottom` inches of empty page, keeping every axes the same size in
    /// inches and in the same place relative to the others (grid cells, colour bars and
    /// explicitly placed axes alike).
    func growPage(top: Double = 0, bottom: Double = 0) {
        guard top > 0 || bottom > 0 else { return }
        let old = height
        let new = old + top + bottom
        func moved(_ fraction: Double) -> Double { (fraction * old + bottom) / new }
        subplotParameters.top = moved(subplotParameters.top)
        subplotParameters.bottom = moved(subplotParameters.bottom)
        for ax in axes {
            if case .rect(var rect) = ax.placement {
                rect.bottom = moved(rect.bottom)
                rect.height *= old / new
                ax.placement = .rect(rect)
            }
        }
        suptitleY = moved(suptitleY)
        height = new
    }

    /// Sets an overall title over all panels (the lab's `plt.suptitle(..., y=1.02)`), adding
    /// a strip above them to hold it instead of letting it run off the page.
    func addSuptitle(_ text: String, fontSize: Double = 12) {
        let strip = 0.45
        growPage(top: strip)
        suptitle = text
        suptitleFontSize = fontSize
        suptitleY = 1 - 0.12 / height
    }

    /// Adds a line of small grey text under everything, in a strip added at the bottom of
    /// the page, left-aligned with the page margin.
    ///
    /// - Throws: `PlotError.invalidValue` if the figure has no axes to carry the text.
    func addFootnote(_ text: String, fontSize: Double = 8) throws(PlotError) {
        guard let first = axes.first(where: \.isVisible) else {
            throw .invalidValue(what: "footnote", value: "a figure without axes", expected: "at least one visible axes")
        }
        let lines = Double(text.split(separator: "\n", omittingEmptySubsequences: false).count)
        let strip = (lines * 1.3 * fontSize + 8) / 72
        growPage(bottom: strip)
        let margin = 0.08  // inches from the left and bottom page edges
        first.text(margin / width, (margin + 0.02) / height, text, coordinates: .figure, fontSize: fontSize,
                   color: Color(hex: 0x555555), horizontal: .left, vertical: .bottom)
    }
}
