import Foundation
import Testing
@testable import LabFigures

/// Sky geometry: HEALPix indices against healpy, designations and Gaia ids against the lab's own rows.
@Suite("Star sky geometry")
struct StarSkyTests {
    /// (order, α, δ, healpy.ang2pix(2^order, α, δ, nest=True, lonlat=True)).
    static let healpixReference: [(Int, Double, Double, Int64)] = [
        (12, 0.0, 0.0, 79691776),
        (12, 45.0, 0.0, 95070890),
        (12, 10.0, 89.9, 16777194),
        (12, 200.0, -89.9, 167772201),
        (12, 359.999, 41.8, 83886079),
        (12, 90.0, 41.9, 27962047),
        (12, 135.0, -50.0, 154980111),
        (12, 270.0, -10.0, 120847564),
        (12, 180.0, 30.0, 116828842),
        (12, 300.0, 70.0, 65511326),
        (12, 10.0, -70.0, 136859809),
        (12, 123.456, 12.345, 18924205),
        (12, 0.0, 90.0, 16777215),
        (12, 0.0, -90.0, 134217728),
        (12, 89.99999, 41.81031489577861, 5592405),
        (12, 266.405, -28.936, 118088310),
        (12, 192.85948, 27.12825, 115300526),
        (0, 0.0, 0.0, 4),
        (0, 45.0, 0.0, 5),
        (0, 10.0, 89.9, 0),
        (0, 200.0, -89.9, 10),
        (0, 359.999, 41.8, 4),
        (0, 90.0, 41.9, 1),
        (0, 135.0, -50.0, 9),
        (0, 270.0, -10.0, 7),
        (0, 180.0, 30.0, 6),
        (0, 300.0, 70.0, 3),
        (0, 10.0, -70.0, 8),
        (0, 123.456, 12.345, 1),
        (0, 0.0, 90.0, 0),
        (0, 0.0, -90.0, 8),
        (0, 89.99999, 41.81031489577861, 0),
        (0, 266.405, -28.936, 7),
        (0, 192.85948, 27.12825, 6),
        (3, 0.0, 0.0, 304),
        (3, 45.0, 0.0, 362),
        (3, 10.0, 89.9, 63),
        (3, 200.0, -89.9, 640),
        (3, 359.999, 41.8, 319),
        (3, 90.0, 41.9, 106),
        (3, 135.0, -50.0, 591),
        (3, 270.0, -10.0, 460),
        (3, 180.0, 30.0, 445),
        (3, 300.0, 70.0, 249),
        (3, 10.0, -70.0, 522),
        (3, 123.456, 12.345, 72),
        (3, 0.0, 90.0, 63),
        (3, 0.0, -90.0, 512),
        (3, 89.99999, 41.81031489577861, 21),
        (3, 266.405, -28.936, 450),
        (3, 192.85948, 27.12825, 439),
        (29, 0.0, 0.0, 1369094286720630784),
        (29, 45.0, 0.0, 1633305464859699882),
        (29, 10.0, 89.9, 288229998546368641),
        (29, 200.0, -89.9, 2882304482379074685),
        (29, 359.999, 41.8, 1441151877020470920),
        (29, 90.0, 41.9, 480384321316649706),
        (29, 135.0, -50.0, 2662538049211908915),
        (29, 270.0, -10.0, 2076145353673867456),
        (29, 180.0, 30.0, 2007104233931451050),
        (29, 300.0, 70.0, 1125476017194802713),
        (29, 10.0, -70.0, 2351233628670910953),
        (29, 123.456, 12.345, 325115368231632222),
        (29, 0.0, 90.0, 288230376151711743),
        (29, 0.0, -90.0, 2305843009213693952),
        (29, 89.99999, 41.81031489577861, 96076792050571930),
        (29, 266.405, -28.936, 2028741720139585116),
        (29, 192.85948, 27.12825, 1980847962166698915),
    ]

    @Test("nested HEALPix indices match healpy", arguments: healpixReference.indices)
    func healpixMatchesHealpy(_ index: Int) {
        let (order, ra, dec, pixel) = Self.healpixReference[index]
        #expect(HEALPix.nestedIndex(order: order, rightAscension: ra, declination: dec) == pixel)
    }

