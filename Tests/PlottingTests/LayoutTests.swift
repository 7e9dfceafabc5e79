import Testing
@testable import Plotting

/// Page layout: matplotlib's subplot box, labels outside tick labels, nothing off the page.
@Suite struct LayoutTests {
    func page(_ fig: Figure) -> FigureRenderer.PageLayout {
        FigureRenderer(figure: fig).layout(measuringWith: RecordingCanvas())
    }

    func elbowFigure() throws -> Figure {
        let fig = try Figure(width: 10, height: 6)
        let ax = fig.addSubplot()
        try ax.plot([1, 2, 3, 4, 5, 6, 7, 8], [2812, 1438, 542, 212, 195, 176, 163, 144], "-o")
        ax.title = "Inertia as a Function of Number of Clusters"
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Inertia")
        ax.x.setTicks([1, 2, 3, 4, 5, 6, 7, 8])
        ax.grid()
        return fig
    }

    @Test func defaultSubplotBoxIsMatplotlibs() throws {
        let layout = page(try elbowFigure())
        let box = try #require(layout.axes.first?.box)
        // 10 x 6 in: left .125, right .9, bottom .11, top .88 of 720 x 432 pt.
        #expect(nearlyEqual(box, Rect(x: 90, y: 51.84, width: 558, height: 332.64)))
        // Nothing falls off the page, so matplotlib's parameters are kept as they are.
        #expect(layout.subplotParameters == SubplotParameters())
    }

    @Test func tickLabelsSitOnePadBelowTheirTicks() throws {
        let layout = page(try elbowFigure())
        let axes = try #require(layout.axes.first)
        let box = axes.box
        // x tick labels: centred on the tick, top edge 3.5 pt (tick) + 3.5 pt (pad) below the box.
        let one = try #require(axes.texts.first { $0.layout.text == "1" })
        #expect(Swift.abs(one.bounds.minY - (box.maxY + 7)) < 1e-9)
        #expect(Swift.abs(one.bounds.midX - axes.transform.canvasX(1)) < 1e-9)
        // y tick labels: right edge 7 pt left of the box.
        let y2500 = try #require(axes.texts.first { $0.layout.text == "2500" })
        #expect(Swift.abs(y2500.bounds.maxX - (box.minX - 7)) < 1e-9)
        // Labels as matplotlib's ScalarFormatter writes them, no offset text.
        let yLabels = axes.texts.filter { $0.anchor.x < box.minX && $0.placement.horizontal == .right }.map(\.layout.text)
        #expect(yLabels == ["500", "1000", "1500", "2000", "2500"])
    }

    @Test func axisLabelsAndTitleSitOutsideTheTickLabels() throws {
        let layout = page(try elbowFigure())
        let axes = try #require(layout.axes.first)
        let box = axes.box
        let tickLabels = axes.texts.filter { ["1", "2", "500", "2500"].contains($0.layout.text) }
        let xLabel = try #require(axes.texts.first { $0.layout.text == "Number of Clusters" })
        let yLabel = try #require(axes.texts.first { $0.layout.text == "Inertia" })
        let title = try #require(axes.texts.first { $0.layout.text.hasPrefix("Inertia as") })
        let lowestTick = tickLabels.filter { $0.anchor.y > box.maxY }.map(\.bounds.maxY).max() ?? 0
        #expect(Swift.abs(xLabel.bounds.minY - (lowestTick + 4)) < 1e-9)   // labelpad 4 pt
        let leftmostTick = tickLabels.filter { $0.anchor.x < box.minX }.map(\.bounds.minX).min() ?? 0
        #expect(Swift.abs(yLabel.bounds.maxX - (leftmostTick - 4)) < 1e-9)
        // The y label is vertical (rotated 90 degrees about its anchor) and centred on the box.
        #expect(yLabel.placement.rotation == 90)
        #expect(Swift.abs(yLabel.bounds.midY - box.midY) < 1e-9)
        // Title baseline 6 pt above the box.
        #expect(Swift.abs(title.anchor.y - (box.minY - 6)) < 1e-9)
        #expect(title.placement.vertical == .baseline)
    }

