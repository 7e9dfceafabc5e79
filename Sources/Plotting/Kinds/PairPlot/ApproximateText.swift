/// Text widths in DejaVu Sans for layout decisions made before any canvas exists (the width of
/// a pair plot's page, which holds its legend).
///
/// Characters of `DejaVuSansAdvances` (printable ASCII, Latin-1 and a few symbols) are measured
/// exactly as the backend lays them out, advances plus kerning; anything else (and mathtext,
/// which is measured as typed) counts 0.6 em.
enum ApproximateText {
    static func width(_ s: String, fontSize: Double) -> Double {
        var units = 0.0
        var previous: UInt32?
        for scalar in s.unicodeScalars {
            let code = scalar.value
            if let advance = DejaVuSansAdvances.advances[code] {
                units += Double(advance)
                if let previous, let kern = DejaVuSansAdvances.kerning[UInt64(previous) << 32 | UInt64(code)] {
                    units += Double(kern)
                }
                previous = code
            } else {
                units += 0.6 * DejaVuSansAdvances.unitsPerEm
                previous = nil
            }
        }
        return units / DejaVuSansAdvances.unitsPerEm * fontSize
    }
}
