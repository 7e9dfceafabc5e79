import Foundation
import Testing

/// `figures fit`: bad estimator parameters are usage errors (exit 2), data the estimator
/// refuses is a failure naming the file and columns (exit 1), and degenerate data gives
/// scikit-learn's result with scikit-learn's warning on stderr.
@Suite("figures fit: bad parameters, refused data and warnings")
struct FitErrorTests {
    static let six = "a,b,c\n0,0,1\n1,0.5,1\n2,1.5,1\n3,2,1\n0.5,3,1\n4,1,1\n"
    static let same = "a,b\n1,1\n1,1\n1,1\n1,1\n1,1\n"

    /// The JSON object the command printed.
    func json(_ run: FiguresExecutable.Run, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
        return try #require(object as? [String: Any], sourceLocation: sourceLocation)
    }

    @Test("unusable parameters are usage errors that say what was expected", arguments: [
        (["--components", "0"], "--components 0 is not usable; expected at least 1"),
        (["--components", "2", "--tol=-1"], "--tol -1.0 is not usable; expected a finite number >= 0"),
        (["--components", "2", "--tol", "nan"], "--tol nan is not usable"),
        (["--components", "2", "--max-iter=-1"], "--max-iter -1 is not usable; expected at least 0 (0 keeps the initial parameters)"),
        (["--components", "2", "--max-iter", "1000001"], "--max-iter 1000001 is not usable; expected at most 1000000"),
        (["--components", "2", "--n-init", "0"], "--n-init 0 is not usable; expected at least 1"),
        (["--components", "2", "--n-init", "1001"], "--n-init 1001 is not usable; expected at most 1000"),
        (["--components", "2", "--covariance", "banana"],
         "The value 'banana' is invalid for '--covariance <type>'. Please provide one of 'full', 'tied', 'diag' or 'spherical'."),
        (["--components", "2", "--seed=-1"], "--seed -1 is out of range; expected an integer in 0...4294967295"),
        (["--components", "2", "--columns", "a,,b"], "--columns 'a,,b' does not name columns"),
        (["--components", "many"], "The value 'many' is invalid for '--components <k>'"),
    ] as [([String], String)])
    func unusableParameters(extra: [String], message: String) throws {
        let space = try Workspace()
        try space.write("six.csv", Self.six)
        var arguments = ["fit", "gmm", "--data", "six.csv"]
        if !extra.contains("--columns") { arguments += ["--columns", "a,b"] }
        let run = try space.run(arguments + extra)
        Expect.usageError(run, mentions: [message])
    }

    @Test("data the estimator refuses: exit 1, the file, the columns and the estimator's reason", arguments: [
        (["gmm", "--columns", "a,b", "--components", "7"],
         "cannot fit gmm to ", "six.csv (columns a, b): expected at least as many samples as components, but got 7 components and 6 samples"),
        (["kmeans", "--columns", "a,b", "--components", "7"],
         "cannot fit kmeans to ", "six.csv (columns a, b): KMeans with 7 clusters needs at least 7 samples, got 6"),
        (["bgmm", "--columns", "a,b", "--components", "7"],
         "cannot fit bgmm to ", "six.csv (columns a, b): expected at least as many samples as components"),
        (["gmm", "--columns", "a,d", "--components", "2"], "six.csv has no column 'd'; columns are: 'a', 'b', 'c'", ""),
    ] as [([String], String, String)])
    func refusedData(arguments: [String], first: String, second: String) throws {
        let space = try Workspace()
        try space.write("six.csv", Self.six)
        let run = try space.run(["fit"] + arguments + ["--data", "six.csv"])
        Expect.failure(run, mentions: [first, second].filter { !$0.isEmpty })
        #expect(run.standardOutput.isEmpty)
    }

    @Test("a bad cell in a fitted column names its line and column; the same cell elsewhere is no error")
    func badCell() throws {
        let space = try Workspace()
        try space.write("six.csv", Self.six.replacingOccurrences(of: "2,1.5,1", with: "2,1.5,x"))
        let run = try space.run(["fit", "kmeans", "--data", "six.csv", "--columns", "a,c", "--components", "2"])
        Expect.failure(run, mentions: ["six.csv, line 4, column 'c' (field 3): expected a number, found 'x'"])
        let other = try space.run(["fit", "kmeans", "--data", "six.csv", "--columns", "a,b", "--components", "2"])
        Expect.success(other)
    }

    @Test("identical points: scikit-learn's result and its ConvergenceWarning on stderr", arguments: ["kmeans", "gmm", "bgmm"])
    func identicalPoints(model: String) throws {
        let space = try Workspace()
        try space.write("same.csv", Self.same)
        let run = try space.run(["fit", model, "--data", "same.csv", "--columns", "a,b", "--components", "3"])
        #expect(!run.crashed && run.status == 0, "\(run)")
        #expect(run.errorLines == ["Warning: Number of distinct clusters (1) found smaller than n_clusters (3). "
                                   + "Possibly due to duplicate points in X."])
        let object = try json(run)
        #expect(object["labels"] as? [Int] == [0, 0, 0, 0, 0])
    }

    @Test("a fit that stops at --max-iter is returned with scikit-learn's not-converged warning")
    func notConverged() throws {
        let space = try Workspace()
        try space.write("six.csv", Self.six)
        let run = try space.run(["fit", "gmm", "--data", "six.csv", "--columns", "a,b", "--components", "2",
                                 "--max-iter", "1"])
        #expect(!run.crashed && run.status == 0, "\(run)")
        #expect(run.errorLines == ["Warning: Best performing initialization did not converge after 1 iteration. "
                                   + "Try different init parameters, or increase max_iter, tol, or check for degenerate data."])
        #expect(try json(run)["converged"] as? Bool == false)
    }

    @Test("a constant column fits (its variance is the regularisation), without warnings")
    func constantColumn() throws {
        let space = try Workspace()
        try space.write("six.csv", Self.six)
        let run = try space.run(["fit", "gmm", "--data", "six.csv", "--columns", "a,c", "--components", "2"])
        Expect.success(run)
        let weights = try #require(try json(run)["weights"] as? [Double])
        #expect(weights.count == 2 && abs(weights.reduce(0, +) - 1) < 1e-12)
    }
}
