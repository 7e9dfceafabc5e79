import Foundation

/// seaborn's evenly spaced hues: the 'husl' palette (HSLuv, a perceptually even HSL) it
/// falls back to for more than ten categorical levels, and the plain 'hls' palette.
enum Husl {
    // sRGB <-> XYZ (D65) as in HSLuv 2.1, which seaborn bundles.
    static let m: [[Double]] = [[3.2406, -1.5372, -0.4986], [-0.9689, 1.8758, 0.0415], [0.0557, -0.2040, 1.0570]]
    static let refU = 0.19784
    static let refV = 0.46834
    static let labE = 0.008856
    static let labK = 903.3

    /// `husl_palette(n, h=.01, s=.9, l=.65)`: hues evenly round the circle from 0.01.
    static func palette(count n: Int, h: Double = 0.01, s: Double = 0.9, l: Double = 0.65) -> [Color] {
        guard n > 0 else { return [] }
        let hues = Colormap.linspace01(n + 1).dropLast().map { ($0 + h).truncatingRemainder(dividingBy: 1) * 359 }
        return hues.map { toRGB(h: $0, s: s * 99, l: l * 99) }
    }

    /// One HUSL colour (h in degrees, s and l in 0...100) as clipped sRGB.
    static func toRGB(h: Double, s: Double, l: Double) -> Color {
        // HUSL -> LCh
        let lch: (Double, Double, Double)
        if l > 99.9999999 {
            lch = (100, 0, h)
        } else if l < 0.00000001 {
            lch = (0, 0, h)
        } else {
            lch = (l, maxChroma(l, h) / 100 * s, h)
        }
        // LCh -> Luv
        let hrad = lch.2 * Double.pi / 180
        let (L, U, V) = (lch.0, cos(hrad) * lch.1, sin(hrad) * lch.1)
        // Luv -> XYZ
        var xyz = (0.0, 0.0, 0.0)
        if L != 0 {
            let t = (L + 16) / 116
            let varY = pow(t, 3) > labE ? pow(t, 3) : (116 * t - 16) / labK
            let varU = U / (13 * L) + refU
            let varV = V / (13 * L) + refV
            let y = varY
            let x = 0 - (9 * y * varU) / ((varU - 4) * varV - varU * varV)
            let z = (9 * y - (15 * varV * y) - (varV * x)) / (3 * varV)
            xyz = (x, y, z)
        }
        // XYZ -> sRGB, then clipped as seaborn does.
        func fromLinear(_ c: Double) -> Double { c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055 }
        let rgb = m.map { row in fromLinear(row[0] * xyz.0 + row[1] * xyz.1 + row[2] * xyz.2) }
        func clip(_ v: Double) -> Double { min(max(v, 0), 1) }
        return Color(red: clip(rgb[0]), green: clip(rgb[1]), blue: clip(rgb[2]))
    }

    /// The largest chroma HUSL allows at lightness `l` and hue `h` (degrees).
    static func maxChroma(_ l: Double, _ h: Double) -> Double {
        let hrad = h * Double.pi / 180
        let sinH = sin(hrad), cosH = cos(hrad)
        let sub1 = pow(l + 16, 3) / 1_560_896
        let sub2 = sub1 > 0.008856 ? sub1 : l / 903.3
        var result = Double.infinity
        for row in m {
            let (m1, m2, m3) = (row[0], row[1], row[2])
            let top = (0.99915 * m1 + 1.05122 * m2 + 1.14460 * m3) * sub2
            let rbottom = 0.86330 * m3 - 0.17266 * m2
            let lbottom = 0.12949 * m3 - 0.38848 * m1
            let bottom = (rbottom * sinH + lbottom * cosH) * sub2
            for t in [0.0, 1.0] {
                let c = l * (top - 1.05122 * t) / (bottom + 0.17266 * sinH * t)
                if c > 0 && c < result { result = c }
            }
        }
        return result
    }

    /// `hls_palette(n, h=.01, l=.6, s=.65)`: evenly spaced hues in plain HLS.
    static func hlsPalette(count n: Int, h: Double = 0.01, l: Double = 0.6, s: Double = 0.65) -> [Color] {
        guard n > 0 else { return [] }
        let hues = Colormap.linspace01(n + 1).dropLast().map { ($0 + h).truncatingRemainder(dividingBy: 1) }
        return hues.map { hue in
            // Python's colorsys.hls_to_rgb.
            let m2 = l <= 0.5 ? l * (1 + s) : l + s - l * s
            let m1 = 2 * l - m2
            func v(_ hh: Double) -> Double {
                var x = hh.truncatingRemainder(dividingBy: 1)
                if x < 0 { x += 1 }
                if x < 1.0 / 6 { return m1 + (m2 - m1) * x * 6 }
                if x < 0.5 { return m2 }
                if x < 2.0 / 3 { return m1 + (m2 - m1) * (2.0 / 3 - x) * 6 }
                return m1
            }
            return s == 0 ? Color(red: l, green: l, blue: l)
                : Color(red: v(hue + 1.0 / 3), green: v(hue), blue: v(hue - 1.0 / 3))
        }
    }
}
