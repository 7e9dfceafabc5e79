import CairoBackend
import Foundation
@testable import Plotting
import Testing

/// `DejaVuSansAdvances` (generated from the font file by Scripts/make-font-metrics.py) lets the
/// figure model measure regular text before any canvas exists; it must measure what cairo does
/// with the font the backend draws with, or pre-canvas layouts (a pair plot's page width)
/// drift from the drawing.
@Suite struct CairoAdvanceTableTests {
    static let labels = ["cluster_labels", "gmm_labels", "Gaia-Enceladus", "vx_vz", "alpha", "feh",
                         "\u{2212}200000", "\u{2212}0.25", "0.50", "1e6", "AVAWAT To Ty", "Pair Plot of Features",
                         "Stand-in data: the package's mock Gaia \u{00D7} APOGEE table", "Lz (kpc km/s)", "\u{00B0}\u{00B1}"]

    @Test(arguments: [8.0, 10.0, 12.0])
    func theTableMeasuresRegularTextAsCairoDoes(size: Double) throws {
        let font = Font(size: size, face: .regular)
        let page = MeasuringPage(dpi: 100, Self.labels.map { ($0, font) })
        _ = try page.pngData()
        for (label, measured) in zip(Self.labels, page.results) {
            let table = ApproximateText.width(label, fontSize: size)
            #expect(abs(table - measured.width) <= 1e-3, "'\(label)' at \(size) pt: table \(table), cairo \(measured.width)")
        }
    }
}
