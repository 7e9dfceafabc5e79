import Foundation

/// Writes stars in the lab's CSV format.
///
/// The lab's `gaia_apogee_match_flag.csv` has the header
/// `source_id_1,vx,vy,vz,En,Lz,apogee,feh,alpha,flag`: ids as 64-bit
/// integers, numbers as plain decimals, APOGEE names unquoted, flags as 0/1/2.
/// Numbers are written with 6 decimals (what the lab's `head()` shows),
/// through C's correctly rounded `%.6f`, so the text is the same on every run;
/// a value that rounds to zero is written "0.000000", never "-0.000000".
enum StarCatalogCSV {
    /// The CSV text of `stars`, header first, one "\n"-terminated line per star.
    static func text(of stars: [MockStar]) -> String {
        var lines = [MockStarCatalog.columnNames.joined(separator: ",")]
        lines.reserveCapacity(stars.count + 1)
        for star in stars {
            let v = star.measured.velocity
            let fields = [
                String(star.sourceID),
                decimal(v.x), decimal(v.y), decimal(v.z),
                decimal(star.energy), decimal(star.angularMomentum),
                star.apogeeID,
                decimal(star.metallicity), decimal(star.alpha),
                String(star.flag.rawValue),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` with 6 decimals; negative zero is written as zero.
    static func decimal(_ value: Double) -> String {
        let text = String(format: "%.6f", value)
        return text == "-0.000000" ? "0.000000" : text
    }
}
