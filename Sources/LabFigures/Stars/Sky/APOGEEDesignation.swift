import Foundation

/// APOGEE star names: the 2MASS designation "2Mhhmmssss±ddmmsss" of the star's position.
///
/// APOGEE names its targets by their 2MASS Point Source Catalog designation:
/// right ascension in hours, minutes and seconds to 0.01 s, then the signed
/// declination in degrees, arcminutes and arcseconds to 0.1″, both truncated
/// (not rounded), as 2MASS does (Skrutskie et al. 2006; 2MASS Explanatory
/// Supplement §IV.1). "2M03253760+2050536" is α = 03ʰ25ᵐ37.60ˢ, δ = +20°50′53.6″.
public enum APOGEEDesignation {
    /// The designation of the position (α, δ) in degrees; nil unless both are finite and |δ| ≤ 90.
    public static func name(rightAscension: Double, declination: Double) -> String? {
        guard rightAscension.isFinite, declination.isFinite, abs(declination) <= 90 else { return nil }
        var alpha = rightAscension.truncatingRemainder(dividingBy: 360)
        if alpha < 0 { alpha += 360 }
        // Work in integer hundredths of a time second and tenths of an arcsecond.
        let centiseconds = Int((alpha / 15 * 3600 * 100 + 1e-9).rounded(.down))
        let wrapped = ((centiseconds % 8_640_000) + 8_640_000) % 8_640_000
        let hours = wrapped / 360_000
        let minutes = (wrapped % 360_000) / 6000
        let hundredths = wrapped % 6000
        let deciarcseconds = Int((abs(declination) * 3600 * 10 + 1e-9).rounded(.down))
        let degrees = deciarcseconds / 36_000
        let arcminutes = (deciarcseconds % 36_000) / 600
        let tenths = deciarcseconds % 600
        let sign = declination < 0 ? "-" : "+"
        return "2M" + pad(hours, 2) + pad(minutes, 2) + pad(hundredths, 4)
            + sign + pad(degrees, 2) + pad(arcminutes, 2) + pad(tenths, 3)
    }

    /// The position (α, δ) in degrees that a designation encodes (the corner of its truncation cell),
    /// or nil when the text is not of the form "2Mhhmmssss±ddmmsss".
    public static func position(of name: String) -> (rightAscension: Double, declination: Double)? {
        let characters = Array(name.utf8)
        guard characters.count == 18, characters[0] == UInt8(ascii: "2"), characters[1] == UInt8(ascii: "M"),
              characters[10] == UInt8(ascii: "+") || characters[10] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for c in characters[range] {
                guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(c - UInt8(ascii: "0"))
            }
            return value
        }
        guard let h = number(2..<4), let m = number(4..<6), let s = number(6..<10),
              let d = number(11..<13), let dm = number(13..<15), let ds = number(15..<18),
              h < 24, m < 60, s < 6000, d <= 90, dm < 60, ds < 600 else { return nil }
        let ra = 15 * (Double(h) + Double(m) / 60 + Double(s) / 100 / 3600)
        let dec = Double(d) + Double(dm) / 60 + Double(ds) / 10 / 3600
        return (ra, characters[10] == UInt8(ascii: "-") ? -dec : dec)
    }

    /// `value` in decimal with leading zeros to `width` digits.
    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
