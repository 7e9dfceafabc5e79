import Foundation
import Testing
@testable import Estimators

/// Confusion matrices and classification reports against scikit-learn 1.9.1.
@Suite("Confusion matrix and classification report against scikit-learn")
struct ClassificationMetricsTests {
    struct ConfusionFixture: Decodable {
        struct Case: Decodable, Sendable {
            let name: String
            let y_true: [FixtureLabel]
            let y_pred: [FixtureLabel]
            let labels: [FixtureLabel]?
            let matrix: [[Int]]
        }
        let cases: [Case]
    }

    struct ReportFixture: Decodable {
        struct Case: Decodable, Sendable {
            let name: String
            let y_true: [FixtureLabel]
            let y_pred: [FixtureLabel]
            let labels: [FixtureLabel]?
            let target_names: [String]?
            let digits: Int
            let zero_division: String
            let text: String
            let warnings: [String]
            let dict: [String: Entry]
        }
        /// A report entry: a row of scores, or the bare accuracy.
        enum Entry: Decodable, Sendable {
            case scores(precision: String, recall: String, f1: String, support: Int)
            case value(String)

            enum Keys: String, CodingKey {
                case precision, recall, f1 = "f1-score", support
            }

            init(from decoder: Decoder) throws {
                if let value = try? decoder.singleValueContainer().decode(String.self) {
                    self = .value(value)
                    return
                }
                let c = try decoder.container(keyedBy: Keys.self)
                self = .scores(precision: try c.decode(String.self, forKey: .precision),
                               recall: try c.decode(String.self, forKey: .recall),
                               f1: try c.decode(String.self, forKey: .f1),
                               support: try c.decode(Int.self, forKey: .support))
            }
        }
        let cases: [Case]
    }

    static let confusion: [ConfusionFixture.Case] =
        (try? Fixtures.load("metrics_confusion", as: ConfusionFixture.self).cases) ?? []
    static let reports: [ReportFixture.Case] =
        (try? Fixtures.load("metrics_report", as: ReportFixture.self).cases) ?? []

    @Test("the fixtures load")
    func fixturesLoad() {
        #expect(Self.confusion.count >= 20)
        #expect(Self.reports.count >= 20)
    }

    @Test("confusion matrices equal sklearn.metrics.confusion_matrix", arguments: confusion)
    func confusionMatrices(item: ConfusionFixture.Case) throws {
        let matrix = try confusionMatrix(true: item.y_true, predicted: item.y_pred, labels: item.labels)
        #expect(matrix.rows == item.matrix, "\(item.name)")
        if let labels = item.labels { #expect(matrix.labels == labels) }
    }

    static func policy(_ text: String) -> ZeroDivisionPolicy {
        switch text {
        case "0": .zero
        case "1": .one
        case "nan": .nan
        default: .warn
        }
    }

    @Test("classification reports: text character for character, scores bit for bit, warnings", arguments: reports)
    func classificationReports(item: ReportFixture.Case) throws {
        let report = try classificationReport(true: item.y_true, predicted: item.y_pred, labels: item.labels,
                                              targetNames: item.target_names, digits: item.digits,
                                              zeroDivision: Self.policy(item.zero_division))
        #expect(report.description == item.text, "\(item.name)")
        #expect(report.warnings == item.warnings, "\(item.name)")
        #expect(report.hasUndefinedScores == !item.warnings.isEmpty)

        func check(_ scores: ClassificationReport<FixtureLabel>.Scores, _ key: String) {
            guard case .scores(let p, let r, let f, let s)? = item.dict[key] else {
                Issue.record("\(item.name): sklearn's report has no row '\(key)'")
                return
            }
            for (got, want, what) in [(scores.precision, p, "precision"), (scores.recall, r, "recall"),
                                      (scores.f1, f, "f1")] {
                #expect(Fixtures.identical(got, Fixtures.double(want)),
                        "\(item.name) \(key) \(what): \(got) != \(want)")
            }
            #expect(scores.support == s, "\(item.name) \(key) support")
        }
        for row in report.classes { check(row.scores, row.name) }
        check(report.macroAverage, "macro avg")
        check(report.weightedAverage, "weighted avg")
        if let accuracy = report.accuracy {
            guard case .value(let want)? = item.dict["accuracy"] else {
                Issue.record("\(item.name): sklearn reports no accuracy")
                return
            }
            #expect(Fixtures.identical(accuracy, Fixtures.double(want)))
        } else {
            check(report.microAverage, "micro avg")
        }
    }

    @Test("the lab's GMM report after remapping: counts that reproduce the notebook's printed report")
    func labShapedReport() throws {
        // One confusion matrix (flags 222/221/83) whose report is the one the notebook prints in In [41].
        var truth: [Int] = []
        var predicted: [Int] = []
        for (flag, row) in [[186, 35, 1], [0, 109, 112], [0, 4, 79]].enumerated() {
            for (label, count) in row.enumerated() {
                truth += Array(repeating: flag, count: count)
                predicted += Array(repeating: label, count: count)
            }
        }
        let report = try classificationReport(true: truth, predicted: predicted)
        #expect(report.description == """
                          precision    recall  f1-score   support

                       0       1.00      0.84      0.91       222
                       1       0.74      0.49      0.59       221
                       2       0.41      0.95      0.57        83

                accuracy                           0.71       526
               macro avg       0.72      0.76      0.69       526
            weighted avg       0.80      0.71      0.72       526

            """)
        let matrix = try confusionMatrix(true: truth, predicted: predicted)
        #expect(matrix.rows == [[186, 35, 1], [0, 109, 112], [0, 4, 79]])
        #expect(matrix.correct == 374 && matrix.total == 526)
        #expect(matrix.trueCounts == [222, 221, 83] && matrix.predictedCounts == [186, 148, 192])
    }

    @Test("errors: unequal lengths, empty or repeated labels, labels absent from the truth, target names, digits")
    func errors() {
        #expect(throws: LabelMetricsError.lengthMismatch(trueCount: 2, predictedCount: 1)) {
            try confusionMatrix(true: [0, 1], predicted: [0])
        }
        #expect(throws: LabelMetricsError.noLabels) { try confusionMatrix(true: [0], predicted: [0], labels: []) }
        #expect(throws: LabelMetricsError.duplicateLabel("1")) {
            try confusionMatrix(true: [0], predicted: [0], labels: [1, 0, 1])
        }
        #expect(throws: LabelMetricsError.noLabelInTrue(labels: ["5", "6"])) {
            try confusionMatrix(true: [0, 1], predicted: [5, 6], labels: [5, 6])
        }
        #expect(throws: LabelMetricsError.targetNameCount(classes: 2, names: 3)) {
            try classificationReport(true: [0, 1], predicted: [0, 1], targetNames: ["a", "b", "c"])
        }
        #expect(throws: LabelMetricsError.invalidDigits(-1)) {
            try classificationReport(true: [0, 1], predicted: [0, 1], digits: -1)
        }
        #expect(LabelMetricsError.lengthMismatch(trueCount: 2, predictedCount: 1).description
                == "the labelings differ in length: 2 true labels, 1 predicted; "
                + "expected one predicted label for each true label")
        #expect(LabelMetricsError.noLabelInTrue(labels: ["5", "6"]).description
                == "none of the labels 5, 6 occurs among the true labels; expected at least one of them")
    }
}
