import ArgumentParser
import CairoBackend
import Estimators
import Foundation

extension Figures {
    /// `figures fit kmeans|gmm|bgmm`: fits an estimator to columns of a CSV file and prints
    /// what scikit-learn's fitted attributes would hold, as one JSON object.
    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fit K-means or a Gaussian mixture to CSV columns and print the result as JSON.",
            discussion: """
                Keys are scikit-learn's attribute names without the trailing underscore. kmeans: labels, \
                cluster_centers, inertia, n_iter. gmm and bgmm: labels (predict on the data), weights, means, \
                covariances (shaped as covariance_type gives them), converged, n_iter, lower_bound; gmm also \
                bic and aic. Doubles are printed so that they read back to the same bits.

                Defaults are scikit-learn's, except that --seed defaults to 0: scikit-learn's random_state=None \
                draws a fresh seed each run, and these fits always repeat.

                Examples:
                  figures fit kmeans --data stars.csv --columns vy,feh,alpha --components 3 --seed 42
                  figures fit gmm --data stars.csv --columns vx,vy,vz,En,Lz,feh,alpha --components 3 --seed 1
                  figures fit gmm --data stars.csv --columns vy,feh,alpha --components 3 --init k-means++ --n-init 5
                  figures fit bgmm --data blobs.csv --columns x1,x2 --components 10 --max-iter 1000 --seed 42
                """
        )

        /// The estimators `fit` knows.
        enum Model: String, ExpressibleByArgument, CaseIterable {
            case kmeans, gmm, bgmm
        }

        /// scikit-learn's `covariance_type` values.
        enum Covariance: String, ExpressibleByArgument, CaseIterable {
            case full, tied, diag, spherical

            var type: CovarianceType {
                switch self {
                case .full: .full
                case .tied: .tied
                case .diag: .diagonal
                case .spherical: .spherical
                }
            }
        }

        @Argument(help: "The estimator: kmeans (KMeans), gmm (GaussianMixture) or bgmm (BayesianGaussianMixture).")
        var model: Model

        @Option(name: .long, help: ArgumentHelp("The CSV file (a header row, then one row a sample).",
                                                valueName: "file.csv"))
        var data: String

        @Option(name: .long, help: ArgumentHelp("Comma-separated numeric columns to fit on, in order.",
                                                valueName: "a,b,c"))
        var columns: String

        @Option(name: .long, help: ArgumentHelp("n_clusters (kmeans) or n_components (gmm, bgmm).", valueName: "k"))
        var components: Int

        @Option(name: .long, help: ArgumentHelp("random_state, 0...4294967295 (default 0).", valueName: "s"))
        var seed: Int = 0

        /// The most `--max-iter` accepted. With `--tol 0` a mixture runs every iteration and keeps
        /// each lower bound, so the bound keeps a typo from running for hours or filling memory.
        static let maximumIterations = 1_000_000
        /// The most `--n-init` accepted: each run is a whole fit.
        static let maximumInitializations = 1_000

        @Option(name: .customLong("n-init"), help: ArgumentHelp(
            "n_init: runs from different starts, the best kept (default: kmeans 'auto', mixtures 1; at most 1000).",
            valueName: "n"))
        var initializations: Int?

        @Option(name: .customLong("max-iter"), help: ArgumentHelp(
            "max_iter (default: kmeans 300, mixtures 100; at most 1000000; 0 for a mixture's initial parameters).",
            valueName: "n"))
        var maxIterations: Int?

        @Option(name: .customLong("tol"), help: ArgumentHelp(
            "tol (default: kmeans 1e-4, mixtures 1e-3).", valueName: "x"))
        var tolerance: Double?

        @Option(name: .customLong("covariance"), help: ArgumentHelp(
            "covariance_type of gmm and bgmm: full, tied, diag or spherical (default full).", valueName: "type"))
        var covariance: Covariance?

        @Option(name: .customLong("init"), help: ArgumentHelp(
            "init_params of gmm and bgmm: kmeans, k-means++, random or random_from_data (default kmeans).",
            valueName: "method"))
        var initialization: MixtureInitialization?

        func validate() throws {
            guard UInt32(exactly: seed) != nil else {
                throw ValidationError("--seed \(seed) is out of range; expected an integer in 0...4294967295, "
                    + "as numpy's RandomState takes")
            }
            guard components >= 1 else {
                throw ValidationError("--components \(components) is not usable; expected at least 1")
            }
            if let initializations, initializations < 1 {
                throw ValidationError("--n-init \(initializations) is not usable; expected at least 1")
            }
            if let initializations, initializations > Self.maximumInitializations {
                throw ValidationError("--n-init \(initializations) is not usable; expected at most "
                    + "\(Self.maximumInitializations) (each run is a whole fit)")
            }
            // scikit-learn: KMeans needs max_iter >= 1; a mixture takes 0 (its initial parameters).
            let fewestIterations = model == .kmeans ? 1 : 0
            if let maxIterations, maxIterations < fewestIterations {
                throw ValidationError("--max-iter \(maxIterations) is not usable; expected at least \(fewestIterations)"
                    + (model == .kmeans ? "" : " (0 keeps the initial parameters)"))
            }
            if let maxIterations, maxIterations > Self.maximumIterations {
                throw ValidationError("--max-iter \(maxIterations) is not usable; expected at most "
                    + "\(Self.maximumIterations) (a fit that has not converged by then will not)")
            }
            if let tolerance, !(tolerance >= 0 && tolerance.isFinite) {
                throw ValidationError("--tol \(tolerance) is not usable; expected a finite number >= 0")
            }
            if covariance != nil && model == .kmeans {
                throw ValidationError("--covariance applies to gmm and bgmm, not kmeans")
            }
            if initialization != nil && model == .kmeans {
                throw ValidationError("--init applies to gmm and bgmm, not kmeans")
            }
            if columnNames.isEmpty || columnNames.contains(where: \.isEmpty) {
                throw ValidationError("--columns '\(columns)' does not name columns; expected names separated by "
                    + "commas, such as vx,vy,vz")
            }
        }

        var columnNames: [String] {
            columns.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }

        func run() throws {
            let table = try Table(contentsOf: URL(fileURLWithPath: data))
            let x = try table.matrix(columnNames)
            let result: FitResult.Fitted
            do {
                result = try FitResult.fit(model, x, settings: self)
            } catch {
                throw CommandError.fitFailed(model: model.rawValue, source: table.source, columns: columnNames,
                                             reason: "\(error)")
            }
            // scikit-learn's warnings (duplicate points, no convergence, overflow) as it prints them.
            for warning in result.warnings { Console.error("Warning: \(warning)") }
            Console.line(result.json.text)
        }
    }
}
