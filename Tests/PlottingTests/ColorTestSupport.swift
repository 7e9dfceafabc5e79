import Foundation
import Testing
@testable import Plotting

/// The colour fixture written by Scripts/make-colormaps.py from matplotlib and seaborn.
struct ColorFixture: Decodable {
    struct Sample: Decodable {
        let name: String
        let x: [Double?]
        let rgba: [[Double]]
    }
    struct Resampled: Decodable {
        let name: String
        let n: Int
        let rgba: [[Double]]
    }
    struct Reversed: Decodable {
        let name: String
        let x: [Double]
        let rgba: [[Double]]
        let under: [Double]
        let over: [Double]
    }
    /// A number, or "nan", "inf", "-inf", or null for a masked value.
    enum Value: Decodable {
        case number(Double)
        case masked

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .masked; return }
            if let d = try? c.decode(Double.self) { self = .number(d); return }
            switch try c.decode(String.self) {
            case "nan": self = .number(.nan)
            case "inf": self = .number(.infinity)
            case "-inf": self = .number(-.infinity)
            case let s: throw DecodingError.dataCorruptedError(in: c, debugDescription: "unexpected \(s)")
            }
        }

        var double: Double? { if case .number(let d) = self { d } else { nil } }
    }
    struct Norm: Decodable {
        let kind: String
        let vmin: Double?
        let vmax: Double?
        let clip: Bool
        let values: [Value]
        let normalized: [Value]?
        let boundaries: [Double]?
        let ncolors: Int?
        let extend: String?
        let indices: [Int?]?
    }
    struct Named: Decodable {
        let spec: String
        let rgba: [Double]
    }
    struct PaletteCase: Decodable {
        let spec: String?
        let n: Int
        let rgb: [[Double]]
    }
    struct Hue: Decodable {
        let palette: String?
        /// The number of string levels, for a categorical hue; nil for a numeric one.
        let categorical: Int?
        let levels: [Int]
        let rgba: [[Double]]
    }
    struct CubehelixCase: Decodable {
        let spec: String
        let rgba: [[Double]]
    }

    let samples: [Sample]
    let tables: [String: [[Double]]]
    let resampled: [Resampled]
    let reversed: [Reversed]
    let norms: [Norm]
    let named: [Named]
    let namedErrors: [String]
    let palettes: [PaletteCase]
    let hue: [Hue]
    let cubehelix: [CubehelixCase]

    static let shared = try? Fixtures.load("colors", as: ColorFixture.self)

    static func load() throws -> ColorFixture { try #require(shared, "Fixtures/colors.json is missing or unreadable") }
}

extension Color {
    var rgba: [Double] { [red, green, blue, alpha] }
}

/// Whether two RGBA colours agree to `tolerance` in every channel (an RGB triple has alpha 1).
func same(_ c: Color, _ expected: [Double], tolerance: Double = 0) -> Bool {
    expected.count >= 3 && zip(c.rgba, expected + (expected.count == 3 ? [1] : [])).allSatisfy { abs($0 - $1) <= tolerance }
}

/// Whether a colour agrees with a fixture's RGBA quadruple to within half an 8-bit step
/// (or `tolerance`) on every channel, 0...1 scale.
func sameColor(_ c: Color, _ rgba: [Double], tolerance: Double = 0.5 / 255) -> Bool {
    rgba.count == 4 && same(c, rgba, tolerance: tolerance)
}
