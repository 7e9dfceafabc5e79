import Foundation

/// A matrix as coloured cells with optional annotations: seaborn's `heatmap` look.
///
/// Cell `(r, c)` covers `c...c+1` on x and `r...r+1` on y; the axes shows row 0 at the top.
/// Cells are drawn as one image with hard pixel edges, so adjacent cells never show seams
/// in PNG or PDF. Annotation text is dark (0.15 grey) on light cells and white on dark
/// ones, switching at a relative luminance of 0.408 as seaborn does.
public struct HeatmapMark: Mark {
    /// How the values are scaled before colouring and annotating.
    public enum Normalization: Sendable, Hashable {
        /// The values as given.
        case none
        /// Each row divided by its sum (a confusion matrix normalised over true labels).
        case rows
        /// Each column divided by its sum (normalised over predicted labels).
        case columns
        /// Every value divided by the total.
        case all
    }

    /// How annotations are written.
    public enum AnnotationFormat: Sendable, Hashable {
        /// Rounded to an integer (seaborn's `fmt='d'`).
        case integer
        /// Two significant digits (seaborn's default `fmt='.2g'`).
        case general
        /// A fixed number of decimals (`fmt='.2f'`).
        case decimals(Int)
        /// A printf-style format with one conversion, e.g. `"%.1f%%"`.
        case printf(String)

        func text(_ v: Double) -> String {
            guard v.isFinite else { return "" }
            let s: String
            switch self {
            case .integer: s = String(format: "%lld", Int64(v.rounded()))
            case .general: s = String(format: "%.2g", v)
            case .decimals(let n): s = String(format: "%.\(Swift.max(0, Swift.min(n, 15)))f", v)
            case .printf(let spec): return TickFormatter.printf(spec, v).replacingOccurrences(of: "\u{2212}", with: "-")
            }
            return s
        }
    }

    public let rows: Int
    public let columns: Int
    /// The values after normalisation, row-major, first row at the top.
    public let values: [Double]
    /// One colour a cell (clear for NaN).
    public let cellColors: [Color]
    /// One annotation a cell, or empty for none.
    public let annotations: [String]
    /// Annotation colour of each cell.
    public let annotationColors: [Color]
    /// Annotation size in points (10).
    public var fontSize: Double
    /// Lines between cells (seaborn's `linewidths`, 0 for none) and their colour (white).
    public var lineWidth: Double
    public var lineColor: Color
    /// The norm and colour map the cells were coloured with, for a colour bar.
    public let norm: Normalize
    public let colormap: Colormap
    public var zOrder: Double = 1

    /// Colours `matrix` (rows of equal length) through `norm` (default: linear over the finite
    /// values) into `colormap` (default: seaborn's rocket).
    public init(_ matrix: [[Double]], normalization: Normalization = .none, colormap: Colormap = .rocket,
                norm: Normalize? = nil, annotate: AnnotationFormat? = nil, fontSize: Double = 10,
                lineWidth: Double = 0, lineColor: Color = .white) throws(PlotKindError) {
        guard let first = matrix.first, !first.isEmpty else {
            throw .invalidValue(what: "heatmap matrix", value: "empty", expected: "at least one row and one column")
        }
        for (r, row) in matrix.enumerated() where row.count != first.count {
            throw .lengthMismatch(what: "heatmap row \(r)", expected: first.count, actual: row.count)
        }
        for row in matrix { for v in row where v.isInfinite {
            throw .invalidValue(what: "heatmap value", value: "\(v)", expected: "finite numbers (NaN leaves a cell blank)")
        } }
        guard lineWidth >= 0 && lineWidth.isFinite, fontSize > 0 && fontSize.isFinite else {
            throw .invalidValue(what: "heatmap line width or font size", value: "\(lineWidth), \(fontSize)",
                                expected: "a width ≥ 0 and a font size > 0")
        }
        rows = matrix.count
        columns = first.count
        let scaled = Self.normalize(matrix, normalization)
        let flat = scaled.flatMap { $0 }
        values = flat
        let usedNorm: Normalize
        if let norm {
            usedNorm = norm
        } else {
            do throws(ColorError) {
                usedNorm = try Normalize(autoscaling: flat)
            } catch {
                throw .color(error)
            }
        }
        self.norm = usedNorm
        self.colormap = colormap
        let colors = flat.map { $0.isNaN ? Color.clear : usedNorm.color(of: $0, in: colormap) }
        cellColors = colors
        annotations = annotate.map { f in flat.map { f.text($0) } } ?? []
        annotationColors = colors.map(Self.textColor(on:))
        self.fontSize = fontSize
        self.lineWidth = lineWidth
        self.lineColor = lineColor
    }

