import Foundation
import Testing

/// Runs the built `figures` executable and reads back what it printed.
enum FiguresProcess {
    /// What one run came to.
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The package root, found from this file.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `figures` executable built beside this test bundle (the test target depends on it).
    static func executable() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("figures") }
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(found, "the figures executable is not beside the tests; build it with `swift build`")
    }

    /// Runs `figures arguments...` in `directory`; output goes through files, so a long output cannot block it.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let folder = try temporaryFolder("process")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? folder
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Result(status: process.terminationStatus,
                      standardOutput: try String(contentsOf: out, encoding: .utf8),
                      standardError: try String(contentsOf: err, encoding: .utf8))
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
