import Foundation
import Testing
@testable import LabFigures

/// The Milky Way potential against scipy's special functions, and its zero point against the lab's rows.
///
/// Reference values come from Scripts/stars/reference_values.py, which evaluates
/// MWPotential2014 with scipy.special.gammainc/gammaincc (an implementation
/// independent of IncompleteGamma.swift).
@Suite("Star potential")
struct StarPotentialTests {
    /// (a, x, P(a, x), Q(a, x)) from scipy.special.gammainc / gammaincc.
    static let incompleteGamma: [(Double, Double, Double, Double)] = [
        (0.1, 0.001, 0.526768568392445, 0.473231431607555),
        (0.1, 0.3, 0.9083579897300342, 0.09164201026996574),
        (0.1, 0.6, 0.951832144669907, 0.048167855330092664),
        (0.1, 1.0, 0.9758726562736721, 0.024127343726327757),
        (0.1, 2.5, 0.9970562023960723, 0.0029437976039277513),
        (0.1, 7.0, 0.9999850828318516, 1.491716814842852e-05),
        (0.1, 17.73, 0.999999999849581, 1.504190568209941e-10),
        (0.1, 40.0, 1.0, 1.5797414197837038e-20),
        (0.1, 120.0, 1.0, 1.0760677962041679e-55),
        (0.6, 0.001, 0.017731078057083384, 0.9822689219429166),
        (0.6, 0.3, 0.487583108780685, 0.512416891219315),
        (0.6, 0.6, 0.6681982858168398, 0.33180171418316035),
        (0.6, 1.0, 0.8027404729150407, 0.19725952708495897),
        (0.6, 2.5, 0.9660041642626513, 0.0339958357373487),
        (0.6, 7.0, 0.9997324588054635, 0.0002675411945365307),
        (0.6, 17.73, 0.9999999958474505, 4.152549507854003e-09),
        (0.6, 40.0, 1.0, 6.459905483477696e-19),
        (0.6, 120.0, 1.0, 7.561456454944303e-54),
        (1.5, 0.001, 2.3774053651950578e-05, 0.999976225946348),
        (1.5, 0.3, 0.10356762665808855, 0.8964323733419115),
        (1.5, 0.6, 0.246995688343542, 0.753004311656458),
        (1.5, 1.0, 0.42759329552912023, 0.5724067044708798),
        (1.5, 2.5, 0.8282028557032665, 0.1717971442967335),
        (1.5, 7.0, 0.9970948472257326, 0.002905152774267437),
        (1.5, 17.73, 0.9999999026053237, 9.739467626849639e-08),
        (1.5, 40.0, 1.0, 3.0692774861724164e-17),
        (1.5, 120.0, 1.0, 9.517135183222611e-52),
        (4.0, 0.001, 4.163334721825486e-14, 0.9999999999999584),
        (4.0, 0.3, 0.0002658111900217398, 0.9997341888099782),
        (4.0, 0.6, 0.003358068853247998, 0.996641931146752),
        (4.0, 1.0, 0.01898815687615381, 0.9810118431238462),
        (4.0, 2.5, 0.2424238668669339, 0.7575761331330662),
        (4.0, 7.0, 0.9182345837552784, 0.0817654162447216),
        (4.0, 17.73, 0.9999779580467895, 2.2041953210532944e-05),
        (4.0, 40.0, 0.9999999999999512, 4.888864465181043e-14),
        (4.0, 120.0, 1.0, 2.264417496779646e-47),
    ]

    @Test("regularised incomplete gamma functions match scipy", arguments: incompleteGamma.indices)
    func incompleteGammaMatchesScipy(_ index: Int) {
        let (a, x, p, q) = Self.incompleteGamma[index]
        let lower = IncompleteGamma.lowerRegularized(a, x)
        let upper = IncompleteGamma.upperRegularized(a, x)
        #expect(abs(lower - p) <= 1e-14 + 1e-13 * abs(p), "P(\(a), \(x)) = \(lower), scipy \(p)")
        #expect(abs(upper - q) <= 1e-300 + 1e-12 * abs(q), "Q(\(a), \(x)) = \(upper), scipy \(q)")
    }

    /// (R, z, Φ, v_c) of MWPotential2014 as published (R₀ = 8 kpc, v₀ = 220 km/s), scipy-based.
    static let published: [(Double, Double, Double, Double)] = [
        (8.0, 0.0, -131564.27661739153, 220.0),
        (8.2, 0.0, -130372.15681770933, 219.4443717297456),
        (0.5, 0.0, -225563.12552148057, 110.80616205991937),
        (2.0, 0.3, -194005.702052021, 187.00334097477244),
        (4.0, -1.0, -160770.11328836496, 222.6959961172364),
        (10.05, -0.78, -120256.9421520595, 214.47326488552096),
        (11.16, -1.26, -115211.40033462572, 211.78570752282553),
        (20.0, 0.0, -91617.61739890391, 197.61111154243517),
        (60.0, 5.0, -53873.88026041217, 171.0513018179621),
    ]

    /// (R, z, Φ, v_c) in the lab convention (R₀ = 8.2 kpc, v₀ = 232.8 km/s, Φ₀ = −47 380 km²/s²), scipy-based.
    static let labConvention: [(Double, Double, Double, Double)] = [
        (8.0, 0.0, -196040.47783146874, 233.37165894208346),
        (8.2, 0.0, -194698.93564611347, 232.8),
        (0.5, 0.0, -300291.2004598166, 116.45613035173135),
        (2.0, 0.3, -265627.6124212069, 196.0300540020955),
        (4.0, -1.0, -228715.58709100846, 235.01943038684223),
        (10.05, -0.78, -183297.11997728542, 227.615858551522),
        (11.16, -1.26, -177606.79689752532, 224.7798047316332),
        (20.0, 0.0, -151051.49384618626, 209.70143952085851),
        (60.0, 5.0, -108515.54485719588, 181.74099061559062),
    ]

