import Estimators
import Plotting

extension Recipes {
    /// Helmi et al. (2018)'s selection of Gaia-Enceladus stars: retrograde or slowly
    /// prograde orbits at high energy, −1500 < Lz < 150 kpc km/s and En > −1.8 × 10⁵ km²/s².
    enum HelmiSelection {
        static let angularMomentum = -1500.0...150.0
        static let minimumEnergy = -180_000.0
    }

    /// 24-gaia-energy-angular-momentum: the stars in the plane Helmi et al. (2018) found
    /// Gaia-Enceladus in, energy against angular momentum, coloured by flag, with their
    /// selection box drawn.
    ///
    /// The disc sits at high Lz on a tight sequence; the halo scatters about Lz ≈ 0; the
    /// accreted stars fill the box at high energy and low or negative Lz.
    static func energyAngularMomentum(_ stars: StarTable) throws -> Figure {
        let flags = try stars.flags(for: "the En-Lz view coloured by flag")
        let fig = try Figure(width: 8, height: 6)
        let ax = fig.addSubplot()
        let top = (stars.energy.max() ?? HelmiSelection.minimumEnergy) + 5000
        let box = HelmiSelection.angularMomentum
        try ax.fillBetween([box.lowerBound, box.upperBound], [HelmiSelection.minimumEnergy, HelmiSelection.minimumEnergy],
                           [top, top], color: ColorCycle.tab10[2], alpha: 0.12, zOrder: 0.5)
        try ax.plot([box.lowerBound, box.lowerBound, box.upperBound, box.upperBound],
                    [top, HelmiSelection.minimumEnergy, HelmiSelection.minimumEnergy, top], "--",
                    color: ColorCycle.tab10[2], width: 1.2, label: "Helmi et al. (2018) selection")
        for flag in StarFlag.allCases {
            let rows = flags.indices.filter { flags[$0] == flag }
            try ax.scatter(rows.map { stars.angularMomentum[$0] }, rows.map { stars.energy[$0] }, size: 16,
                           color: ColorCycle.tab10[flag.rawValue], alpha: 0.8,
                           label: "\(flag.rawValue): \(flag) (\(rows.count))")
        }
        ax.title = "Energy and angular momentum of the stars, by Helmi et al.'s flag"
        ax.setXLabel("$L_z$ (kpc km/s)")
        ax.setYLabel("En (km$^2$/s$^2$)")
        ax.legend(location: .lowerLeft)
        return fig
    }
}
