import Estimators

/// The lab's two synthetic data sets, built as its cells build them, bit for bit.
///
/// Parts 1 and 2 of the lab draw their data with `make_blobs`; `makeBlobs` draws
/// the same numbers from the same numpy-compatible generator, so every figure
/// built on these sees exactly what scikit-learn saw.
public enum LabData {
    /// Part 1 (In 2): `make_blobs(n_samples=300, centers=4, cluster_std=0.60, random_state=0)`.
    public static func blobs() throws(BlobsError) -> Blobs {
        try makeBlobs(samples: 300, centers: 4, clusterStd: 0.60, seed: 0)
    }

    /// The shear the lab applies to the first two blobs of Part 2 (In 15).
    public static let mixtureShear: [[Double]] = [[0.374, 0.95], [0.732, 0.598]]

    /// Part 2 (In 15): `X1 = make_blobs(1000, centers=((4, -4), (0, 0)), random_state=42) @ shear`,
    /// `X2 = make_blobs(250, centers=1, random_state=42) + [6, -8]`, `X = np.r_[X1, X2]` (1250 × 2).
    ///
    /// The product is taken as numpy's BLAS takes a two-term inner product: the second
    /// product fused onto the first (`a·b + c·d` with one rounding for the last step), which
    /// a plain multiply-add differs from in the last bit for about 40 % of the entries.
    public static func mixture() throws(BlobsError) -> Matrix {
        let x1 = try makeBlobs(samples: 1000, centers: Matrix([[4, -4], [0, 0]]), seed: 42).samples
        var sheared = Matrix(rows: x1.rows, columns: 2)
        for i in 0..<x1.rows {
            for f in 0..<2 {
                sheared[i, f] = (x1[i, 0] * mixtureShear[0][f]).addingProduct(x1[i, 1], mixtureShear[1][f])
            }
        }
        var x2 = try makeBlobs(samples: 250, centers: 1, seed: 42).samples
        for i in 0..<x2.rows {
            x2[i, 0] += 6
            x2[i, 1] += -8
        }
        return sheared.stacked(on: x2)
    }
}
