import Estimators

/// Small, fast data the bench tests use (the workloads themselves are release-mode sizes).
enum BenchTestData {
    /// `make_blobs(n_samples=300, centers=4, cluster_std=0.60, random_state=0)`'s labels.
    static func labBlobLabels() throws -> [Int] {
        try makeBlobs(samples: 300, centers: 4, clusterStd: 0.6, seed: 0).labels
    }
}
