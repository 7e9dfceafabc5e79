import Testing
@testable import Plotting

/// matplotlib's text alignment: ha/va on the rotated box, or on the unrotated box with rotation_mode 'anchor'.
@Suite struct TextPlacementTests {
    /// A 30 pt wide label whose box is DejaVu Sans' ascender and descender at 10 pt
    /// (1556 and 492 of 2048 units), since its fake ink is smaller.
    let label = TextLayout("abcde", font: Font(size: 10)) { s, f in
        TextMetrics(width: 6 * Double(s.count), ascent: 0.7 * f.size, descent: 0)
    }

    @Test func layoutBoxUsesDejaVuMinimumExtents() {
        #expect(label.width == 30)
        #expect(label.ascent == 7.59765625 && label.descent == 2.40234375)
    }

    @Test(arguments: [
        (TextPlacement.Horizontal.left, TextPlacement.Vertical.baseline, Point(100, 50)),
        (.center, .top, Point(85, 50 + 7.59765625)),
        (.right, .bottom, Point(70, 50 - 2.40234375)),
        (.right, .center, Point(70, 50 + (7.59765625 - 2.40234375) / 2)),
        (.center, .centerBaseline, Point(85, 50 + 7.59765625 / 2)),
    ])
    func unrotatedAlignment(_ h: TextPlacement.Horizontal, _ v: TextPlacement.Vertical, _ origin: Point) {
        let o = TextPlacement(horizontal: h, vertical: v).origin(of: label, at: Point(100, 50))
        #expect(nearlyEqual(o, origin), "\(o)")
    }

    @Test func verticalYLabelWithAnchorRotation() {
        // matplotlib's y label: ha center, va bottom, rotation 90, rotation_mode 'anchor':
        // the bottom of the text touches the anchor's x and its middle the anchor's y.
        let p = TextPlacement(horizontal: .center, vertical: .bottom, rotation: 90, rotationMode: .anchor)
        let b = p.bounds(of: label, at: Point(100, 50))
        #expect(Swift.abs(b.maxX - 100) < 1e-9)
        #expect(Swift.abs(b.midY - 50) < 1e-9)
        #expect(Swift.abs(b.width - 10) < 1e-9 && Swift.abs(b.height - 30) < 1e-9)
    }

    @Test func rotatedDefaultModeAlignsTheRotatedBox() {
        // Rotated 90 degrees in default mode, ha right / va top put the rotated box's
        // right and top edges on the anchor.
        let p = TextPlacement(horizontal: .right, vertical: .top, rotation: 90)
        let b = p.bounds(of: label, at: Point(100, 50))
        #expect(Swift.abs(b.maxX - 100) < 1e-9 && Swift.abs(b.minY - 50) < 1e-9)
        let r45 = TextPlacement(horizontal: .center, vertical: .center, rotation: 45).bounds(of: label, at: Point(0, 0))
        #expect(Swift.abs(r45.midX) < 1e-9 && Swift.abs(r45.midY) < 1e-9)
    }
}
