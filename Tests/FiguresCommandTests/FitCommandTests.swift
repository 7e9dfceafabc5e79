import Foundation
import PropertyBased
import Testing
@testable import figures

/// `figures fit` prints what scikit-learn's fitted attributes hold, under scikit-learn's names,
/// with doubles that read back to the same bits.
@Suite("figures fit")
struct FitCommandTests {
    /// Numbers of a nested JSON array, flattened in order.
    func flat(_ value: Any?) -> [Double] {
        switch value {
        case let array as [Any]: return array.flatMap { flat($0) }
        case let number as NSNumber: return [number.doubleValue]
        default: return []
        }
    }

    /// The shape of a nested JSON array (numpy's `shape`).
    func shape(_ value: Any?) -> [Int] {
        guard let array = value as? [Any] else { return [] }
        return [array.count] + shape(array.first)
    }

    func close(_ a: [Double], _ b: [Double], relative: Double = 1e-9) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in abs(x - y) <= relative * max(abs(x), abs(y), 1e-12) }
    }

    @Test("fits agree with scikit-learn on the mock star table", arguments: FitReference.cases)
    func agreesWithScikitLearn(_ reference: FitCase) throws {
        let folder = try FiguresProcess.temporaryFolder("fit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try FiguresProcess.mockTable(in: folder)
        let result = try FiguresProcess.run(["fit", reference.model, "--data", data.path, "--columns", reference.columns]
            + reference.arguments)
        try #require(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 1, "one JSON object on one line")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])

        let keys = reference.model == "kmeans"
            ? ["labels", "cluster_centers", "inertia", "n_iter"]
            : ["labels", "weights", "means", "covariances", "converged", "n_iter", "lower_bound"]
                + (reference.model == "gmm" ? ["bic", "aic"] : [])
        #expect(Set(object.keys) == Set(keys))
        let positions = keys.compactMap { result.standardOutput.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted(), "keys in scikit-learn's order")

        #expect((object["labels"] as? [Int]) == reference.labels)
        #expect((object["n_iter"] as? Int) == reference.iterations)
        if let centers = reference.centers, let inertia = reference.inertia {
            #expect(shape(object["cluster_centers"]) == [centers.count, centers[0].count])
            #expect(close(flat(object["cluster_centers"]), centers.flatMap { $0 }))
            #expect(close(flat(object["inertia"]), [inertia]))
        }
        if let weights = reference.weights, let means = reference.means, let covariances = reference.covariances {
            #expect(close(flat(object["weights"]), weights))
            #expect(close(flat(object["means"]), means.flatMap { $0 }))
            #expect(shape(object["covariances"]) == reference.covarianceShape)
            #expect(close(flat(object["covariances"]), covariances))
            #expect((object["converged"] as? Bool) == reference.converged)
            #expect(close(flat(object["lower_bound"]), [reference.lowerBound ?? .nan]))
        }
        if let bic = reference.bic, let aic = reference.aic {
            #expect(close(flat(object["bic"]), [bic]) && close(flat(object["aic"]), [aic]))
        }
    }

    @Test("doubles are printed so that they read back to the same bits")
    func doublesRoundTrip() async {
        // Any finite double, from its bits: every exponent, subnormals included.
        let doubles = Gen.int(in: Int.min...Int.max).map { Double(bitPattern: UInt64(bitPattern: Int64($0))) }
        await propertyCheck(count: 2000, input: doubles) { value in
            guard value.isFinite else { return }
            let text = JSONText.number(value).text
            #expect(Double(text)?.bitPattern == value.bitPattern, "\(value) printed as \(text)")
        }
        for value in [0.1, 1e-5, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -0.0, 2812.137595303234] {
            #expect(Double(JSONText.number(value).text)?.bitPattern == value.bitPattern)
        }
        #expect(JSONText.number(.nan).text == "null" && JSONText.number(.infinity).text == "null")
    }

    @Test func jsonIsCompactEscapedAndOrdered() {
        let json = JSONText.object([("b\"\n", .integer(1)), ("a", .array([.bool(true), .number(0.5)]))])
        #expect(json.text == #"{"b\"\n":1,"a":[true,0.5]}"#)
        #expect(FitResult.shaped([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2]).text == "[[[1.0,2.0],[3.0,4.0]],[[5.0,6.0],[7.0,8.0]]]")
    }

    @Test("fit refuses bad settings as usage errors (exit 2) and bad data with the file's own message (exit 1)")
    func errors() throws {
        let folder = try FiguresProcess.temporaryFolder("fit-errors")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try FiguresProcess.mockTable(in: folder).path

        let usage: [([String], String)] = [
            (["fit", "kmeans", "--data", data, "--columns", "vy", "--components", "3", "--covariance", "diag"],
             "--covariance applies to gmm and bgmm, not kmeans"),
            (["fit", "kmeans", "--data", data, "--columns", "vy", "--components", "3", "--max-iter", "0"],
             "--max-iter 0 is not usable; expected at least 1"),
            (["fit", "kmeans", "--data", data, "--columns", "vy", "--components", "3", "--init", "random"],
             "--init applies to gmm and bgmm, not kmeans"),
            (["fit", "gmm", "--data", data, "--columns", "vy", "--components", "3", "--init", "kmeans++"],
             "Please provide one of 'kmeans', 'k-means++', 'random' or 'random_from_data'"),
            (["fit", "gmm", "--data", data, "--columns", "vy", "--components", "0"], "--components 0 is not usable"),
            (["fit", "gmm", "--data", data, "--columns", "vy", "--components", "2", "--seed=-1"],
             "--seed -1 is out of range"),
            (["fit", "gmm", "--data", data, "--columns", "vy,,feh", "--components", "2"], "does not name columns"),
            (["fit", "svm", "--data", data, "--columns", "vy", "--components", "2"], "svm"),
            (["fit", "gmm", "--data", data, "--columns", "vy"], "--components"),
        ]
        for (arguments, message) in usage {
            let result = try FiguresProcess.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains(message), "\(result.standardError)")
            #expect(result.standardError.contains("Usage: figures fit"))
            #expect(result.standardOutput.isEmpty)
        }

        let missingColumn = try FiguresProcess.run(["fit", "kmeans", "--data", data, "--columns", "vy,nope",
                                                    "--components", "3"])
        #expect(missingColumn.status == 1)
        #expect(missingColumn.standardError == "Error: \(data) has no column 'nope'; columns are: 'source_id_1', "
            + "'vx', 'vy', 'vz', 'En', 'Lz', 'apogee', 'feh', 'alpha', 'flag'\n")

        let tooMany = try FiguresProcess.run(["fit", "gmm", "--data", data, "--columns", "vy", "--components", "600"])
        #expect(tooMany.status == 1)
        #expect(tooMany.standardError.hasPrefix("Error: ") && tooMany.standardError.split(separator: "\n").count == 1)

        let bad = folder.appendingPathComponent("bad.csv")
        try "x,y\n1,2\n3,oops\n".write(to: bad, atomically: true, encoding: .utf8)
        let badCell = try FiguresProcess.run(["fit", "kmeans", "--data", bad.path, "--columns", "x,y", "--components", "1"])
        #expect(badCell.status == 1)
        #expect(badCell.standardError.contains(bad.path) && badCell.standardError.contains("line 3"))
        #expect(badCell.standardError.split(separator: "\n").count == 1, "\(badCell.standardError)")

        let missingFile = try FiguresProcess.run(["fit", "kmeans", "--data", "/nonexistent/stars.csv", "--columns", "vy",
                                                  "--components", "1"])
        #expect(missingFile.status == 1 && missingFile.standardError.contains("/nonexistent/stars.csv"))
    }
}
