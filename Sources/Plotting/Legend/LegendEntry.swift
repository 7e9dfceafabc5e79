/// One row of a legend: a small drawing (the handle) and its label.
public struct LegendEntry: Sendable, Hashable {
    public var label: String
    public var handle: LegendHandle

    public init(label: String, handle: LegendHandle) {
        self.label = label
        self.handle = handle
    }
}

/// The sample drawing in front of a legend label, as matplotlib's legend handlers draw it.
public enum LegendHandle: Sendable, Hashable {
    /// A line sample (with an optional marker at its middle), as for `plot`.
    case line(StrokeStyle, marker: MarkerStyle?)
    /// A marker alone, as for `scatter` or a line drawn with markers only.
    case marker(MarkerStyle)
    /// A filled rectangle with an optional outline, as for bars, histograms and fills.
    case patch(fill: Color, edge: StrokeStyle?)
}
