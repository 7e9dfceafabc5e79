import Foundation
import Testing
@testable import Plotting

/// The mathtext fixture written by Scripts/make-text-fixtures.py from matplotlib 3.11.
struct MathtextFixture: Decodable {
    struct GlyphMetrics: Decodable {
        let advance: Double
        let top: Double
        let bottom: Double
    }

    struct Glyph: Decodable {
        let char: String
        let face: String
        let size: Double
        let x: Double
        /// Baseline shift, up positive.
        let y: Double
    }

    struct Sample: Decodable {
        let text: String
        let width: Double
        let height: Double
        let depth: Double
        let glyphs: [Glyph]
    }

    struct Layout: Decodable {
        struct Line: Decodable {
            let width: Double
            let ascent: Double
            let descent: Double
            let baseline: Double
        }
        let text: String
        let lines: [Line]
    }

    /// A label set by matplotlib at `fontSize` with glue rounded to `pixelsPerPoint`.
    struct Construct: Decodable {
        struct Rule: Decodable {
            let x: Double
            /// Top edge, up positive from the baseline.
            let top: Double
            let width: Double
            let height: Double
        }
        let text: String
        let fontSize: Double
        let pixelsPerPoint: Double
        let width: Double
        let height: Double
        let depth: Double
        let glyphs: [Glyph]
        let rules: [Rule]
    }

    let matplotlib: String
    let fontSize: Double
    let glyphs: [String: [String: GlyphMetrics]]
    let kerning: [String: [String: Double]]
    let samples: [Sample]
    let layouts: [Layout]
    let placements: [Placement]
    let constructs: [Construct]

    /// matplotlib's window extent of aligned, rotated text, relative to the anchor, y up.
    struct Placement: Decodable {
        let text: String
        let ha: String
        let va: String
        let rotation: Double
        let mode: String
        let bbox: [Double]
    }

    static func load() throws -> MathtextFixture {
        try Fixtures.load("mathtext", as: MathtextFixture.self)
    }
}

extension Font.Face {
    /// The fixture's name of a face.
    var fixtureName: String {
        switch self {
        case .regular: "regular"
        case .oblique: "oblique"
        case .bold: "bold"
        case .boldOblique: "boldOblique"
        }
    }
}

/// A canvas that measures with DejaVu Sans' own glyph metrics (from the fixture), summing
/// advances and pair kerning as FreeType does, so layouts can be compared with matplotlib's.
struct DejaVuMetricsCanvas: Canvas {
    let fixture: MathtextFixture
    /// Characters the fixture has no metrics for, so a test can fail loudly instead of guessing.
    final class Misses: @unchecked Sendable { var chars: Set<String> = [] }
    let misses = Misses()
    var rasterScale: Double { 1 }

    func measure(_ text: String, _ font: Font) -> TextMetrics {
        let table = fixture.glyphs[font.face.fixtureName] ?? [:]
        let kerns = fixture.kerning[font.face.fixtureName] ?? [:]
        var width = 0.0, top = 0.0, bottom = 0.0
        var previous: Character?
        for c in text {
            guard let m = table[String(c)] else {
                misses.chars.insert("\(font.face.fixtureName):\(c)")
                continue
            }
            if let p = previous, let k = kerns[String(p) + String(c)] { width += k * font.size }
            width += m.advance * font.size
            top = max(top, m.top * font.size)
            bottom = min(bottom, m.bottom * font.size)
            previous = c
        }
        return TextMetrics(width: width, ascent: top, descent: -bottom)
    }

    mutating func fill(_ path: Path, _ style: FillStyle) {}
    mutating func stroke(_ path: Path, _ style: StrokeStyle) {}
    mutating func draw(_ text: String, at origin: Point, _ style: TextStyle) {}
    mutating func draw(_ image: RasterImage, in rect: Rect, interpolation: RasterImage.Interpolation) {}
    mutating func pushClip(_ path: Path) {}
    mutating func popClip() {}
}
