/// Checks shared by both mixtures: their settings, and data before fitting or evaluating.
enum MixtureValidation {
    /// The most values the n×K responsibilities (or the K×d×d covariances) may hold: 2^28
    /// doubles, 2 GiB. More would exhaust memory, which ends a process without a message, so
    /// the fit refuses first, as scikit-learn would end in a `MemoryError`.
    static let maximumWorkingValues = 1 << 28

    /// Rejects data that scikit-learn would reject before fitting, and fits too large for memory.
    static func validateForFit(_ x: Matrix, components: Int) throws(MixtureError) {
        guard x.rows >= 2, x.columns >= 1 else {
            throw .tooLittleData(samples: x.rows, features: x.columns, requiredSamples: 2)
        }
        guard x.rows >= components else {
            throw .fewerSamplesThanComponents(samples: x.rows, components: components)
        }
        let (responsibilities, overflow) = x.rows.multipliedReportingOverflow(by: components)
        let (squares, squaresOverflow) = x.columns.multipliedReportingOverflow(by: x.columns)
        let (covariances, covariancesOverflow) = squares.multipliedReportingOverflow(by: components)
        guard !overflow, !squaresOverflow, !covariancesOverflow,
              max(responsibilities, covariances) <= maximumWorkingValues else {
            throw .invalidParameter(
                name: "components", value: "\(components)",
                expected: "fewer, so that \(x.rows) samples × components and components × \(x.columns)² features "
                    + "stay within \(maximumWorkingValues) values (2 GiB)")
        }
        try validateFinite(x)
    }

    /// Rejects data that a fitted model cannot evaluate.
    static func validateForEvaluation(_ x: Matrix, features: Int) throws(MixtureError) {
        guard x.rows >= 1, x.columns >= 1 else {
            throw .tooLittleData(samples: x.rows, features: x.columns, requiredSamples: 1)
        }
        guard x.columns == features else {
            throw .featureCountMismatch(expected: features, got: x.columns)
        }
        try validateFinite(x)
    }

    private static func validateFinite(_ x: Matrix) throws(MixtureError) {
        if let bad = x.firstNonFiniteValue() {
            throw .nonFiniteValue(row: bad.row, column: bad.column, value: bad.value)
        }
    }

    /// Domain checks shared by both mixture configurations.
    static func validateSettings(
        components: Int, tolerance: Double, regularization: Double, maxIterations: Int, initializations: Int
    ) throws(MixtureError) {
        guard components >= 1 else {
            throw .invalidParameter(name: "components", value: "\(components)", expected: "at least 1")
        }
        guard tolerance >= 0 else {
            throw .invalidParameter(name: "tolerance", value: "\(tolerance)", expected: "a number ≥ 0")
        }
        guard regularization >= 0, regularization.isFinite else {
            throw .invalidParameter(name: "regularization", value: "\(regularization)", expected: "a finite number ≥ 0")
        }
        guard maxIterations >= 0 else {
            throw .invalidParameter(name: "maxIterations", value: "\(maxIterations)",
                                    expected: "at least 0 (0 keeps the initial parameters, as scikit-learn's max_iter=0)")
        }
        guard initializations >= 1 else {
            throw .invalidParameter(name: "initializations", value: "\(initializations)", expected: "at least 1")
        }
    }
}
