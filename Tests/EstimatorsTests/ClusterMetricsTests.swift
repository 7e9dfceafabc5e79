import Foundation
import Testing
@testable import Estimators

/// Adjusted Rand index, linear sum assignment and cluster alignment against scikit-learn and scipy.
@Suite("Adjusted Rand index, linear sum assignment and cluster alignment")
struct ClusterMetricsTests {
    struct RandFixture: Decodable {
        struct Case: Decodable, Sendable {
            let name: String?
            let a: [Int]
            let b: [Int]
            let ari: String
        }
        let random: [Case]
        let special: [Case]
    }

    struct AssignmentFixture: Decodable {
        struct Case: Decodable, Sendable {
            let kind: String
            let maximize: Bool
            let cost: [[String]]
            let rows: [Int]?
            let columns: [Int]?
            let total: String?
            let error: String?
        }
        let cases: [Case]
    }

    struct AlignmentFixture: Decodable {
        struct Case: Decodable, Sendable {
            let clusters: [Int]
            let classes: [Int]
            let contingency: [[Int]]
            let mapping: [[Int]]
            let matched: Int
        }
        let cases: [Case]
    }

    static let rand = try? Fixtures.load("metrics_ari", as: RandFixture.self)
    static let assignments =
        (try? Fixtures.load("metrics_lsap", as: AssignmentFixture.self).cases) ?? []
    static let alignments =
        (try? Fixtures.load("metrics_alignment", as: AlignmentFixture.self).cases) ?? []

    // MARK: - Adjusted Rand index

    @Test("ARI equals sklearn's adjusted_rand_score bit for bit on 123 random labelings (n up to 50,000)")
    func randomLabelings() throws {
        let cases = try #require(Self.rand?.random)
        #expect(cases.count == 123)
        for item in cases {
            let got = try adjustedRandIndex(item.a, item.b)
            let want = Fixtures.double(item.ari)
            #expect(Fixtures.identical(got, want), "n \(item.a.count): \(got) != \(want)")
            // Symmetric, and blind to the label values.
            #expect(try adjustedRandIndex(item.b, item.a) == got)
            #expect(try adjustedRandIndex(item.a.map { "c\($0 * 7)" }, item.b) == got)
        }
    }

