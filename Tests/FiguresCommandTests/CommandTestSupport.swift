import Foundation
import Testing

/// Runs the built `figures` executable and reads back what it printed (the shorter result the
/// command-line, check and fit tests use).
enum FiguresProcess {
    /// What one run came to.
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The package root.
    static var packageRoot: URL { FiguresExecutable.packageRoot }

    /// Runs `figures arguments...` in `directory` (default: a fresh empty folder), through
    /// `FiguresExecutable.run`, which finds the executable and captures its output.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let folder = try temporaryFolder("process")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try FiguresExecutable.run(arguments, in: directory ?? folder)
        return Result(status: run.status, standardOutput: run.standardOutput, standardError: run.standardError)
    }

    /// A fresh empty folder under the system's temporary directory.
    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figures-tests-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The bundled mock star table, written by `figures make-stars` into `folder`.
    static func mockTable(in folder: URL, name: String = "stars.csv") throws -> URL {
        let url = folder.appendingPathComponent(name)
        let result = try run(["make-stars", "--out", url.path])
        try #require(result.status == 0, "make-stars failed: \(result.standardError)")
        return url
    }
}

/// One `figures fit` case and scikit-learn's attributes for it (generated into `FitReference`).
struct FitCase: Sendable, CustomTestStringConvertible {
    let name: String
    let model: String
    let columns: String
    let arguments: [String]
    let labels: [Int]
    var centers: [[Double]]? = nil
    var inertia: Double? = nil
    var weights: [Double]? = nil
    var means: [[Double]]? = nil
    /// covariances_ flattened in C order, with its shape.
    var covariances: [Double]? = nil
    var covarianceShape: [Int]? = nil
    var converged: Bool? = nil
    let iterations: Int
    var lowerBound: Double? = nil
    var bic: Double? = nil
    var aic: Double? = nil

    var testDescription: String { name }

    init(name: String, model: String, columns: String, arguments: [String], labels: [Int], centers: [[Double]],
         inertia: Double, iterations: Int) {
        self.name = name
        self.model = model
        self.columns = columns
        self.arguments = arguments
        self.labels = labels
        self.centers = centers
        self.inertia = inertia
        self.iterations = iterations
    }

    init(name: String, model: String, columns: String, arguments: [String], labels: [Int], weights: [Double],
         means: [[Double]], covariances: [Double], covarianceShape: [Int], converged: Bool, iterations: Int,
         lowerBound: Double, bic: Double? = nil, aic: Double? = nil) {
        self.name = name
        self.model = model
        self.columns = columns
        self.arguments = arguments
        self.labels = labels
        self.weights = weights
        self.means = means
        self.covariances = covariances
        self.covarianceShape = covarianceShape
        self.converged = converged
        self.iterations = iterations
        self.lowerBound = lowerBound
        self.bic = bic
        self.aic = aic
    }
}
