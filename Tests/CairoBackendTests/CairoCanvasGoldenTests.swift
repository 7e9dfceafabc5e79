import CairoBackend
import Foundation
import Plotting
import Testing

/// Small pages drawn straight on the canvas, compared pixel by pixel with committed goldens.
@Suite struct CairoCanvasGoldenTests {
    @Test(arguments: GoldenPage.allCases)
    func pageMatchesGolden(_ page: GoldenPage) throws {
        try Goldens.check(page.page, page.rawValue)
    }
}
