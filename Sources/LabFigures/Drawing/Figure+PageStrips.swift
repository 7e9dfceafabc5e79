import Plotting

/// An overall title above a finished figure and notes under it: the title adds a strip at the
/// top, as saving with `bbox_inches='tight'` keeps the lab's `suptitle(..., y=1.02)`; the notes
/// stay inside the page, the axes moving up to make room, as `fig.subplots_adjust(bottom=...)`
/// with `fig.text` would.
extension Figure {
    /// Page margin of the notes, in inches from the left and bottom edges.
    static let noteMargin = 0.08

    /// Adds `inches` of empty page at the top, keeping every axes the same size in inches and
    /// in the same place relative to the others (grid cells, colour bars and explicitly placed
    /// axes alike, and the rectangle a tight layout fits the grid into); figure texts keep
    /// their distance from the bottom edge.
    func growPage(top inches: Double) {
        guard inches > 0 else { return }
        let old = height
        let new = old + inches
        func moved(_ fraction: Double) -> Double { fraction * old / new }
        subplotParameters.top = moved(subplotParameters.top)
        subplotParameters.bottom = moved(subplotParameters.bottom)
        for ax in axes {
            if case .rect(var rect) = ax.placement {
                rect.bottom = moved(rect.bottom)
                rect.height *= old / new
                ax.placement = .rect(rect)
            }
        }
        if var rect = tightLayout?.rect {
            rect.bottom = moved(rect.bottom)
            rect.height *= old / new
            tightLayout?.rect = rect
        } else if tightLayout != nil {
            tightLayout?.rect = FigureRect(left: 0, bottom: 0, width: 1, height: old / new)
        }
        for i in texts.indices { texts[i].position.y = moved(texts[i].position.y) }
        for i in legends.indices { legends[i].centerY = moved(legends[i].centerY) }
        suptitleY = moved(suptitleY)
        height = new
    }

    /// Sets an overall title over all panels as the lab does (`plt.suptitle(..., y=1.02)`):
    /// its top edge 2 % of the height above the page, which grows to hold it as
    /// `savefig(bbox_inches='tight')` would (0.1 in of padding above it) instead of letting
    /// it run off the page.
    func addSuptitle(_ text: String, fontSize: Double = 12) {
        let pad = 0.1
        growPage(top: 0.02 * height + pad)
        suptitle = text
        suptitleFontSize = fontSize
        suptitleY = 1 - pad / height
    }

    /// Adds lines of small grey text at the bottom of the page, left-aligned with the page
    /// margin, under any captions already there; the page keeps its size and the axes move up
    /// to make room (`reservedBottom`).
    func addFootnote(_ note: String, fontSize: Double = 8) {
        let lines = Double(note.split(separator: "\n", omittingEmptySubsequences: false).count)
        let strip = Self.noteMargin + ((1.2 * lines + 0.3) * fontSize + 6) / 72
        // Captions already in the reserved band move up above the footnote.
        let band = reservedBottom / height
        for i in texts.indices where texts[i].position.y < band {
            texts[i].position.y += strip / height
        }
        reservedBottom += strip
        text(Self.noteMargin / width, Self.noteMargin / height, note, fontSize: fontSize,
             color: Color(hex: 0x555555), horizontal: .left, vertical: .bottom)
    }
}
