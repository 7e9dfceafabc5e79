import Testing
@testable import Estimators

/// kmeans_lab.json: the lab's blobs, the elbow, the n_init = 10 runs and the notebook's labels.
struct KMeansLabFixture: Decodable {
    struct Fit: Decodable {
        let k: Int
        let labels: [Int]
        let inertia: Double
        let n_iter: Int
        let centers: [Double]
        let silhouette: Double?
    }
    struct Notebook: Decodable {
        let labels: [Int]
        let inertia: Double
        let n_iter: Int
        let centers: [Double]
    }
    let elbow_random_state_0_n_init_auto: [Fit]
    let n_init_10_random_state_42: [Fit]
    let notebook_in3: Notebook
}

/// kmeans_cases.json: other data, seeds, feature counts and options.
struct KMeansCasesFixture: Decodable {
    enum NInit: Decodable, Equatable {
        case auto, count(Int)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Int.self) { self = .count(n) } else { self = .auto }
        }
    }
    struct Case: Decodable, CustomTestStringConvertible {
        let name: String
        let rows: Int
        let columns: Int
        let X: [Double]
        let n_clusters: Int
        let random_state: UInt32
        let `init`: String
        let init_centers: [Double]?
        let n_init: NInit
        let max_iter: Int
        let tol: Double
        let labels: [Int]
        let inertia: Double
        let n_iter: Int
        let centers: [Double]
        let query_rows: Int
        let query: [Double]
        let predict: [Int]
        let transform: [Double]
        let score: Double

        var testDescription: String { name }

        var configuration: KMeans {
            let initialization: KMeans.Initialization
            switch `init` {
            case "random": initialization = .random
            case "array": initialization = .centers(Matrix(rows: n_clusters, columns: columns, storage: init_centers ?? []))
            default: initialization = .kMeansPlusPlus
            }
            let count: KMeans.InitializationCount
            switch n_init {
            case .auto: count = .auto
            case .count(let n): count = .count(n)
            }
            return KMeans(clusters: n_clusters, initialization: initialization, initializations: count,
                          maxIterations: max_iter, tolerance: tol, seed: random_state)
        }

        var data: Matrix { Matrix(rows: rows, columns: columns, storage: X) }
        var queryMatrix: Matrix { Matrix(rows: query_rows, columns: columns, storage: query) }
    }
    let cases: [Case]
}

/// kmeans_degenerate.json: fewer distinct points than clusters.
struct KMeansDegenerateFixture: Decodable {
    let X: [Double]
    let rows: Int
    let columns: Int
    let n_clusters: Int
    let labels: [Int]
    let inertia: Double
    let n_iter: Int
    let centers: [Double]
    let warnings: [String]
}
