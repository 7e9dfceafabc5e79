/// Cluster ids renamed to the classes they best stand for, by optimal one-to-one matching.
///
/// Clustering numbers its clusters arbitrarily; to compare them with known
/// classes (a confusion matrix, a classification report) each cluster id is
/// mapped to a class so that as many samples as possible keep a matching label.
/// The lab did this by hand (`{0: 1, 1: 0, 2: 2}`); this finds the best mapping.
public struct ClusterAlignment: Sendable, Hashable {
    /// The class each cluster id is mapped to (every cluster id that occurs).
    public let mapping: [Int: Int]
    /// The cluster labels renamed through ``mapping``, sample by sample.
    public let alignedLabels: [Int]
    /// The number of samples whose aligned label equals their class: the maximum possible.
    public let matchedCount: Int
    /// The cluster ids that occur, ascending (the rows of the contingency table).
    public let clusters: [Int]
    /// The classes that occur, ascending (its columns).
    public let classes: [Int]
    /// The contingency table: `contingency[i][j]` counts samples of cluster `clusters[i]` and class `classes[j]`.
    public let contingency: [[Int]]
}

/// Maps cluster ids to classes so that the most samples match: the Hungarian method on the contingency table.
///
/// The contingency table (clusters × classes) is solved with
/// ``linearSumAssignment(_:maximize:)`` maximising the matched counts, so ties
/// resolve as in `scipy.optimize.linear_sum_assignment(table, maximize=True)`.
/// With more clusters than classes, the clusters left unmatched get new labels
/// above every class, in ascending cluster order (`max(classes) + 1`, `+ 2`, …),
/// so they count as wrong rather than being merged into a class. With fewer
/// clusters than classes, some classes are simply never predicted.
///
/// - Throws: ``LabelMetricsError/lengthMismatch(trueCount:predictedCount:)``.
public func alignClusters(_ clusters: [Int], to classes: [Int]) throws(LabelMetricsError) -> ClusterAlignment {
    guard clusters.count == classes.count else {
        throw .lengthMismatch(trueCount: classes.count, predictedCount: clusters.count)
    }
    let clusterIds = Array(Set(clusters)).sorted()
    let classIds = Array(Set(classes)).sorted()
    let clusterPosition = Dictionary(uniqueKeysWithValues: clusterIds.enumerated().map { ($1, $0) })
    let classPosition = Dictionary(uniqueKeysWithValues: classIds.enumerated().map { ($1, $0) })
    var table = Matrix(rows: clusterIds.count, columns: classIds.count)
    for (cluster, label) in zip(clusters, classes) {
        if let i = clusterPosition[cluster], let j = classPosition[label] {
            table[i, j] += 1
        }
    }
    var mapping: [Int: Int] = [:]
    // Counts are finite, so the assignment always exists.
    if let assignment = try? linearSumAssignment(table, maximize: true) {
        for (row, column) in zip(assignment.rows, assignment.columns) {
            mapping[clusterIds[row]] = classIds[column]
        }
    }
    // New labels for unmatched clusters: above every class (wrapping past Int.max, skipping used values).
    func successor(_ value: Int) -> Int { value == Int.max ? Int.min : value + 1 }
    var used = Set(classIds)
    var candidate = classIds.last.map(successor) ?? 0
    for cluster in clusterIds where mapping[cluster] == nil {
        while used.contains(candidate) { candidate = successor(candidate) }
        mapping[cluster] = candidate
        used.insert(candidate)
        candidate = successor(candidate)
    }
    let aligned = clusters.map { mapping[$0] ?? $0 }
    let matched = zip(aligned, classes).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
    return ClusterAlignment(mapping: mapping, alignedLabels: aligned, matchedCount: matched,
                            clusters: clusterIds, classes: classIds,
                            contingency: (0..<table.rows).map { i in table.row(i).map { Int($0) } })
}
