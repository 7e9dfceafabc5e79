import Foundation
import Plotting

/// The small pages drawn straight on the canvas whose PNGs are committed as goldens.
/// Each exercises one part of the canvas; 100 dpi like the figures, unless said otherwise.
enum GoldenPage: String, CaseIterable, Sendable {
    case paths
    case strokes
    case snapping
    case text
    case images
    case clipping
    case markers
    case transparent
    case textAt200dpi = "text-200dpi"

    var page: TestPage {
        switch self {
        case .paths: GoldenPage.pathsPage
        case .strokes: GoldenPage.strokesPage
        case .snapping: GoldenPage.snappingPage
        case .text: GoldenPage.textPage(dpi: 100)
        case .images: GoldenPage.imagesPage
        case .clipping: GoldenPage.clippingPage
        case .markers: GoldenPage.markersPage
        case .transparent: GoldenPage.transparentPage
        case .textAt200dpi: GoldenPage.textPage(dpi: 200)
        }
    }

    /// A five-pointed star drawn in one stroke: its centre is inside under non-zero and outside under even-odd.
    static func star(center c: Point, radius r: Double) -> Path {
        let points = (0..<5).map { i -> Point in
            let angle = -Double.pi / 2 + Double(i) * 4 * Double.pi / 5
            return Point(c.x + r * cos(angle), c.y + r * sin(angle))
        }
        return Path(polyline: points, closed: true)
    }

    /// Two concentric circles wound the same way: a disc under non-zero, a ring under even-odd.
    static func ring(center c: Point, outer: Double, inner: Double) -> Path {
        var path = Path(circleCenter: c, radius: outer)
        path.append(Path(circleCenter: c, radius: inner))
        return path
    }

    static let pathsPage = TestPage(width: 288, height: 108, [
        .fill(star(center: Point(36, 54), radius: 30), FillStyle(color: .tab10Blue, rule: .nonZero)),
        .fill(star(center: Point(104, 54), radius: 30), FillStyle(color: .tab10Blue, rule: .evenOdd)),
        .fill(ring(center: Point(172, 30), outer: 20, inner: 10), FillStyle(color: .tab10Orange, rule: .nonZero)),
        .fill(ring(center: Point(172, 80), outer: 20, inner: 10), FillStyle(color: .tab10Orange, rule: .evenOdd)),
        // Antialiasing off: hard-edged cells at fractional positions, as heatmaps draw them.
        .fill(Path(rect: Rect(x: 206.3, y: 10.4, width: 20.45, height: 20.45)), FillStyle(color: .tab10Green, antialias: false)),
        .fill(Path(rect: Rect(x: 226.75, y: 10.4, width: 20.45, height: 20.45)), FillStyle(color: .tab10Red, antialias: false)),
        .fill(Path(rect: Rect(x: 206.3, y: 34.4, width: 20.45, height: 20.45)), FillStyle(color: .tab10Green)),
        .fill(Path(rect: Rect(x: 226.75, y: 34.4, width: 20.45, height: 20.45)), FillStyle(color: .tab10Red)),
        // Translucent overlap and a Bézier outline.
        .fill(Path(circleCenter: Point(230, 80), radius: 16), FillStyle(color: .tab10Purple.withAlpha(0.5))),
        .fill(Path(circleCenter: Point(250, 80), radius: 16), FillStyle(color: .tab10Green.withAlpha(0.5))),
        .stroke(Path(elements: [.move(Point(260, 10)), .curve(Point(300, 20), Point(250, 60), Point(282, 100))]),
                StrokeStyle(color: .black, width: 1)),
    ])

    static let strokesPage: TestPage = {
        var ops: [DrawOp] = []
        // Widths.
        for (i, width) in [0.5, 1, 1.5, 3].enumerated() {
            let y = 12 + Double(i) * 10
            ops.append(.stroke(Path(polyline: [Point(10, y), Point(90, y + 4)]), StrokeStyle(color: .black, width: width)))
        }
        // matplotlib's dashed, dotted and dash-dot patterns at 1.5 pt (lengths scaled by the width), with an offset.
        let patterns: [([Double], Double)] = [([5.55, 2.4], 0), ([5.55, 2.4], 3), ([1.5, 2.475], 0), ([9.6, 2.4, 1.5, 2.4], 0)]
        for (i, (dash, offset)) in patterns.enumerated() {
            let y = 60 + Double(i) * 10
            ops.append(.stroke(Path(polyline: [Point(10, y), Point(130, y)]),
                               StrokeStyle(color: .tab10Blue, width: 1.5, dash: dash, dashOffset: offset)))
        }
        // Caps on thick lines, with the bare path drawn thin on top.
        for (i, cap) in [StrokeStyle.LineCap.butt, .round, .square].enumerated() {
            let y = 14 + Double(i) * 16
            let line = Path(polyline: [Point(115, y), Point(165, y)])
            ops.append(.stroke(line, StrokeStyle(color: .tab10Orange, width: 8, cap: cap)))
            ops.append(.stroke(line, StrokeStyle(color: .black, width: 0.5)))
        }
        // Joins on zig-zags.
        for (i, join) in [StrokeStyle.LineJoin.miter, .round, .bevel].enumerated() {
            let x = 185 + Double(i) * 33
            ops.append(.stroke(Path(polyline: [Point(x, 50), Point(x + 12, 14), Point(x + 24, 50)]),
                               StrokeStyle(color: .tab10Green, width: 6, join: join)))
        }
        // A dashed closed curve.
        ops.append(.stroke(Path(circleCenter: Point(235, 82), radius: 18), StrokeStyle(color: .tab10Red, width: 1, dash: [3, 1.5, 0.75, 1.5])))
        return TestPage(width: 288, height: 108, ops)
    }()

