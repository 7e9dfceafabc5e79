import Estimators
import Foundation
import Testing
@testable import LabFigures

/// The mock catalogue as a table: the bundled file, its shape, its ids and names, its reproducibility.
@Suite("Star catalogue")
struct StarCatalogTests {
    /// The bundled table's stars (generated once for the suite's tests).
    static let stars = MockStarCatalog().generate()

    @Test("the bundled gaia_apogee_mock.csv is the generator's output for the default seed, byte for byte")
    func bundledTableIsReproducible() throws {
        let url = try #require(MockStarCatalog.bundledTableURL)
        let bundled = try Data(contentsOf: url)
        let generated = Data(MockStarCatalog(seed: MockStarCatalog.defaultSeed).csvText().utf8)
        #expect(bundled.count == generated.count)
        #expect(bundled == generated)
    }

    @Test("the same seed gives the same stars and text; another seed gives other stars")
    func determinism() {
        let once = MockStarCatalog(seed: 11).generate()
        let again = MockStarCatalog(seed: 11).generate()
        #expect(once == again)
        #expect(MockStarCatalog(seed: 11).csvText() == MockStarCatalog(seed: 11).csvText())
        #expect(MockStarCatalog(seed: 12).generate().map(\.sourceID) != once.map(\.sourceID))
    }

    @Test("checked seeds follow numpy's range")
    func checkedSeed() throws {
        #expect(try MockStarCatalog(checkedSeed: 4_294_967_295).seed == .max)
        #expect(throws: RandomStateError.seedOutOfRange(-1)) { try MockStarCatalog(checkedSeed: -1) }
        #expect(throws: RandomStateError.seedOutOfRange(4_294_967_296)) {
            try MockStarCatalog(checkedSeed: 4_294_967_296)
        }
    }

    @Test("flag counts are the lab's exactly: 222 disc, 221 halo, 83 Gaia-Enceladus")
    func flagCounts() {
        let counts = Dictionary(grouping: Self.stars, by: \.flag).mapValues(\.count)
        #expect(counts == [.disk: 222, .halo: 221, .gaiaEnceladus: 83])
        #expect(Self.stars.count == 526)
        let populations = Dictionary(grouping: Self.stars, by: \.population).mapValues(\.count)
        #expect(populations[.thinDisk, default: 0] + populations[.thickDisk, default: 0] == 222)
        #expect(populations[.thickDisk, default: 0] > 10, "the disc has an α-rich thick component")
    }

    @Test("the text has the lab's header, column order and row count")
    func csvLayout() throws {
        let text = MockStarCatalog(seed: 5).csvText()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "source_id_1,vx,vy,vz,En,Lz,apogee,feh,alpha,flag")
        #expect(lines.count == 528, "header, 526 rows, and the empty piece after the final newline")
        #expect(lines.last == "")
        #expect(!text.contains("\r") && !text.contains("-0.000000"))
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == 10)
            #expect(Int64(fields[0]) != nil)
            #expect(fields[6].hasPrefix("2M") && fields[6].count == 18)
            #expect(["0", "1", "2"].contains(fields[9]))
            for index in [1, 2, 3, 4, 5, 7, 8] {
                let field = fields[index]
                #expect(Double(field) != nil && field.split(separator: ".").last?.count == 6, "\(field)")
            }
        }
    }

    @Test("rows are sorted by Gaia id; ids and names are unique and real-format")
    func idsAndNames() throws {
        let ids = Self.stars.map(\.sourceID)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(Set(Self.stars.map(\.apogeeID)).count == ids.count)
        for star in Self.stars {
            let pixel = HEALPix.nestedIndex(order: 12, rightAscension: star.sky.rightAscension,
                                            declination: star.sky.declination)
            #expect(GaiaSourceID.pixel(of: star.sourceID) == pixel)
            #expect((star.sourceID >> 32) & 7 == 1)
            #expect(star.sourceID & 0xffff_ffff < GaiaSourceID.runningNumberLimit)
            #expect(star.apogeeID == APOGEEDesignation.name(rightAscension: star.sky.rightAscension,
                                                            declination: star.sky.declination))
            #expect(star.sky.declination >= -30 || star.flag == .disk, "halo fields are seen from Apache Point")
        }
        // The spread of ids follows the sky: from the first base pixels to the last.
        #expect(try #require(ids.first) < 1_000_000_000_000_000_000)
        #expect(try #require(ids.last) > 6_000_000_000_000_000_000)
    }

    /// Seed 7 as Scripts/stars/mock_catalog_reference.py (numpy RandomState + scipy) writes it:
    /// its first three and last lines, and the sum of each numeric column (printed by
    /// Scripts/stars/seed7_reference.py).
    static let referenceSeed7Lines = [
        "8590179407639703,-171.286366,56.002619,36.687197,-174424.222222,471.055237,2M03024451+0756332,-0.261339,0.174846,1",
        "25677930133484891,-149.441715,54.326072,101.715951,-171077.361322,447.211304,2M02414261+1209297,-0.830377,0.357811,1",
        "30509252945528943,-180.908302,42.634784,-21.157750,-167732.938215,343.583112,2M03051667+1357195,-1.004960,0.098947,2",
        "6900275907790790081,-71.935551,62.309490,-32.367531,-192607.611806,455.745440,2M20461900-1203168,-0.573373,0.224350,1",
    ]
    static let referenceSeed7Sums: [(column: Int, sum: Double)] = [
        (1, -1706.6866479999987), (2, 52773.363416000015), (3, 1156.5930030000006), (4, -88210697.06419703),
        (5, 510843.46519900043), (7, -344.55204299999997), (8, 84.86630899999997),
    ]

    @Test("an independent numpy/scipy implementation draws the same catalogue")
    func matchesPythonReference() {
        let lines = MockStarCatalog(seed: 7).csvText().split(separator: "\n").map(String.init)
        #expect(Array(lines[1...3]) == Array(Self.referenceSeed7Lines[0...2]))
        #expect(lines.last == Self.referenceSeed7Lines[3])
        let rows = lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
        for (column, expected) in Self.referenceSeed7Sums {
            let sum = rows.reduce(0.0) { $0 + (Double($1[column]) ?? .nan) }
            #expect(abs(sum - expected) <= 1e-9 * max(1, abs(expected)), "column \(column): \(sum) vs \(expected)")
        }
    }
}
