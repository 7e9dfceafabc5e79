import Foundation
import Testing
@testable import Estimators

/// Any nesting of JSON arrays of numbers, flattened in C order (numpy's `ravel`).
struct FlatDoubles: Decodable, Sendable {
    let values: [Double]

    init(from decoder: Decoder) throws {
        if let number = try? decoder.singleValueContainer().decode(Double.self) {
            values = [number]
            return
        }
        var container = try decoder.unkeyedContainer()
        var out: [Double] = []
        while !container.isAtEnd {
            out.append(contentsOf: try container.decode(FlatDoubles.self).values)
        }
        values = out
    }
}

/// scikit-learn's constructor arguments as the fixture script passed them.
struct MixtureParameters: Decodable, Sendable {
    let n_components: Int
    let covariance_type: String?
    let tol: Double?
    let reg_covar: Double?
    let max_iter: Int?
    let n_init: Int?
    let init_params: String?
    let random_state: Int
    let weight_concentration_prior_type: String?
    let weight_concentration_prior: Double?
    let mean_precision_prior: Double?
    let mean_prior: [Double]?
    let degrees_of_freedom_prior: Double?
    let covariance_prior: FlatDoubles?

    var covarianceType: CovarianceType {
        CovarianceType(rawValue: covariance_type ?? "full") ?? .full
    }
    var initialization: MixtureInitialization {
        MixtureInitialization(rawValue: init_params ?? "kmeans") ?? .kmeans
    }
    /// Whether every option the fixture names is one this package knows, so that the
    /// defaults above never stand in silently for a misspelt or new scikit-learn option.
    var namesOnlyKnownOptions: Bool {
        (covariance_type.map { CovarianceType(rawValue: $0) != nil } ?? true)
            && (init_params.map { MixtureInitialization(rawValue: $0) != nil } ?? true)
            && (weight_concentration_prior_type.map { WeightPrior(rawValue: $0) != nil } ?? true)
    }

    /// The same configuration as a `GaussianMixture`.
    var gaussianMixture: GaussianMixture {
        GaussianMixture(
            components: n_components, covariance: covarianceType, tolerance: tol ?? 1e-3,
            regularization: reg_covar ?? 1e-6, maxIterations: max_iter ?? 100, initializations: n_init ?? 1,
            initialization: initialization, seed: UInt32(random_state))
    }
}

/// What the fixture script records for every fitted mixture.
struct MixtureResultFixture: Decodable, Sendable {
    let weights: [Double]
    let means: FlatDoubles
    let covariances: FlatDoubles
    let precisions: FlatDoubles
    let precisions_cholesky: FlatDoubles
    let converged: Bool
    let n_iter: Int
    let lower_bound: Double
    let lower_bounds: [Double]
    let labels: [Int]
    let score_samples: [Double]
    let score: Double
    let predict_proba_head: FlatDoubles
    let sample17: SampleFixture
    // GaussianMixture only
    let bic: Double?
    let aic: Double?
    let n_parameters: Int?
    // BayesianGaussianMixture only
    let weight_concentration: ConcentrationFixture?
    let mean_precision: [Double]?
    let degrees_of_freedom: FlatDoubles?
    let weight_concentration_prior: Double?
    let mean_precision_prior: Double?
    let mean_prior: [Double]?
    let degrees_of_freedom_prior: Double?
    let covariance_prior: FlatDoubles?
}

extension MixtureResultFixture {
    /// The checks every fixture fit makes: iteration count, convergence and labels exactly;
    /// lower bounds, weights (relative to `weightFloor`), means, covariances and precision
    /// factors to 1e-9 relative.
    func expectMatched(
        by model: some MixtureModel, on x: Matrix, weightFloor: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(model.iterations == n_iter, sourceLocation: sourceLocation)
        #expect(model.converged == converged, sourceLocation: sourceLocation)
        #expect(try model.predict(x) == labels, sourceLocation: sourceLocation)
        #expect(relativeError(model.lowerBound, lower_bound) < 1e-9, sourceLocation: sourceLocation)
        #expect(relativeError(model.lowerBounds, lower_bounds, floor: 1) < 1e-9, sourceLocation: sourceLocation)
        #expect(relativeError(model.weights, weights, floor: weightFloor) < 1e-9, sourceLocation: sourceLocation)
        #expect(relativeError(model.means.storage, means.values, floor: 1e-2) < 1e-9, sourceLocation: sourceLocation)
        #expect(relativeError(model.covariances.values, covariances.values, floor: 1e-2) < 1e-9,
                sourceLocation: sourceLocation)
        #expect(relativeError(model.precisionsCholesky.values, precisions_cholesky.values, floor: 1e-3) < 1e-9,
                sourceLocation: sourceLocation)
    }
}

struct ConcentrationFixture: Decodable, Sendable {
    let alpha: [Double]
    let beta: [Double]?
}

struct SampleFixture: Decodable, Sendable {
    let X: FlatDoubles
    let labels: [Int]
}

/// How the fixture script made a case's data: `make_blobs(...)`, then `X @ transform`,
/// then `X * scale + offset`.
struct BlobRecipe: Decodable, Sendable {
    let samples: Int
    let centers: Int
    let features: Int
    let std: FlatDoubles
    let seed: UInt32
    let transform: [[Double]]?
    let scale: [Double]?
    let offset: [Double]?
}

/// One `gmm_<case>.json` / `bgmm_<case>.json` file.
struct MixtureCaseFixture: Decodable, Sendable {
    let data: BlobRecipe
    let params: MixtureParameters
    let X: [[Double]]
    let initial_labels: [Int]?
    let convergence_margin: Double
    let result: MixtureResultFixture

