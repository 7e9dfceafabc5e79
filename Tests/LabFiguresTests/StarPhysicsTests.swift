import Foundation
import Testing
@testable import LabFigures

/// The mock's physics: energies and angular momenta from positions and velocities, the
/// populations where they belong, and measurement noise of Gaia/APOGEE size.
@Suite("Star physics")
struct StarPhysicsTests {
    static let stars = MockStarCatalog().generate()
    static let potential = MilkyWayPotential.labConvention

    /// The catalogue rows as the CSV gives them: (vx, vy, vz, En, Lz) per star, in star order.
    static let csvRows: [[Double]] = MockStarCatalog().csvText().split(separator: "\n").dropFirst().map { line in
        let fields = line.split(separator: ",")
        return [1, 2, 3, 4, 5].map { Double(fields[$0]) ?? .nan }
    }

    @Test("En recomputed from the CSV's velocities and the star's R, z is the catalogue's (to the 6-decimal rounding)")
    func energyFromPositionAndVelocity() {
        for (star, row) in zip(Self.stars, Self.csvRows) {
            let kinetic = 0.5 * (row[0] * row[0] + row[1] * row[1] + row[2] * row[2])
            let energy = kinetic + Self.potential.potential(radius: star.radius, height: star.height)
            // |v| ≲ 500 km/s rounded to 5e-7 moves |v|²/2 by < 1e-3; En itself is rounded to 5e-7.
            #expect(abs(energy - row[3]) < 2e-3, "\(star.apogeeID): \(energy) vs \(row[3])")
        }
    }

    @Test("Lz is R times the velocity along rotation, from the same measured point")
    func angularMomentumFromPositionAndVelocity() {
        for (star, row) in zip(Self.stars, Self.csvRows) {
            let p = star.measured.position
            let lz = p.y * row[0] - p.x * row[1]
            #expect(abs(lz - row[4]) < 1e-4, "\(star.apogeeID)")
            #expect(abs(star.measured.azimuthalVelocity * star.radius - star.angularMomentum) < 1e-9)
        }
    }