    /// Axis-like lines at fractional positions: top row snapped, bottom row not.
    static let snappingPage: TestPage = {
        var ops: [DrawOp] = []
        for (row, snap) in [(0, true), (1, false)] {
            let y0 = 8 + Double(row) * 50
            // A frame (0.8 pt = 1.11 px: odd, on pixel centres) and ticks (0.8 pt wide, 3.5 pt long).
            let frame = Rect(x: 10.3, y: y0 + 0.37, width: 120.6, height: 40.2)
            ops.append(.stroke(Path(rect: frame), StrokeStyle(color: .black, width: 0.8, join: .miter, snap: snap)))
            for i in 0..<6 {
                let x = frame.minX + Double(i) * 23.7 + 4.2
                ops.append(.stroke(Path(polyline: [Point(x, frame.maxY), Point(x, frame.maxY + 3.5)]),
                                   StrokeStyle(color: .black, width: 0.8, snap: snap)))
            }
            // Grid lines 1.44 pt = 2 px (even, on pixel edges) and a hairline.
            for i in 0..<4 {
                let y = y0 + 6.3 + Double(i) * 9.1
                ops.append(.stroke(Path(polyline: [Point(140.2, y), Point(270.6, y)]),
                                   StrokeStyle(color: Color(hex: 0xb0b0b0), width: 1.44, snap: snap)))
            }
            ops.append(.stroke(Path(polyline: [Point(205.45, y0), Point(205.45, y0 + 40)]),
                               StrokeStyle(color: .tab10Red, width: 0.5, snap: snap)))
            // A diagonal is never snapped.
            ops.append(.stroke(Path(polyline: [Point(140.2, y0 + 40), Point(270.6, y0 + 2)]),
                               StrokeStyle(color: .tab10Blue, width: 0.8, snap: snap)))
        }
        return TestPage(width: 288, height: 108, ops)
    }()

    static func textPage(dpi: Double) -> TestPage {
        var ops: [DrawOp] = []
        let faces: [Font.Face] = [.regular, .oblique, .bold, .boldOblique]
        for (i, face) in faces.enumerated() {
            ops.append(.measuredText("Tick 0.25 AVWay \u{2212}1.5 \u{03b1}\u{00b2} x\u{2081}", Point(8, 16 + Double(i) * 16),
                                     TextStyle(font: Font(size: 10, face: face)), boxColor: Color(hex: 0xd62728, alpha: 0.6)))
        }
        ops.append(.measuredText("K-means title", Point(8, 92), TextStyle(font: Font(size: 12, face: .bold), color: .tab10Blue),
                                 boxColor: Color(hex: 0x2ca02c, alpha: 0.6)))
        // A y-axis label and a 30-degree tick label, each from a marked origin.
        ops.append(.fill(Path(circleCenter: Point(210, 96), radius: 1), FillStyle(color: .tab10Red)))
        ops.append(.text("Energy E (km\u{00b2}/s\u{00b2})", Point(210, 96), TextStyle(font: Font(size: 10), rotation: 90)))
        ops.append(.fill(Path(circleCenter: Point(222, 60), radius: 1), FillStyle(color: .tab10Red)))
        ops.append(.text("rotated 30\u{00b0}", Point(222, 60), TextStyle(font: Font(size: 9, face: .oblique), rotation: 30)))
        ops.append(.text("tiny 6 pt", Point(150, 100), TextStyle(font: Font(size: 6))))
        return TestPage(width: 288, height: 108, dpi: dpi, ops)
    }

