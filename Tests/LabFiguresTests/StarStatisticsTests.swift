import Foundation
import Testing
@testable import LabFigures

/// The bundled mock against the lab's describe() of the real gaia_apogee_match_flag.csv.
///
/// Tolerances (fixed before the seed was chosen, see `MockStarCatalog.defaultSeed`):
/// standard deviation and range (max − min) within 15 % of the lab's; the mean
/// within 15 % of the lab's mean, except for vx and vz, whose means are near
/// zero, and En, whose mean is set by the potential's zero point, where 15 %
/// of the lab's standard deviation is used instead (15 % of En's mean would be
/// 25 000 km²/s², almost two standard deviations).
@Suite("Star statistics")
struct StarStatisticsTests {
    /// One column of the lab's describe(): mean, std, min, max (526 rows).
    struct LabColumn: Sendable, CustomStringConvertible {
        let name: String
        let mean: Double
        let standardDeviation: Double
        let minimum: Double
        let maximum: Double
        /// Whether the mean is judged against the standard deviation rather than itself.
        let meanAgainstSpread: Bool
        var description: String { name }
    }

    static let lab: [LabColumn] = [
        LabColumn(name: "vx", mean: 7.275274, standardDeviation: 121.910853,
                  minimum: -352.357185, maximum: 359.676197, meanAgainstSpread: true),
        LabColumn(name: "vy", mean: 96.949364, standardDeviation: 115.644161,
                  minimum: -199.859889, maximum: 290.882264, meanAgainstSpread: false),
        LabColumn(name: "vz", mean: -5.325371, standardDeviation: 64.978286,
                  minimum: -302.312380, maximum: 159.071067, meanAgainstSpread: true),
        LabColumn(name: "En", mean: -167971.268549, standardDeviation: 13133.246109,
                  minimum: -196516.693412, maximum: -107879.448995, meanAgainstSpread: true),
        LabColumn(name: "Lz", mean: 949.951179, standardDeviation: 1010.721486,
                  minimum: -1612.701797, maximum: 2720.889619, meanAgainstSpread: false),
        LabColumn(name: "feh", mean: -0.628290, standardDeviation: 0.651759,
                  minimum: -2.521534, maximum: 0.413277, meanAgainstSpread: false),
        LabColumn(name: "alpha", mean: 0.162382, standardDeviation: 0.126699,
                  minimum: -0.053512, maximum: 0.686474, meanAgainstSpread: false),
    ]

    /// A column of the bundled table as a user reads it (6-decimal values from the CSV).
    static func bundledColumn(_ name: String) throws -> [Double] {
        try StarTable.bundledMock().column(name)
    }

    @Test("mean, standard deviation and range are within 15 % of the lab's", arguments: lab)
    func matchesLabDescribe(_ column: LabColumn) throws {
        let values = try Self.bundledColumn(column.name)
        #expect(values.count == 526)
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        let sd = variance.squareRoot()
        let range = try #require(values.max()) - #require(values.min())
        let labRange = column.maximum - column.minimum
        let meanTolerance = 0.15 * (column.meanAgainstSpread ? column.standardDeviation : abs(column.mean))
        #expect(abs(mean - column.mean) <= meanTolerance, "mean \(mean) vs lab \(column.mean) ± \(meanTolerance)")
        #expect(abs(sd - column.standardDeviation) <= 0.15 * column.standardDeviation,
                "sd \(sd) vs lab \(column.standardDeviation)")
        #expect(abs(range - labRange) <= 0.15 * labRange, "range \(range) vs lab \(labRange)")
    }
}