    var matrix: Matrix { Matrix(X) }
}

enum MixtureFixtures {
    static let gaussianCases = [
        "gmm_full_d3_k4", "gmm_tied_d5_k3", "gmm_diag_d4_k5", "gmm_spherical_d6_k3", "gmm_full_d7_k4_ninit3",
        "gmm_full_d3_k3_random", "gmm_diag_d5_k4_random_ninit2", "gmm_spherical_d3_k4_random",
        "gmm_tied_d4_k6_ninit2", "gmm_full_d2_k5_unconverged", "gmm_full_d4_k3_reg",
        "gmm_full_d7_k3_gaia_scaled", "gmm_diag_d7_k4_gaia_scaled", "gmm_full_d9_k3", "gmm_tied_d10_k4",
        "gmm_full_d3_k4_kmeanspp", "gmm_diag_d7_k3_kmeanspp_ninit2_gaia_scaled", "gmm_tied_d4_k5_random_from_data",
        "gmm_spherical_d5_k3_random_from_data_ninit3",
    ]
    static let bayesianCases = [
        "bgmm_dp_full_d3_k6", "bgmm_dd_full_d4_k5", "bgmm_dp_tied_d5_k4", "bgmm_dd_diag_d6_k5",
        "bgmm_dp_spherical_d3_k5", "bgmm_dp_full_d3_k4_random_ninit2_priors", "bgmm_dd_diag_d4_k4_priors",
        "bgmm_dp_spherical_d5_k4_priors", "bgmm_dd_tied_d3_k5_random", "bgmm_dp_full_d7_k6_gaia_scaled",
        "bgmm_dp_full_d9_k5", "bgmm_dp_full_d3_k5_kmeanspp", "bgmm_dd_diag_d4_k4_random_from_data",
    ]

    /// The cases whose single start is k-means, so that their fixture holds scikit-learn's first
    /// k-means labels (`initial_labels`) for tests of EM alone.
    static let gaussianKMeansCases = gaussianCases.filter(startsFromKMeansLabels)
    static let bayesianKMeansCases = bayesianCases.filter(startsFromKMeansLabels)

    static func startsFromKMeansLabels(_ name: String) -> Bool {
        !name.contains("random") && !name.contains("ninit") && !name.contains("kmeanspp")
    }

    /// One-hot responsibilities (n×K) from labels.
    static func oneHot(_ labels: [Int], components: Int) -> [Double] {
        var resp = [Double](repeating: 0, count: labels.count * components)
        for (i, label) in labels.enumerated() { resp[i * components + label] = 1 }
        return resp
    }
}

/// The lab's Part 2 file, `gmm_lab.json`.
struct LabMixtureFixture: Decodable, Sendable {
    struct GMM3: Decodable, Sendable {
        let weights: [Double]
        let means: FlatDoubles
        let covariances: FlatDoubles
        let precisions_cholesky: FlatDoubles
        let converged: Bool
        let n_iter: Int
        let lower_bound: Double
        let lower_bounds: [Double]
        let labels: [Int]
        let score_samples: [Double]
        let bic: Double
        let aic: Double
        let grid: [[Double]]
        let grid_score_samples: [Double]
        let predict_proba_head: FlatDoubles
    }
    struct Selection: Decodable, Sendable {
        let components: Int
        let bic: Double
        let aic: Double
        let n_parameters: Int
        let n_iter: Int
        let converged: Bool
        let lower_bound: Double
    }
    struct BGMM10: Decodable, Sendable {
        let initial_labels: [Int]
        let weights: [Double]
        let means: FlatDoubles
        let covariances: FlatDoubles
        let converged: Bool
        let n_iter: Int
        let lower_bound: Double
        let lower_bounds: [Double]
        let labels: [Int]
        let score_samples: [Double]
        let weight_concentration: ConcentrationFixture
        let mean_precision: [Double]
        let degrees_of_freedom: FlatDoubles
        let mean_prior: [Double]
        let covariance_prior: FlatDoubles
        let sample17: SampleFixture
    }
    let X: [[Double]]
    let initial_labels: [Int]
    let gmm3: GMM3
    let selection: [Selection]
    let samples: [String: SampleFixture]
    let bgmm10: BGMM10
}

extension MixtureParameters {
    /// The same configuration as a `BayesianGaussianMixture`.
    var bayesianMixture: BayesianGaussianMixture {
        let type = covarianceType
        let prior: CovariancePrior? = covariance_prior.map { flat in
            switch type {
            case .full, .tied:
                let d = Int(Double(flat.values.count).squareRoot())
                return .matrix(Matrix(rows: d, columns: d, storage: flat.values))
            case .diagonal: return .variances(flat.values)
            case .spherical: return .variance(flat.values[0])
            }
        }
        return BayesianGaussianMixture(
            components: n_components, covariance: type,
            weightPrior: WeightPrior(rawValue: weight_concentration_prior_type ?? "dirichlet_process") ?? .dirichletProcess,
            weightConcentrationPrior: weight_concentration_prior, meanPrecisionPrior: mean_precision_prior,
            meanPrior: mean_prior, degreesOfFreedomPrior: degrees_of_freedom_prior, covariancePrior: prior,
            tolerance: tol ?? 1e-3, regularization: reg_covar ?? 1e-6, maxIterations: max_iter ?? 100,
            initializations: n_init ?? 1, initialization: initialization, seed: UInt32(random_state))
    }
}
