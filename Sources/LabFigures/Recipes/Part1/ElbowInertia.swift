import Estimators
import Plotting

extension Recipes {
    /// 05-elbow-inertia (In 10): K-means inertia for k = 1…8, with the elbow (k = 4) marked.
    ///
    /// ```python
    /// for k in range(1, 9):
    ///     inertias.append(KMeans(n_clusters=k, random_state=0, n_init='auto').fit(X).inertia_)
    /// plt.figure(figsize=(10, 6)); plt.plot(k_range, inertias, '-o')
    /// plt.title('Inertia as a Function of Number of Clusters'); plt.xticks(k_range); plt.grid(True)
    /// ```
    /// The lab's answer (In 11) puts the elbow at 4; `elbow(of:)` finds it from the curve.
    static func elbowInertia() throws -> Figure {
        let X = try LabData.blobs().samples
        let kRange = 1...8
        let inertias = try kRange.map { k in try KMeans(clusters: k, seed: 0).fit(X).inertia }

        let fig = try Figure(width: 10, height: 6)
        let ax = fig.addSubplot()
        try ax.plot(values(kRange), inertias, "-o")
        ax.title = "Inertia as a Function of Number of Clusters"
        ax.setXLabel("Number of Clusters")
        ax.setYLabel("Inertia")
        ax.x.setTicks(values(kRange))
        ax.grid()
        if let i = elbow(of: inertias) {
            let k = kRange.lowerBound + i
            try markChoice("elbow at k = \(k)", at: Point(Double(k), inertias[i]), on: ax)
        }
        return fig
    }

    /// The index of a decreasing curve's elbow: the point whose drop from the previous point
    /// is the largest multiple of the drop to the next one, where the curve turns flat.
    ///
    /// On the lab's inertias (2812, 1440, 547, 212, 195, …) the drops are 1372, 893, 335, 17, 17, …
    /// and the ratio peaks at k = 4 (335 / 17 ≈ 20; at k = 3 it is 893 / 335 ≈ 2.7). Nil for
    /// fewer than three points or a curve that does not decrease.
    static func elbow(of curve: [Double]) -> Int? {
        guard curve.count >= 3 else { return nil }
        var best: (index: Int, ratio: Double)?
        for i in 1..<(curve.count - 1) {
            let before = curve[i - 1] - curve[i], after = curve[i] - curve[i + 1]
            guard before > 0 else { continue }
            let ratio = after > 0 ? before / after : .infinity
            if best.map({ ratio > $0.ratio }) ?? true { best = (i, ratio) }
        }
        return best?.index
    }
}