    @Test("HEALPix refuses non-finite or impossible angles instead of trapping")
    func healpixBadInput() {
        #expect(HEALPix.nestedIndex(order: 12, rightAscension: .nan, declination: 0) == nil)
        #expect(HEALPix.nestedIndex(order: 12, rightAscension: 10, declination: .infinity) == nil)
        #expect(HEALPix.nestedIndex(order: 12, rightAscension: 10, declination: 91) == nil)
        #expect(HEALPix.nestedIndex(order: 12, rightAscension: -10, declination: 5)
            == HEALPix.nestedIndex(order: 12, rightAscension: 350, declination: 5))
    }

    /// The lab's first five rows: (source_id_1, apogee).
    static let labRows: [(Int64, String)] = [
        (61047157615088256, "2M03253760+2050536"),
        (65723380567903104, "2M03531303+2352226"),
        (66570932234426112, "2M03532875+2407032"),
        (67139104867760384, "2M03592264+2531442"),
        (73621275666889344, "2M02101132+1222103"),
    ]

    @Test("the lab's Gaia ids encode the HEALPix pixel of their APOGEE positions", arguments: labRows.indices)
    func labIDsAreHealpixOfTheirPositions(_ index: Int) throws {
        let (sourceID, name) = Self.labRows[index]
        let position = try #require(APOGEEDesignation.position(of: name))
        let pixel = HEALPix.nestedIndex(order: 12, rightAscension: position.rightAscension,
                                         declination: position.declination)
        #expect(pixel == GaiaSourceID.pixel(of: sourceID))
        #expect((sourceID >> 32) & 7 == 1, "processing-centre bits")
        #expect(sourceID & 0xffff_ffff < GaiaSourceID.runningNumberLimit)
    }

    @Test("designations round-trip through their positions", arguments: labRows.map(\.1))
    func designationRoundTrip(_ name: String) throws {
        let position = try #require(APOGEEDesignation.position(of: name))
        // The encoded position is the cell's corner; nudge inside the cell before truncating again.
        let ra = position.rightAscension + 0.001 / 3600
        let dec = position.declination + (position.declination < 0 ? -0.001 : 0.001) / 3600
        #expect(APOGEEDesignation.name(rightAscension: ra, declination: dec) == name)
    }

    @Test("designations truncate like 2MASS and handle signs, zero and wrap-around")
    func designationFormat() throws {
        #expect(APOGEEDesignation.name(rightAscension: 51.40666666666667 + 1e-7, declination: 20.848222222222223)
            == "2M03253760+2050536")
        #expect(APOGEEDesignation.name(rightAscension: 0, declination: -0.5) == "2M00000000-0030000")
        #expect(APOGEEDesignation.name(rightAscension: 359.99999999, declination: 89.99999) == "2M23595999+8959599")
        #expect(APOGEEDesignation.name(rightAscension: 360, declination: 0) == "2M00000000+0000000")
        #expect(APOGEEDesignation.name(rightAscension: -15, declination: 0) == "2M23000000+0000000")
        #expect(APOGEEDesignation.name(rightAscension: .nan, declination: 0) == nil)
        #expect(APOGEEDesignation.name(rightAscension: 1, declination: 90.5) == nil)
        let position = try #require(APOGEEDesignation.position(of: "2M03253760+2050536"))
        #expect(abs(position.rightAscension - 51.40666666666667) < 1e-12)
        #expect(abs(position.declination - 20.848222222222223) < 1e-12)
        for bad in ["", "2M0325376+2050536", "3M03253760+2050536", "2M03253760*2050536", "2M0325376a+2050536",
                    "2M25253760+2050536", "2M03253760+2050536x"] {
            #expect(APOGEEDesignation.position(of: bad) == nil, "\(bad)")
        }
    }

    @Test("the Galactic poles and centre sit where the Hipparcos definition puts them")
    func galacticFrame() {
        let pole = SkyDirection(galacticLongitude: 0, latitude: 90)
        #expect(abs(pole.rightAscension - 192.85948) < 1e-4)
        #expect(abs(pole.declination - 27.12825) < 1e-4)
        let centre = SkyDirection(galacticLongitude: 0, latitude: 0)
        #expect(abs(centre.rightAscension - 266.40500) < 1e-4)
        #expect(abs(centre.declination - -28.93617) < 1e-4)
        for (ra, dec) in [(10.0, 20.0), (200.0, -45.0), (359.5, 0.1), (123.4, 67.8)] {
            let there = SkyDirection(rightAscension: ra, declination: dec)
            let back = SkyDirection(galacticLongitude: there.longitude, latitude: there.latitude)
            #expect(abs(back.rightAscension - ra) < 1e-9 && abs(back.declination - dec) < 1e-9)
        }
    }

    @Test("Gaia ids are pixel × 2³⁵ + 2³² + running number")
    func sourceIDLayout() {
        let id = GaiaSourceID.make(pixel: 1_776_706, runningNumber: 3_265_152)
        #expect(id == 61047157615088256)
        #expect(GaiaSourceID.pixel(of: id) == 1_776_706)
        let largest = GaiaSourceID.make(pixel: GaiaSourceID.pixelCount - 1, runningNumber: GaiaSourceID.runningNumberLimit - 1)
        #expect(largest > 6_900_000_000_000_000_000 && largest < Int64.max)
    }
}