    @Test("MWPotential2014 as published matches the scipy evaluation", arguments: published.indices)
    func publishedModel(_ index: Int) {
        let (radius, height, phi, vc) = Self.published[index]
        let model = MilkyWayPotential.mwPotential2014
        #expect(abs(model.potential(radius: radius, height: height) - phi) <= 1e-9 * abs(phi))
        #expect(abs(model.circularVelocity(radius: radius) - vc) <= 1e-10 * vc)
    }

    @Test("the lab-convention potential matches the scipy evaluation", arguments: labConvention.indices)
    func labModel(_ index: Int) {
        let (radius, height, phi, vc) = Self.labConvention[index]
        let model = MilkyWayPotential.labConvention
        #expect(abs(model.potential(radius: radius, height: height) - phi) <= 1e-9 * abs(phi))
        #expect(abs(model.circularVelocity(radius: radius) - vc) <= 1e-10 * vc)
    }

    @Test("each component supplies its published share of the circular-orbit force at the Sun")
    func forceFractions() {
        for model in [MilkyWayPotential.mwPotential2014, .labConvention] {
            #expect(abs(model.disc.radialDerivative(radius: 1) - 0.60) < 1e-14)
            #expect(abs(model.halo.radialDerivative(radius: 1) - 0.35) < 1e-14)
            #expect(abs(model.bulge.radialDerivative(radius: 1) - 0.05) < 1e-14)
            #expect(abs(model.circularVelocity(radius: model.solarRadius) - model.solarCircularVelocity) < 1e-10)
        }
    }

    @Test("the potential is finite at the centre and on the axis, and deepens inwards")
    func centreAndShape() {
        let model = MilkyWayPotential.labConvention
        let centre = model.potential(radius: 0, height: 0)
        #expect(centre.isFinite)
        #expect(model.potential(radius: 0, height: 1).isFinite)
        #expect(model.circularVelocity(radius: 0) == 0)
        var previous = centre
        for radius in stride(from: 0.5, through: 100, by: 0.5) {
            let phi = model.potential(radius: radius, height: 0)
            #expect(phi > previous)
            previous = phi
        }
        // Tends to the zero point far away (the model's own part vanishes at infinity).
        #expect(abs(model.potential(radius: 1e7, height: 0) - model.zeroPoint) < 50)
    }

    @Test("the local escape speed is the measured one (Piffl et al. 2014: 533 +54/−41 km/s)")
    func escapeSpeed() {
        let model = MilkyWayPotential.labConvention
        let escape = (2 * (model.zeroPoint - model.potential(radius: 8.2, height: 0))).squareRoot()
        #expect(abs(escape - 542.8) < 0.1)
        #expect((492.0...587.0).contains(escape))
    }

    /// The lab's first four rows (all disc stars), from the notebook's head():
    /// (APOGEE name, vx, vy, vz, En, Lz).
    static let labDiscRows: [(String, Double, Double, Double, Double, Double)] = [
        ("2M03253760+2050536", -25.761714, 222.054260, 29.777083, -155526.229018, 2298.725882),
        ("2M03531303+2352226", -1.410748, 222.424836, 27.887632, -152480.050683, 2477.465061),
        ("2M03532875+2407032", -52.639903, 213.206085, 10.694683, -159300.952613, 2120.135959),
        ("2M03592264+2531442", 23.515292, 232.149817, 34.817371, -150036.436055, 2578.785212),
    ]

    /// En − |v|²/2 − Φ(R, z) for a lab row, with the star placed on its APOGEE sky position at the
    /// distance where its Lz = y vx − x vy (linear in the distance) is the lab's.
    static func energyResidual(_ row: (String, Double, Double, Double, Double, Double),
                               potential: MilkyWayPotential) throws -> Double {
        let (name, vx, vy, vz, energy, lz) = row
        let position = try #require(APOGEEDesignation.position(of: name))
        let direction = SkyDirection(rightAscension: position.rightAscension, declination: position.declination)
        let u = direction.galacticUnitVector
        let solarRadius = potential.solarRadius
        // Lz(d) = d (u_y vx − u_x vy) + R₀ vy.
        let distance = (lz - solarRadius * vy) / (u.y * vx - u.x * vy)
        #expect(distance > 1 && distance < 4, "\(name) would be \(distance) kpc away")
        let x = -solarRadius + distance * u.x
        let y = distance * u.y
        let z = distance * u.z
        let radius = (x * x + y * y).squareRoot()
        return energy - 0.5 * (vx * vx + vy * vy + vz * vz) - potential.potential(radius: radius, height: z)
    }

    @Test("the zero point reproduces the lab's energies on its own disc rows")
    func zeroPointMatchesLabRows() throws {
        let residuals = try Self.labDiscRows.map { try Self.energyResidual($0, potential: .labConvention) }
        let mean = residuals.reduce(0, +) / Double(residuals.count)
        #expect(abs(mean) < 50, "mean residual \(mean) km²/s²; residuals \(residuals)")
        for residual in residuals {
            #expect(abs(residual) < 400, "residual \(residual) km²/s²")
        }
    }
}