    /// seaborn's annotation colour: 0.15 grey on cells lighter than relative luminance 0.408, white otherwise.
    public static func textColor(on cell: Color) -> Color {
        cell.relativeLuminance > 0.408 ? Color(red: 0.15, green: 0.15, blue: 0.15) : .white
    }

    static func normalize(_ m: [[Double]], _ how: Normalization) -> [[Double]] {
        func divide(_ v: Double, by s: Double) -> Double { s == 0 ? .nan : v / s }
        switch how {
        case .none:
            return m
        case .rows:
            return m.map { row in
                let s = row.filter { !$0.isNaN }.reduce(0, +)
                return row.map { divide($0, by: s) }
            }
        case .columns:
            let sums = (0..<(m.first?.count ?? 0)).map { c in m.map { $0[c] }.filter { !$0.isNaN }.reduce(0, +) }
            return m.map { row in row.enumerated().map { divide($1, by: sums[$0]) } }
        case .all:
            let s = m.flatMap { $0 }.filter { !$0.isNaN }.reduce(0, +)
            return m.map { row in row.map { divide($0, by: s) } }
        }
    }

    /// The colour bar for these cells (a gradient over the norm's range).
    public var colorBarSource: ColorBarSource { .continuous(norm: norm, colormap: colormap) }

    public func dataExtent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(x: 0...Double(columns), y: 0...Double(rows), stickyX: [0, Double(columns)],
                   stickyY: [0, Double(rows)])
    }

    public func draw(in context: AxesContext, on canvas: inout some Canvas) {
        let t = context.transform
        let left = t.canvasX(0), right = t.canvasX(Double(columns))
        let top = t.canvasY(0), bottom = t.canvasY(Double(rows))
        guard left.isFinite, right.isFinite, top.isFinite, bottom.isFinite else { return }
        // Image rows run top to bottom on the canvas; flip if the axes puts row 0 at the bottom.
        let rowZeroOnTop = top < bottom, columnZeroLeft = left < right
        var pixels = [UInt32](repeating: 0, count: rows * columns)
        for r in 0..<rows {
            for c in 0..<columns {
                let rr = rowZeroOnTop ? r : rows - 1 - r, cc = columnZeroLeft ? c : columns - 1 - c
                pixels[rr * columns + cc] = RasterImage.pack(cellColors[r * columns + c])
            }
        }
        let rect = Rect(x: Swift.min(left, right), y: Swift.min(top, bottom), width: abs(right - left), height: abs(bottom - top))
        canvas.draw(RasterImage(width: columns, height: rows, pixels: pixels), in: rect, interpolation: .nearest)
        if lineWidth > 0 {
            var path = Path()
            for c in 1..<columns { let x = t.canvasX(Double(c)); path.move(to: Point(x, rect.minY)); path.line(to: Point(x, rect.maxY)) }
            for r in 1..<rows { let y = t.canvasY(Double(r)); path.move(to: Point(rect.minX, y)); path.line(to: Point(rect.maxX, y)) }
            if !path.isEmpty { canvas.stroke(path, StrokeStyle(color: lineColor, width: lineWidth, cap: .butt, join: .miter)) }
        }
        guard !annotations.isEmpty else { return }
        let placement = TextPlacement(horizontal: .center, vertical: .center)
        for r in 0..<rows {
            for c in 0..<columns where !annotations[r * columns + c].isEmpty && !values[r * columns + c].isNaN {
                let layout = TextLayout(annotations[r * columns + c], font: Font(size: fontSize), measuringWith: canvas)
                let centre = t.apply(Double(c) + 0.5, Double(r) + 0.5)
                placement.draw(layout, at: centre, color: annotationColors[r * columns + c], on: &canvas)
            }
        }
    }
}
