import Foundation
import Testing
@testable import Plotting

/// Every public error of the module gives its actionable message through `localizedDescription`
/// too (not Foundation's "The operation could not be completed").
@Suite("Plotting errors: localizedDescription is the message")
struct ErrorMessageTests {
    static let errors: [any Error & CustomStringConvertible] = [
        PlotError.lengthMismatch(what: "x and y", expected: 3, actual: 2),
        ColorError.unknownColor("blurple"),
        ContourError.tooFewCoordinates(axis: "x", count: 1),
        StatisticsError.empty(what: "data"),
        MathTextError.unclosedGroup(offset: 3),
        PlotKindError.statistics(.empty(what: "data")),
    ]

    @Test(arguments: 0..<errors.count)
    func localizedDescriptionIsTheMessage(_ index: Int) {
        let error = Self.errors[index]
        #expect(error.localizedDescription == error.description)
        #expect(!error.description.isEmpty)
    }
}
