import Foundation
import Testing
@testable import Estimators

/// Every public error of the module gives its actionable message through `localizedDescription`
/// too (not Foundation's "The operation could not be completed"), so callers that only know
/// `any Error` still show what is wrong.
@Suite("Estimator errors: localizedDescription is the message")
struct ErrorMessageTests {
    static let errors: [any Error & CustomStringConvertible] = [
        KMeansError.noFeatures,
        MixtureError.featureCountMismatch(expected: 2, got: 3),
        SilhouetteError.labelCountMismatch(labels: 3, samples: 4),
        AssignmentError.infeasible,
        LabelMetricsError.noLabels,
        BlobsError.invalidSampleCount(0),
        RandomStateError.seedOutOfRange(-1),
        TableError.fileNotFound(path: "/nowhere/stars.csv"),
    ]

    @Test(arguments: 0..<errors.count)
    func localizedDescriptionIsTheMessage(_ index: Int) {
        let error = Self.errors[index]
        #expect(error.localizedDescription == error.description)
        #expect(!error.description.isEmpty)
    }
}