    @Test("stars sit in the solar neighbourhood: R within a few kpc of 8.2, |z| up to about 3 kpc")
    func positions() {
        let radii = Self.stars.map(\.radius)
        let heights = Self.stars.map { abs($0.height) }.sorted()
        #expect(radii.allSatisfy { (4.5...12.5).contains($0) })
        // True distances stop at 3.5 kpc; measured ones scatter beyond by the distance error.
        #expect(Self.stars.allSatisfy { abs($0.intrinsic.position.z) <= 3.5 && $0.distance <= 3.5 })
        #expect(heights[heights.count * 99 / 100] < 3, "99th percentile of |z| \(heights[heights.count * 99 / 100])")
        #expect(heights[heights.count / 2] < 1.5)
        let meanRadius = radii.reduce(0, +) / Double(radii.count)
        #expect(abs(meanRadius - 8.9) < 0.6, "mean R \(meanRadius)")
        #expect(Self.stars.filter { $0.flag == .disk }.allSatisfy { (8.5...11.8).contains($0.radius) },
                "disc stars are in the anticentre fields, as the lab's are")
    }

    @Test("disc stars rotate with the disc: vy ≈ 220 km/s and Lz > 1000 kpc km/s for nearly all")
    func discRotation() {
        let disc = Self.stars.filter { $0.flag == .disk }
        let fastLz = disc.filter { $0.angularMomentum > 1000 }.count
        #expect(Double(fastLz) >= 0.95 * Double(disc.count), "\(fastLz) of \(disc.count)")
        let meanVy = disc.map(\.measured.velocity.y).reduce(0, +) / Double(disc.count)
        #expect(abs(meanVy - 220) < 10, "mean disc vy \(meanVy)")
    }

    /// Helmi et al. (2018)'s selection of Gaia-Enceladus: −1500 < Lz < 150 kpc km/s, En > −1.8 × 10⁵ km²/s².
    static func insideHelmiBox(_ star: MockStar) -> Bool {
        star.angularMomentum > -1500 && star.angularMomentum < 150 && star.energy > -180_000
    }

    @Test("Gaia-Enceladus stars are mostly inside Helmi et al.'s En–Lz selection; disc stars never are")
    func helmiSelection() {
        func share(_ flag: StarFlag) -> Double {
            let group = Self.stars.filter { $0.flag == flag }
            return Double(group.filter(Self.insideHelmiBox).count) / Double(group.count)
        }
        #expect(share(.gaiaEnceladus) >= 0.75, "\(share(.gaiaEnceladus))")
        #expect(share(.halo) <= 0.3, "\(share(.halo))")
        #expect(share(.disk) == 0)
    }

    @Test("Gaia-Enceladus is radially hot with little rotation; the halo is hot and slowly prograde")
    func haloKinematics() {
        func moments(_ flag: StarFlag, _ value: (MockStar) -> Double) -> (mean: Double, sd: Double) {
            let xs = Self.stars.filter { $0.flag == flag }.map(value)
            let mean = xs.reduce(0, +) / Double(xs.count)
            let sd = (xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count - 1)).squareRoot()
            return (mean, sd)
        }
        let gseRadial = moments(.gaiaEnceladus) { $0.measured.radialVelocity }
        let gseRotation = moments(.gaiaEnceladus) { $0.measured.azimuthalVelocity }
        let haloRotation = moments(.halo) { $0.measured.azimuthalVelocity }
        let discRadial = moments(.disk) { $0.measured.radialVelocity }
        #expect(gseRadial.sd > 150 && gseRadial.sd > 4 * gseRotation.sd, "σ_R \(gseRadial.sd), σ_φ \(gseRotation.sd)")
        #expect(abs(gseRotation.mean) < 40)
        #expect(haloRotation.mean > 10 && haloRotation.mean < 80)
        #expect(discRadial.sd < 50)
        let gseEnergy = moments(.gaiaEnceladus) { $0.energy }.mean
        let haloEnergy = moments(.halo) { $0.energy }.mean
        #expect(gseEnergy > haloEnergy, "Gaia-Enceladus stars are on higher-energy orbits")
    }

    @Test("chemistry: thin disc α-poor, thick disc α-rich, halo metal-poor and α-rich, Gaia-Enceladus lower in α")
    func chemistry() {
        func mean(_ group: [MockStar], _ value: (MockStar) -> Double) -> Double {
            group.map(value).reduce(0, +) / Double(group.count)
        }
        let thin = Self.stars.filter { $0.population == .thinDisk }
        let thick = Self.stars.filter { $0.population == .thickDisk }
        let halo = Self.stars.filter { $0.population == .inSituHalo }
        let gse = Self.stars.filter { $0.population == .gaiaEnceladus }
        #expect(mean(thin, \.metallicity) > -0.3 && mean(thin, \.alpha) < 0.08)
        #expect(mean(thick, \.alpha) > mean(thin, \.alpha) + 0.08)
        #expect(mean(halo, \.metallicity) < -0.6 && mean(halo, \.alpha) > 0.22)
        #expect(abs(mean(gse, \.metallicity) - -1.3) < 0.15)
        // Same-[Fe/H] comparison: both populations' stars between [Fe/H] −1.6 and −1.0.
        let window = -1.6 ... -1.0
        let haloWindow = halo.filter { window.contains($0.metallicity) }
        let gseWindow = gse.filter { window.contains($0.metallicity) }
        #expect(haloWindow.count >= 10 && gseWindow.count >= 10)
        #expect(mean(gseWindow, \.alpha) < mean(haloWindow, \.alpha) - 0.08)
        #expect(Self.stars.allSatisfy { $0.metallicity > -2.7 && $0.metallicity < 0.5 })
    }

    @Test("measurement noise is Gaia/APOGEE-sized: a few km/s for disc stars, a few hundredths of a dex")
    func measurementNoise() {
        func median(_ xs: [Double]) -> Double {
            let sorted = xs.sorted()
            return sorted[sorted.count / 2]
        }
        let disc = Self.stars.filter { $0.flag == .disk }
        let velocityErrors = disc.map { ($0.measured.velocity - $0.intrinsic.velocity).squaredLength.squareRoot() }
        #expect((1.0...8.0).contains(median(velocityErrors)), "median |Δv| \(median(velocityErrors))")
        let allVelocityErrors = Self.stars.map { ($0.measured.velocity - $0.intrinsic.velocity).squaredLength.squareRoot() }
        #expect(median(allVelocityErrors) < 15)
        let metallicityErrors = Self.stars.map { abs($0.metallicity - $0.intrinsicMetallicity) }
        let alphaErrors = Self.stars.map { abs($0.alpha - $0.intrinsicAlpha) }
        #expect((0.01...0.05).contains(median(metallicityErrors)))
        #expect((0.01...0.05).contains(median(alphaErrors)))
        let distanceErrors = Self.stars.map { abs($0.measuredDistance / $0.distance - 1) }
        #expect(median(distanceErrors) < 0.1)
        // Intrinsic energies are those of the error-free points.
        for star in Self.stars.prefix(20) {
            let intrinsicEnergy = Self.potential.energy(of: star.intrinsic)
            #expect(abs(intrinsicEnergy - star.energy) < 0.2 * abs(star.energy))
        }
    }
}