    @Test(arguments: [(8.0, 4.0, 14.0), (6.4, 4.8, 10.0), (3.0, 2.0, 20.0), (2.5, 2.5, 10.0)])
    func nothingIsDrawnOffThePage(width: Double, height: Double, labelSize: Double) throws {
        let fig = try Figure(width: width, height: height)
        let grid = try fig.subplots(rows: 1, columns: 2)
        for ax in grid[0] {
            try ax.scatter([-3.2, 3.5, 0.1], [-0.9, 9.3, 4.4], size: 50)
            ax.setXLabel("$x_1$", fontSize: labelSize)
            ax.setYLabel("$x_2$", fontSize: labelSize, rotation: 0)
            ax.title = "Clusters"
        }
        fig.suptitle = "K-means on blobs"
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        let page = Rect(x: 0, y: 0, width: width * 72, height: height * 72)
        let layout = self.page(fig)
        let bounds = try #require(layout.bounds)
        #expect(bounds.minX >= 0 && bounds.minY >= 0 && bounds.maxX <= page.maxX && bounds.maxY <= page.maxY,
                "decorations \(bounds) leave the page \(page)")
        // Every stroked or filled point is on the page too.
        for call in canvas.calls {
            switch call {
            case let .stroke(path, _), let .fill(path, _):
                for p in points(of: path) {
                    #expect(p.x >= -1e-9 && p.y >= -1e-9 && p.x <= page.maxX + 1e-9 && p.y <= page.maxY + 1e-9)
                }
            default: break
            }
        }
    }

    @Test func clippedLabelsPullOnlyTheOffendingMarginIn() throws {
        // The lab's 8 x 4 in decision-region figure: matplotlib cuts the 14 pt x label off.
        let fig = try Figure(width: 8, height: 4)
        let ax = fig.addSubplot()
        try ax.scatter([-3.2, 3.5], [-0.9, 9.3])
        ax.setXLabel("$x_1$", fontSize: 14)
        ax.setYLabel("$x_2$", fontSize: 14, rotation: 0)
        let layout = page(fig)
        let params = layout.subplotParameters
        #expect(params.bottom > 0.11)
        #expect(params.left == 0.125 && params.right == 0.9 && params.top == 0.88)
        let bounds = try #require(layout.bounds)
        #expect(bounds.maxY <= 4 * 72 - 2 + 1e-6)
        // Without fitting, matplotlib's layout is kept and the label falls off.
        fig.fitsDecorations = false
        let raw = page(fig)
        #expect(raw.subplotParameters == SubplotParameters())
        #expect((raw.bounds?.maxY ?? 0) > 4 * 72)
    }

    @Test func gridCellsFollowGridSpec() {
        let p = SubplotParameters()
        // Two columns: cell width = (0.9 - 0.125) / (2 + 0.2), gap 0.2 of it.
        let w = 0.775 / 2.2
        let left = p.cell(rows: 1, columns: 2, row: 0, column: 0)
        let right = p.cell(rows: 1, columns: 2, row: 0, column: 1)
        #expect(Swift.abs(left.width - w) < 1e-12 && Swift.abs(right.width - w) < 1e-12)
        #expect(Swift.abs(right.left - (0.125 + 1.2 * w)) < 1e-12)
        #expect(Swift.abs(right.left + right.width - 0.9) < 1e-12)
        // Rows count from the top.
        let top = p.cell(rows: 2, columns: 1, row: 0, column: 0)
        #expect(Swift.abs(top.bottom + top.height - 0.88) < 1e-12)
        let span = p.cell(rows: 2, columns: 2, row: 0, column: 0, rowSpan: 2, columnSpan: 2)
        #expect(Swift.abs(span.left - 0.125) < 1e-12 && Swift.abs(span.bottom - 0.11) < 1e-12)
    }

    @Test func equalAspectShrinksTheBoxAboutItsCentre() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        ax.x.limits = AxisLimits(0, 10)
        ax.y.limits = AxisLimits(0, 5)
        ax.aspect = .equal
        let box = try #require(page(fig).axes.first?.box)
        // 357.12 pt wide for 10 units: 5 units get 178.56 pt, centred in the 266.112 pt tall cell.
        #expect(Swift.abs(box.width - 357.12) < 1e-9)
        #expect(Swift.abs(box.height - 178.56) < 1e-9)
        #expect(Swift.abs(box.midY - (41.472 + 266.112 / 2)) < 1e-9)
    }

    @Test func hiddenTickLabelsAndSpines() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([0, 1], [0, 1])
        ax.x.tickLabelSides = .none
        ax.despine()
        let axes = try #require(page(fig).axes.first)
        #expect(!axes.texts.contains { $0.anchor.y > axes.box.maxY })
        #expect(axes.texts.contains { $0.anchor.x < axes.box.minX })
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        // Two spines (left, bottom), 0.8 pt with projecting caps.
        let spines = canvas.strokes.filter { $0.style.width == 0.8 && $0.style.cap == .square }
        #expect(spines.count == 2)
    }

    @Test func logAxisLabelsDecadesWithMinorTicks() throws {
        let fig = try Figure()
        let ax = fig.addSubplot()
        try ax.plot([1, 10, 100, 1000], [1, 2, 3, 4])
        ax.x.scale = .log
        let axes = try #require(page(fig).axes.first)
        let labels = axes.texts.filter { $0.anchor.y > axes.box.maxY }.map(\.layout.text)
        #expect(labels == ["$\\mathdefault{10^{0}}$", "$\\mathdefault{10^{1}}$", "$\\mathdefault{10^{2}}$",
                           "$\\mathdefault{10^{3}}$"])
        // The view is 10^-0.15...10^3.15 (5 % margins in decades): minor ticks 0.8, 0.9,
        // then 2...9 in each of the decades 1, 10 and 100.
        #expect(axes.xTicks.filter(\.isMinor).count == 2 + 3 * 8)
        #expect(axes.xTicks.filter { !$0.isMinor }.map(\.value) == [1, 10, 100, 1000])
    }

    /// An 8 x 6 in heatmap-like page: a plot with a colour bar beside it (explicitly placed
    /// axes), labels below, and two lines of small text in a reserved band at the bottom.
    func captionedFigure(reserving inches: Double) throws -> Figure {
        let fig = try Figure(width: 8, height: 6)
        let ax = fig.addSubplot()
        try fig.heatmap([[217, 0, 5], [0, 27, 194], [0, 82, 1]], on: ax, annotate: .integer)
        ax.setXLabel("Predicted Labels")
        ax.setYLabel("True Labels")
        ax.title = "GMM Confusion Matrix"
        fig.reservedBottom = inches
        fig.text(0.01, 0.0133, "Stand-in data: a note\nin two lines", fontSize: 8, vertical: .bottom)
        return fig
    }

    @Test func aReservedBottomMovesEveryAxesUpInsideTheSamePage() throws {
        let plain = page(try captionedFigure(reserving: 0))
        let fig = try captionedFigure(reserving: 0.5)
        let layout = page(fig)
        // The page keeps its size; the decorations end above the band (0.5 in = 36 pt).
        #expect(fig.pageSize == Size(width: 576, height: 432))
        let bounds = try #require(layout.bounds)
        #expect(bounds.maxY <= 432 - 36 + 0.01)
        #expect(bounds.maxY > 432 - 36 - 1, "the axes move only as far as needed")
        #expect(layout.lift > 0)
        // The heatmap and its colour bar (placed explicitly) move together: same tops, same bottoms.
        let boxes = layout.axes.map(\.box)
        #expect(boxes.count == 2)
        #expect(Swift.abs(boxes[0].minY - boxes[1].minY) < 1e-9 && Swift.abs(boxes[0].maxY - boxes[1].maxY) < 1e-9)
        // Horizontally nothing changes; vertically the plot shrinks by the room taken.
        let before = plain.axes.map(\.box)
        #expect(Swift.abs(boxes[0].minX - before[0].minX) < 1e-9 && Swift.abs(boxes[0].width - before[0].width) < 1e-9)
        #expect(boxes[0].height < before[0].height)
        #expect(boxes[0].maxY < before[0].maxY)
        // The note is drawn where it was put, inside the band and the page.
        let note = try #require(layout.texts.first)
        #expect(note.bounds.minY >= 432 - 36 && note.bounds.maxY <= 432 && note.bounds.minX >= 0)
        var canvas = RecordingCanvas()
        fig.render(on: &canvas)
        #expect(canvas.texts.contains { $0.text == "Stand-in data: a note" })
        #expect(canvas.texts.contains { $0.text == "in two lines" })
    }

    @Test func decorationsAlreadyAboveTheBandStayWhereTheyAre() throws {
        // matplotlib's bottom margin (0.11 of 6 in) leaves some room under the x label already:
        // a thin band takes it without moving anything.
        let plain = page(try captionedFigure(reserving: 0))
        let free = 432 - (try #require(plain.bounds)).maxY
        let thin = page(try captionedFigure(reserving: (free - 1) / 72))
        #expect(thin.lift == 0)
        #expect(thin.axes.map(\.box) == plain.axes.map(\.box))
    }

    @Test func tightLayoutLeavesThePadAroundTheDecorations() throws {
        // A 2 x 2 grid with labels on every panel: matplotlib's tight_layout puts the outermost
        // decorations pad (1.08 x 10 pt) from the page edges, and pad between neighbours.
        let fig = try Figure(width: 6, height: 5)
        let grid = try fig.subplots(rows: 2, columns: 2)
        for row in grid {
            for ax in row {
                try ax.plot([0, 1000, 2000], [0, 50000, 100000])
                ax.setXLabel("distance")
                ax.setYLabel("energy")
                ax.title = "a panel"
            }
        }
        fig.tightLayout = TightLayout()
        let canvas = AdvanceMeasuringCanvas()
        let layout = FigureRenderer(figure: fig).layout(measuringWith: canvas)
        let pixel = 72.0 / fig.dpi
        let bounds = layout.axes.map { $0.layoutBounds(pixel: pixel) }
        let pad = 10.8
        #expect(Swift.abs((bounds.map(\.minX).min() ?? 0) - pad) < 1e-6)
        #expect(Swift.abs((bounds.map(\.minY).min() ?? 0) - pad) < 1e-6)
        #expect(Swift.abs(fig.pageSize.height - (bounds.map(\.maxY).max() ?? 0) - pad) < 1e-6)
        // Neighbours are pad apart where they come closest: the top row's x label and the
        // bottom row's title.
        #expect(Swift.abs(bounds[2].minY - bounds[0].maxY - pad) < 1e-6)
        // Horizontally, the last x tick label's overhang was measured on the narrower panels of
        // the first layout (as matplotlib's one pass measures them): within a point of the pad.
        #expect(Swift.abs(fig.pageSize.width - (bounds.map(\.maxX).max() ?? 0) - pad) < 1)
        #expect(Swift.abs(bounds[1].minX - bounds[0].maxX - pad) < 1)
        // Without it (and without pulling clipped labels in) the layout keeps matplotlib's defaults.
        fig.tightLayout = nil
        fig.fitsDecorations = false
        #expect(FigureRenderer(figure: fig).layout(measuringWith: canvas).subplotParameters == SubplotParameters())
    }
}

