import Foundation
import Testing

/// Degenerate star tables (identical stars, fewer distinct stars than clusters, a constant
/// column, a single star) get what scikit-learn gives: a figure and its warnings on stderr,
/// or a clear error naming the figure.
@Suite("figures: degenerate star tables")
struct DegenerateStarsTests {
    /// The mock's header and the given data lines (1-based among the data), repeated.
    static func table(_ csv: StarCSV, rows: [Int], copies: Int) -> String {
        ([csv.lines[0]] + (0..<copies).flatMap { _ in rows.map { csv.lines[$0] } }).joined(separator: "\n") + "\n"
    }

    static func warning(_ figure: String, _ fit: String, clusters: Int = 3, found: Int) -> String {
        "Warning: \(figure): \(fit): Number of distinct clusters (\(found)) found smaller than n_clusters (\(clusters)). "
            + "Possibly due to duplicate points in X."
    }

    @Test("two distinct stars, ten copies each: the figures, with scikit-learn's warning for each fit")
    func twoDistinctStars() throws {
        let space = try Workspace()
        try space.write("stars.csv", Self.table(try StarCSV.mock(), rows: [1, 2], copies: 10))
        let run = try space.run(["render", "17-confusion-gmm", "18-confusion-kmeans", "--out", "out",
                                 "--data", "stars.csv", "--format", "png"])
        #expect(!run.crashed && run.status == 0, "\(run)")
        #expect(run.errorLines.sorted() == [
            Self.warning("17-confusion-gmm", "GaussianMixture(n_components=3, random_state=42) on the tuned features", found: 2),
            Self.warning("18-confusion-kmeans", "KMeans(n_clusters=3, random_state=42) on the tuned features", found: 2),
        ])
        #expect(space.contents("out") == ["17-confusion-gmm.png", "18-confusion-kmeans.png"])
    }

    @Test("twenty identical stars: the aligned confusion matrix is drawn, the silhouette is undefined")
    func identicalStars() throws {
        let space = try Workspace()
        try space.write("stars.csv", Self.table(try StarCSV.mock(), rows: [1], copies: 20))
        let aligned = try space.run(["render", "19-confusion-gmm-aligned", "--out", "out", "--data", "stars.csv",
                                     "--format", "png"])
        #expect(!aligned.crashed && aligned.status == 0, "\(aligned)")
        #expect(aligned.errorLines.first == Self.warning(
            "19-confusion-gmm-aligned", "GaussianMixture(n_components=3, random_state=42) on the tuned features", found: 1))
        #expect(space.contents("out") == ["19-confusion-gmm-aligned.png"])
        let silhouette = try space.run(["render", "14-gaia-silhouette", "--out", "out2", "--data", "stars.csv"])
        Expect.failure(silhouette, mentions: ["14-gaia-silhouette could not be drawn: Number of labels is 1. Valid "
                                              + "values are 2 to n_samples - 1 (inclusive): 2...19 for 20 samples"])
        #expect(space.contents("out2").isEmpty)
    }

    @Test("a single star: each clustering figure says what it needs")
    func singleStar() throws {
        let space = try Workspace()
        try space.write("stars.csv", Self.table(try StarCSV.mock(), rows: [1], copies: 1))
        let run = try space.run(["render", "17-confusion-gmm", "--out", "out", "--data", "stars.csv"])
        Expect.failure(run, mentions: ["17-confusion-gmm could not be drawn: the data has 1 sample(s) and 4 feature(s): "
                                       + "expected at least 2 sample(s)"])
        #expect(space.contents("out").isEmpty)
    }

    @Test("a constant column fits and draws without warnings")
    func constantColumn() throws {
        let space = try Workspace()
        var csv = try StarCSV.mock()
        for line in 2...csv.lines.count { csv = csv.replacing(line: line, column: "feh", with: "-0.5") }
        try space.write("stars.csv", csv.text)
        let run = try space.run(["render", "17-confusion-gmm", "15-gaia-pairplot-tuned", "--out", "out",
                                 "--data", "stars.csv", "--format", "png"])
        Expect.success(run)
        #expect(space.contents("out") == ["15-gaia-pairplot-tuned.png", "17-confusion-gmm.png"])
    }
}
