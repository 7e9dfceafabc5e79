/// Cholesky factors of small symmetric positive-definite matrices, computed in
/// the operation order scipy's OpenBLAS uses.
///
/// scikit-learn turns each covariance Σ into a "precision Cholesky" factor with
/// `L = scipy.linalg.cholesky(Σ, lower=True)` and
/// `P = scipy.linalg.solve_triangular(L, I, lower=True).T`. Both go through
/// OpenBLAS (dpotrf → unblocked dpotf2 for n < 32; dtrtrs → dtrsm), whose
/// kernels multiply by reciprocals of the pivots, accumulate dot products in a
/// particular order and use fused multiply-adds. Reproducing that order makes
/// `L` and `P` equal to scipy's bit for bit for the dimensions checked (1–8
/// features, `LinearAlgebraTests`); beyond that the algorithm is the same and
/// agrees to rounding. Matrices are row-major `[Double]` of `dimension²` values.
enum Cholesky {
    /// The lower-triangular L with L Lᵀ = A (upper triangle zero), or nil when A
    /// is not positive definite (a pivot is ≤ 0 or not finite).
    ///
    /// Column j: the pivot is `A[j,j] − dot(L[j,0..<j], L[j,0..<j])` with the
    /// strided dot kernel's pairing; the entries below are
    /// `(A[i,j] − Σₖ L[i,k]L[j,k]) · (1/L[j,j])`, where the dgemv kernel adds the
    /// products one column at a time for the rows in whole blocks of four and
    /// sums them first (fused) for the 1–3 remaining rows.
    static func lower(_ a: [Double], dimension d: Int) -> [Double]? {
        precondition(a.count == d * d, "expected a \(d)x\(d) matrix, got \(a.count) values")
        var l = [Double](repeating: 0, count: d * d)
        for j in 0..<d {
            let pivot = a[j * d + j] - stridedDot(l, row: j, row: j, count: j, dimension: d)
            guard pivot > 0, pivot.isFinite else { return nil }
            let diagonal = pivot.squareRoot()
            l[j * d + j] = diagonal
            let reciprocal = 1 / diagonal
            let below = d - j - 1
            let blocked = below - below % 4
            for r in 0..<below {
                let i = j + 1 + r
                var value = a[i * d + j]
                if r < blocked {
                    for k in 0..<j {
                        value = value + l[i * d + k] * -l[j * d + k]
                    }
                } else {
                    var sum = 0.0
                    for k in 0..<j {
                        sum = sum.addingProduct(l[i * d + k], l[j * d + k])
                    }
                    value = value - sum
                }
                l[i * d + j] = value * reciprocal
            }
        }
        return l
    }

    /// The dot product of rows `p` and `q` of L over their first `count` entries,
    /// paired as OpenBLAS's strided ddot kernel pairs them: two running sums fed
    /// four products at a time (`t1 += x0y0 + x2y2`, `t2 += x1y1 + x3y3`, fused
    /// where the compiler fuses them), the remainder fused into the first, and
    /// `t1 + t2` at the end.
    private static func stridedDot(_ l: [Double], row p: Int, row q: Int, count: Int, dimension d: Int) -> Double {
        var first = 0.0
        var second = 0.0
        var k = 0
        let whole = count - count % 4
        while k < whole {
            let a0 = l[p * d + k], b0 = l[q * d + k]
            let a1 = l[p * d + k + 1], b1 = l[q * d + k + 1]
            let a2 = l[p * d + k + 2], b2 = l[q * d + k + 2]
            let a3 = l[p * d + k + 3], b3 = l[q * d + k + 3]
            first += (a2 * b2).addingProduct(a0, b0)
            second += (a3 * b3).addingProduct(a1, b1)
            k += 4
        }
        while k < count {
            first = first.addingProduct(l[p * d + k], l[q * d + k])
            k += 1
        }
        return first + second
    }

    /// L⁻¹ for a lower-triangular L, solved column by column from the identity
    /// as dtrsm does: `x[i] = b[i] · (1/L[i,i])`, then `b[k] −= L[k,i]·x[i]` (fused)
    /// for every k below i.
    static func lowerInverse(_ l: [Double], dimension d: Int) -> [Double] {
        precondition(l.count == d * d, "expected a \(d)x\(d) matrix, got \(l.count) values")
        var inverse = [Double](repeating: 0, count: d * d)
        var column = [Double](repeating: 0, count: d)
        for c in 0..<d {
            for i in 0..<d { column[i] = i == c ? 1 : 0 }
            for i in c..<d {
                let x = column[i] * (1 / l[i * d + i])
                column[i] = x
                for k in (i + 1)..<d {
                    column[k] = column[k].addingProduct(-l[k * d + i], x)
                }
            }
            for i in 0..<d { inverse[i * d + c] = column[i] }
        }
        return inverse
    }

    /// scikit-learn's precision Cholesky factor of a covariance: `(L⁻¹)ᵀ`, upper
    /// triangular, so that `P Pᵀ = Σ⁻¹`. Nil when Σ is not positive definite.
    static func precisionFactor(ofCovariance covariance: [Double], dimension d: Int) -> [Double]? {
        guard let l = lower(covariance, dimension: d) else { return nil }
        let inverse = lowerInverse(l, dimension: d)
        var transposed = [Double](repeating: 0, count: d * d)
        for i in 0..<d {
            for j in 0..<d {
                transposed[j * d + i] = inverse[i * d + j]
            }
        }
        return transposed
    }
}