    @Test("ARI special cases: empty, one sample, one cluster, singletons, relabelled")
    func specialCases() throws {
        let cases = try #require(Self.rand?.special)
        #expect(cases.count == 10)
        for item in cases {
            let got = try adjustedRandIndex(item.a, item.b)
            #expect(Fixtures.identical(got, Fixtures.double(item.ari)), "\(item.name ?? "")")
        }
        #expect(try adjustedRandIndex([Int](), [Int]()) == 1.0)
        #expect(try adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]) == 1.0)
        #expect(throws: LabelMetricsError.lengthMismatch(trueCount: 2, predictedCount: 3)) {
            try adjustedRandIndex([0, 1], [0, 1, 1])
        }
    }

    // MARK: - Linear sum assignment

    static func matrix(_ cost: [[String]]) -> Matrix {
        Matrix(cost.map { $0.map(Fixtures.double) })
    }

    @Test("linear sum assignment equals scipy's, ties broken the same way", arguments: assignments)
    func assignment(item: AssignmentFixture.Case) {
        let cost = Self.matrix(item.cost)
        do {
            let result = try linearSumAssignment(cost, maximize: item.maximize)
            #expect(item.error == nil, "scipy says: \(item.error ?? "")")
            #expect(result.rows == item.rows, "\(item.kind) \(cost.rows)x\(cost.columns) maximize \(item.maximize)")
            #expect(result.columns == item.columns,
                    "\(item.kind) \(cost.rows)x\(cost.columns) maximize \(item.maximize)")
            if let total = item.total {
                #expect(result.totalCost == Fixtures.double(total))
            }
        } catch {
            switch (error, item.error) {
            case (.infeasible, "cost matrix is infeasible"?), (.invalidCost, "matrix contains invalid numeric entries"?):
                break
            default:
                Issue.record("got \(error), scipy says \(item.error ?? "no error")")
            }
        }
    }

    @Test("the fixtures cover square, rectangular, tied, infinite and infeasible matrices")
    func assignmentCoverage() {
        let cases = Self.assignments
        #expect(cases.count >= 100)
        #expect(cases.contains { $0.cost.count > ($0.cost.first?.count ?? 0) })
        #expect(cases.contains { $0.cost.count < ($0.cost.first?.count ?? 0) })
        #expect(cases.contains { $0.kind == "ties" })
        #expect(cases.contains { $0.error == "cost matrix is infeasible" })
        #expect(cases.contains { $0.error == "matrix contains invalid numeric entries" })
    }

    @Test("assignment errors say which cell is invalid")
    func assignmentErrors() {
        #expect(throws: AssignmentError.invalidCost(row: 1, column: 0, value: .infinity)) {
            try linearSumAssignment(Matrix([[1, 2], [.infinity, 3]]), maximize: true)
        }
        #expect(throws: AssignmentError.infeasible) {
            try linearSumAssignment(Matrix([[.infinity, 1], [.infinity, 2]]))
        }
        #expect(AssignmentError.invalidCost(row: 0, column: 2, value: -.infinity).description
                == "the cost at row 0, column 2 is -inf; expected a number "
                + "(+infinity may mark a forbidden cell when minimising, -infinity when maximising)")
        let empty = try? linearSumAssignment(Matrix(rows: 0, columns: 3))
        #expect(empty == LinearAssignment(rows: [], columns: [], totalCost: 0))
    }

    @Test("the optimum is optimal: brute force over all permutations of random 6x6 and 4x6 matrices")
    func bruteForce() throws {
        var random = SplitMix64(seed: 99)
        func permutations(_ items: [Int], _ length: Int) -> [[Int]] {
            guard length > 0 else { return [[]] }
            return items.flatMap { item in
                permutations(items.filter { $0 != item }, length - 1).map { [item] + $0 }
            }
        }
        for (rows, columns) in [(6, 6), (4, 6), (6, 4), (5, 5)] {
            for _ in 0..<20 {
                let cost = Matrix(rows: rows, columns: columns,
                                  storage: (0..<(rows * columns)).map { _ in Double(random.next() % 7) })
                let result = try linearSumAssignment(cost)
                let (small, large) = (min(rows, columns), max(rows, columns))
                let best = permutations(Array(0..<large), small).map { chosen in
                    chosen.enumerated().reduce(0.0) { sum, pair in
                        sum + (rows <= columns ? cost[pair.offset, pair.element] : cost[pair.element, pair.offset])
                    }
                }.min()
                #expect(result.totalCost == best)
                #expect(Set(result.rows).count == small && Set(result.columns).count == small)
            }
        }
    }

    // MARK: - Cluster alignment

    @Test("cluster alignment maps clusters to classes as scipy's assignment on the contingency table",
          arguments: alignments)
    func alignment(item: AlignmentFixture.Case) throws {
        let result = try alignClusters(item.clusters, to: item.classes)
        #expect(result.contingency == item.contingency)
        for pair in item.mapping {
            #expect(result.mapping[pair[0]] == pair[1], "cluster \(pair[0])")
        }
        #expect(result.matchedCount == item.matched)
        #expect(result.alignedLabels == item.clusters.map { result.mapping[$0] ?? Int.min })
    }

    @Test("alignment of the lab's hand mapping {0: 1, 1: 0, 2: 2}, and extra clusters get new labels")
    func labMapping() throws {
        let flags = [0, 0, 0, 1, 1, 1, 2, 2]
        let clusters = [1, 1, 0, 0, 0, 1, 2, 2]
        let result = try alignClusters(clusters, to: flags)
        #expect(result.mapping == [0: 1, 1: 0, 2: 2])
        #expect(result.alignedLabels == [0, 0, 1, 1, 1, 0, 2, 2])
        #expect(result.matchedCount == 6)
        // Five clusters for three classes: the two weakest clusters are labelled 3 and 4.
        let more = try alignClusters([0, 0, 1, 1, 2, 2, 3, 4], to: [0, 0, 1, 1, 2, 2, 2, 0])
        #expect(more.mapping == [0: 0, 1: 1, 2: 2, 3: 3, 4: 4])
        #expect(more.alignedLabels == [0, 0, 1, 1, 2, 2, 3, 4])
        // Classes at the top of Int's range: new labels wrap around rather than overflow.
        let extreme = try alignClusters([0, 1], to: [Int.max, Int.max])
        #expect(extreme.mapping[0] == Int.max && extreme.mapping[1] == Int.min)
        #expect(throws: LabelMetricsError.lengthMismatch(trueCount: 1, predictedCount: 2)) {
            try alignClusters([0, 1], to: [0])
        }
    }
}