    /// A 4 x 3 categorical image (Pastel2 colours) and a 3 x 2 gradient, each nearest and smooth.
    static let imagesPage: TestPage = {
        let pastel: [UInt32] = [0xb3e2cd, 0xfdcdac, 0xcbd5e8, 0xf4cae4, 0xe6f5c9, 0xfff2ae]
        let categorical = RasterImage(width: 4, height: 3, pixels: (0..<12).map {
            RasterImage.pack(Color(hex: pastel[($0 * 7 + $0 / 4) % pastel.count]))
        })
        let gradient = RasterImage(width: 3, height: 2, pixels: [
            RasterImage.pack(Color(hex: 0x440154)), RasterImage.pack(Color(hex: 0x21918c)), RasterImage.pack(Color(hex: 0xfde725)),
            RasterImage.pack(Color(hex: 0x3b528b)), RasterImage.pack(Color(hex: 0x5ec962)), RasterImage.pack(.clear),
        ])
        return TestPage(width: 288, height: 108, [
            .fill(Path(rect: Rect(x: 0, y: 54, width: 288, height: 54)), FillStyle(color: Color(hex: 0x7f7f7f))),
            .image(categorical, Rect(x: 8.3, y: 8.7, width: 60.2, height: 45.1), .nearest),
            .image(categorical, Rect(x: 76.3, y: 8.7, width: 60.2, height: 45.1), .smooth),
            .image(gradient, Rect(x: 150.5, y: 30, width: 60, height: 40), .nearest),
            .image(gradient, Rect(x: 220.5, y: 30, width: 60, height: 40), .smooth),
            // Drawn into a rectangle with negative height: flipped vertically, as images with origin 'lower'.
            .image(categorical, Rect(x: 8.3, y: 100, width: 60.2, height: -40), .nearest),
        ])
    }()

    static let clippingPage: TestPage = {
        var ops: [DrawOp] = []
        let stripes = (0..<24).map { i -> DrawOp in
            let x = Double(i) * 12
            return .stroke(Path(polyline: [Point(x, 0), Point(x + 60, 108)]), StrokeStyle(color: .tab10Blue, width: 3))
        }
        ops.append(.pushClip(Path(circleCenter: Point(60, 54), radius: 40)))
        ops += stripes
        ops.append(.pushClip(Path(rect: Rect(x: 50.5, y: 20.25, width: 80, height: 30))))
        ops.append(.fill(Path(rect: Rect(x: 0, y: 0, width: 288, height: 108)), FillStyle(color: .tab10Orange.withAlpha(0.7))))
        ops.append(.popClip)
        ops.append(.popClip)
        // After popping, drawing is unclipped again.
        ops.append(.fill(Path(rect: Rect(x: 150, y: 20, width: 120, height: 70)), FillStyle(color: .tab10Green)))
        // Clipped text, as an axes clips a label that runs past it.
        ops.append(.pushClip(Path(rect: Rect(x: 160.2, y: 30, width: 60.3, height: 50))))
        ops.append(.text("clipped text runs on", Point(165, 60), TextStyle(font: Font(size: 12, face: .bold), color: .white)))
        ops.append(.popClip)
        return TestPage(width: 288, height: 108, ops)
    }()

    static let markersPage: TestPage = {
        var state: UInt64 = 7
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let cluster = (0..<150).map { _ in Point(20 + 110 * next(), 10 + 88 * next()) }
        let squares = (0..<40).map { _ in Point(160 + 110 * next(), 10 + 88 * next()) }
        let disc = Path(circleCenter: .zero, radius: 3)
        let square = Path(rect: Rect(x: -3, y: -3, width: 6, height: 6))
        var cross = Path(polyline: [Point(-4, 0), Point(4, 0)])
        cross.append(Path(polyline: [Point(0, -4), Point(0, 4)]))
        return TestPage(width: 288, height: 108, [
            // seaborn's scatter: s=36 discs with 0.48 pt white edges, overlapping, inside an axes clip.
            .pushClip(Path(rect: Rect(x: 14.5, y: 6.25, width: 120, height: 92))),
            .markers(disc, cluster, FillStyle(color: .tab10Blue), StrokeStyle(color: .white, width: 0.48)),
            .popClip,
            // Translucent squares with mitred black edges, and stroke-only crosses (centroid markers).
            .markers(square, squares, FillStyle(color: .tab10Orange.withAlpha(0.6)), StrokeStyle(color: .black, width: 0.8, join: .miter)),
            .markers(cross, [Point(200.3, 30.6), Point(240.8, 70.1)], nil, StrokeStyle(color: .black, width: 2, cap: .round)),
        ])
    }()

    static let transparentPage = TestPage(width: 144, height: 72, background: .clear, [
        .fill(Path(circleCenter: Point(36, 36), radius: 28), FillStyle(color: .tab10Blue.withAlpha(0.5))),
        .fill(Path(rect: Rect(x: 60, y: 10, width: 70, height: 30)), FillStyle(color: .tab10Orange)),
        .text("alpha", Point(70, 60), TextStyle(font: Font(size: 12))),
    ])
}
