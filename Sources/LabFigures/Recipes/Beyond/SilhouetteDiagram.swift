import Estimators
import Foundation
import Plotting

extension Recipes {
    /// 22-silhouette-diagram: every blob's silhouette coefficient for the k = 4 K-means model
    /// of 06, sorted within its cluster (scikit-learn's "knife" plot), the mean (the 0.682 of
    /// 06) as a dashed line.
    ///
    /// Where 06 gives one number a k, this shows what makes it: all four clusters are wide
    /// and nearly every sample scores well above the mean's neighbours at zero.
    static func silhouetteDiagram() throws -> Figure {
        let X = try LabData.blobs().samples
        let clusterer = try KMeans(clusters: 4, initializations: 10, seed: 42).fit(X)
        let sampleValues = try silhouetteSamples(X, labels: clusterer.labels)
        let score = try silhouetteScore(X, labels: clusterer.labels)

        let fig = try Figure(width: 7, height: 6)
        let ax = fig.addSubplot()
        try ax.silhouetteDiagram(values: sampleValues, labels: clusterer.labels)
        ax.title = String(format: "Silhouette diagram of K-means, k = 4 (mean %.3f)", score)
        return fig
    }
}
