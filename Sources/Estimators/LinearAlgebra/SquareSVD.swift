import Foundation

/// The singular values and right singular vectors of a small square matrix,
/// computed along the same path as LAPACK's `dgesdd` (which numpy's `svd` calls).
///
/// numpy's `multivariate_normal` transforms standard normals by
/// `sqrt(s)[:, None] * vt` from `svd(cov)`. A singular vector is only defined
/// up to its sign, and a flipped sign mirrors every sample, so matching numpy
/// means reproducing the signs LAPACK happens to produce. Rather than guess a
/// sign rule, this follows LAPACK's own steps for an n x n matrix with
/// n <= 25: Householder bidiagonalisation (`dgebd2`), implicit-shift QR on the
/// bidiagonal (`dbdsqr`, including its sign fix-up and the sorts `dlasdq` and
/// `dbdsdc` apply), then `VT * Pᵀ` (`dormbr`). The left vectors are never
/// formed: sampling does not use them.
///
/// The reflector updates (`dgemv`, `dger` inside `dlarf`) use fused
/// multiply-adds, as numpy's OpenBLAS Haswell kernels do: in rank-deficient
/// matrices the sign of a rounding residue decides a singular vector's sign.
/// Checked against numpy on 60 covariances (d = 1...6): every singular value
/// and every singular vector of a non-zero singular value agrees to 1e-12,
/// signs included. For a rank-deficient matrix the vectors of the (numerically)
/// zero singular values come out of rounding noise in LAPACK itself, so those
/// rows (weighted by sqrt(s) ~ 1e-8 in a sample) are not reproducible.
/// Differences from LAPACK, all at rounding level: inner products are summed
/// in index order (OpenBLAS kernels may block them), `dnrm2` is a plain
/// sum of squares, and `dgesdd`'s rescaling of matrices with entries outside
/// about 1e-138...1e138 is skipped. Above n = 25 LAPACK switches to divide and
/// conquer; this keeps using QR, so the result is a correct SVD whose signs
/// may differ from numpy's.
struct SquareSVD {
    /// Singular values in decreasing order (numpy's `s`).
    let singularValues: [Double]
    /// Right singular vectors as rows (numpy's `vt`), row-major.
    let rightSingularVectors: Matrix

    /// Decomposes a square matrix; `nil` when the QR iteration fails to converge
    /// (LAPACK's `info > 0`, numpy's "SVD did not converge").
    init?(_ matrix: Matrix) {
        precondition(matrix.rows == matrix.columns, "SquareSVD needs a square matrix")
        let n = matrix.rows
        if n == 0 {
            singularValues = []
            rightSingularVectors = Matrix(rows: 0, columns: 0)
            return
        }
        // Column-major working copy, as LAPACK sees numpy's array.
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n { a[i + j * n] = matrix[i, j] }
        }
        var d = [Double](repeating: 0, count: n)
        var e = [Double](repeating: 0, count: max(n - 1, 0))
        var taup = [Double](repeating: 0, count: n)
        Self.bidiagonalize(&a, n: n, d: &d, e: &e, taup: &taup)

        // VT of the bidiagonal problem, column-major n x n, starting from the identity.
        var vt = [Double](repeating: 0, count: n * n)
        for i in 0..<n { vt[i + i * n] = 1 }
        if n == 1 {
            // dbdsdc's n = 1 case: the sign goes into U, VT stays 1.
            d[0] = abs(d[0])
        } else {
            guard Self.bidiagonalQR(d: &d, e: &e, vt: &vt, n: n) else { return nil }
            Self.sortAscendingLikeDLASDQ(&d, vt: &vt, n: n)
            Self.sortDescendingLikeDBDSDC(&d, vt: &vt, n: n)
        }
        // VT := VT * Pᵀ = VT * G(n-2) ... G(0), the reflectors stored in the rows of `a`.
        if n > 1 {
            var i = n - 2
            while i >= 0 {
                var v = [Double](repeating: 0, count: n - i - 1)
                v[0] = 1
                for j in (i + 2)..<max(i + 2, n) { v[j - i - 1] = a[i + j * n] }
                Self.applyReflectorRight(&vt, ld: n, rows: n, firstColumn: i + 1, v: v, tau: taup[i])
                i -= 1
            }
        }
        var rowMajor = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for j in 0..<n { rowMajor[i, j] = vt[i + j * n] }
        }
        singularValues = d
        rightSingularVectors = rowMajor
    }

    // MARK: - Householder bidiagonalisation (dgebd2, m >= n)

    /// Reduces `a` (column-major n x n) to upper bidiagonal `d`, `e`; keeps the right reflectors in `a`'s rows.
    private static func bidiagonalize(_ a: inout [Double], n: Int, d: inout [Double], e: inout [Double], taup: inout [Double]) {
        for i in 0..<n {
            // H(i) annihilates a[i+1..<n, i].
            let column = Array((i..<n).map { a[$0 + i * n] })
            var (alpha, rest) = (column[0], Array(column.dropFirst()))
            let tauq = householder(alpha: &alpha, x: &rest)
            d[i] = alpha
            for (k, value) in rest.enumerated() { a[i + 1 + k + i * n] = value }
            if i < n - 1 {
                var v = [1.0]
                v.append(contentsOf: rest)
                // Apply H(i) to a[i..<n, i+1..<n] from the left.
                applyReflectorLeft(&a, ld: n, firstRow: i, columns: (i + 1)..<n, v: v, tau: tauq)
            }
            a[i + i * n] = d[i]
            if i < n - 1 {
                // G(i) annihilates a[i, i+2..<n].
                var alphaP = a[i + (i + 1) * n]
                var restP = ((i + 2)..<max(i + 2, n)).map { a[i + $0 * n] }
                taup[i] = householder(alpha: &alphaP, x: &restP)
                e[i] = alphaP
                for (k, value) in restP.enumerated() { a[i + (i + 2 + k) * n] = value }
                var v = [1.0]
                v.append(contentsOf: restP)
                // Apply G(i) to a[i+1..<n, i+1..<n] from the right.
                applyReflectorRightBlock(&a, ld: n, rows: (i + 1)..<n, firstColumn: i + 1, v: v, tau: taup[i])
                a[i + (i + 1) * n] = e[i]
            } else {
                taup[i] = 0
            }
        }
    }

    /// dlarfg: a reflector `I - tau v vᵀ` (v = [1, x']) mapping [alpha, x] to [beta, 0]; returns tau.
    private static func householder(alpha: inout Double, x: inout [Double]) -> Double {
        if x.isEmpty { return 0 }
        var xnorm = norm2(x)
        if xnorm == 0 { return 0 }
        var beta = -Double(signOf: alpha, magnitudeOf: lapy2(alpha, xnorm))
        let safeMinimum = Double.leastNormalMagnitude / (Double.ulpOfOne / 2)
        var rescalings = 0
        if abs(beta) < safeMinimum {
            let inverse = 1 / safeMinimum
            repeat {
                rescalings += 1
                for k in x.indices { x[k] *= inverse }
                beta *= inverse
                alpha *= inverse
            } while abs(beta) < safeMinimum && rescalings < 20
            xnorm = norm2(x)
            beta = -Double(signOf: alpha, magnitudeOf: lapy2(alpha, xnorm))
        }
        let tau = (beta - alpha) / beta
        let scale = 1 / (alpha - beta)
        for k in x.indices { x[k] *= scale }
        for _ in 0..<rescalings { beta *= safeMinimum }
        alpha = beta
        return tau
    }

    /// The Euclidean norm, summing squares in order (dnrm2 up to rounding).
    private static func norm2(_ x: [Double]) -> Double {
        if x.count == 1 { return abs(x[0]) }
        let scale = x.reduce(0) { max($0, abs($1)) }
        if scale == 0 || !scale.isFinite { return scale }
        var sum = 0.0
        for value in x {
            let t = value / scale
            sum += t * t
        }
        return scale * sum.squareRoot()
    }

    /// dlapy2: `sqrt(x² + y²)` without needless overflow.
    private static func lapy2(_ x: Double, _ y: Double) -> Double {
        if x.isNaN { return x }
        if y.isNaN { return y }
        let w = max(abs(x), abs(y))
        let z = min(abs(x), abs(y))
        if z == 0 || w > Double.greatestFiniteMagnitude { return w }
        let ratio = z / w
        return w * (1 + ratio * ratio).squareRoot()
    }

    /// dlarf 'Left': C := (I - tau v vᵀ) C on rows firstRow..<firstRow+v.count and the given columns.
    private static func applyReflectorLeft(
        _ c: inout [Double], ld: Int, firstRow: Int, columns: Range<Int>, v: [Double], tau: Double
    ) {
        if tau == 0 { return }
        for j in columns {
            var w = 0.0
            for (k, vk) in v.enumerated() { w = w.addingProduct(c[firstRow + k + j * ld], vk) }
            let t = -tau * w
            for (k, vk) in v.enumerated() { c[firstRow + k + j * ld] = c[firstRow + k + j * ld].addingProduct(t, vk) }
        }
    }

    /// dlarf 'Right': C := C (I - tau v vᵀ) on the given rows and columns firstColumn..<firstColumn+v.count.
    private static func applyReflectorRightBlock(
        _ c: inout [Double], ld: Int, rows: Range<Int>, firstColumn: Int, v: [Double], tau: Double
    ) {
        if tau == 0 { return }
        let negTauV = v.map { -tau * $0 }
        for i in rows {
            var w = 0.0
            for (k, vk) in v.enumerated() { w = w.addingProduct(c[i + (firstColumn + k) * ld], vk) }
            for k in v.indices { c[i + (firstColumn + k) * ld] = c[i + (firstColumn + k) * ld].addingProduct(negTauV[k], w) }
        }
    }

    /// dlarf 'Right' on all `rows` rows.
    private static func applyReflectorRight(_ c: inout [Double], ld: Int, rows: Int, firstColumn: Int, v: [Double], tau: Double) {
        applyReflectorRightBlock(&c, ld: ld, rows: 0..<rows, firstColumn: firstColumn, v: v, tau: tau)
    }

    // MARK: - Bidiagonal QR (dbdsqr with right vectors only)

    /// Plane rotation as LAPACK 3.10+'s dlartg: `[c s; -s c] [f; g] = [r; 0]` with c >= 0.
    private static func rotation(_ f: Double, _ g: Double) -> (c: Double, s: Double, r: Double) {
        let safmin = Double.leastNormalMagnitude
        let safmax = 1 / safmin
        let rtmin = safmin.squareRoot()
        let rtmax = (safmax / 2).squareRoot()
        let f1 = abs(f)
        let g1 = abs(g)
        if g == 0 { return (1, 0, f) }
        if f == 0 { return (0, Double(signOf: g, magnitudeOf: 1), g1) }
        if f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax {
            let d = (f * f + g * g).squareRoot()
            let c = f1 / d
            let r = Double(signOf: f, magnitudeOf: d)
            return (c, g / r, r)
        }
        let u = min(safmax, max(safmin, f1, g1))
        let fs = f / u
        let gs = g / u
        let d = (fs * fs + gs * gs).squareRoot()
        let c = abs(fs) / d
        var r = Double(signOf: f, magnitudeOf: d)
        let s = gs / r
        r *= u
        return (c, s, r)
    }

    /// dlas2: the singular values of the upper triangular 2 x 2 [[f, g], [0, h]].
    private static func singularValues2x2(_ f: Double, _ g: Double, _ h: Double) -> (min: Double, max: Double) {
        let fa = abs(f), ga = abs(g), ha = abs(h)
        let fhmn = min(fa, ha)
        let fhmx = max(fa, ha)
        if fhmn == 0 {
            if fhmx == 0 { return (0, ga) }
            let big = max(fhmx, ga), small = min(fhmx, ga)
            return (0, big * (1 + (small / big) * (small / big)).squareRoot())
        }
        if ga < fhmx {
            let as_ = 1 + fhmn / fhmx
            let at = (fhmx - fhmn) / fhmx
            let au = (ga / fhmx) * (ga / fhmx)
            let c = 2 / ((as_ * as_ + au).squareRoot() + (at * at + au).squareRoot())
            return (fhmn * c, fhmx / c)
        }
        let au = fhmx / ga
        if au == 0 { return ((fhmn * fhmx) / ga, ga) }
        let as_ = 1 + fhmn / fhmx
        let at = (fhmx - fhmn) / fhmx
        let c = 1 / ((1 + (as_ * au) * (as_ * au)).squareRoot() + (1 + (at * au) * (at * au)).squareRoot())
        var ssmin = (fhmn * c) * au
        ssmin += ssmin
        return (ssmin, ga / (c + c))
    }

    /// dlasv2: the SVD of the upper triangular 2 x 2 [[f, g], [0, h]] with signed singular values.
    private static func svd2x2(_ f: Double, _ g: Double, _ h: Double)
        -> (ssmin: Double, ssmax: Double, snr: Double, csr: Double, snl: Double, csl: Double)
    {
        func sign(_ a: Double, _ b: Double) -> Double { Double(signOf: b, magnitudeOf: a) }
        var ft = f, fa = abs(f), ht = h, ha = abs(h)
        var pmax = 1
        let swap = ha > fa
        if swap {
            pmax = 3
            (ft, ht) = (ht, ft)
            (fa, ha) = (ha, fa)
        }
        let gt = g, ga = abs(g)
        var ssmin = 0.0, ssmax = 0.0, clt = 0.0, crt = 0.0, slt = 0.0, srt = 0.0
        if ga == 0 {
            ssmin = ha; ssmax = fa; clt = 1; crt = 1; slt = 0; srt = 0
        } else {
            var gasmal = true
            if ga > fa {
                pmax = 2
                if fa / ga < Double.ulpOfOne / 2 {
                    gasmal = false
                    ssmax = ga
                    ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha
                    clt = 1
                    slt = ht / gt
                    srt = 1
                    crt = ft / gt
                }
            }
            if gasmal {
                let dd = fa - ha
                var l = dd == fa ? 1.0 : dd / fa
                let m = gt / ft
                var t = 2 - l
                let mm = m * m
                let tt = t * t
                let s = (tt + mm).squareRoot()
                let r = l == 0 ? abs(m) : (l * l + mm).squareRoot()
                let a = 0.5 * (s + r)
                ssmin = ha / a
                ssmax = fa * a
                if mm == 0 {
                    t = l == 0 ? sign(2, ft) * sign(1, gt) : gt / sign(dd, ft) + m / t
                } else {
                    t = (m / (s + t) + m / (r + l)) * (1 + a)
                }
                l = (t * t + 4).squareRoot()
                crt = 2 / l
                srt = t / l
                clt = (crt + srt * m) / a
                slt = (ht / ft) * srt / a
            }
        }
        let (csl, snl, csr, snr) = swap ? (srt, crt, slt, clt) : (clt, slt, crt, srt)
        var tsign = 0.0
        switch pmax {
        case 1: tsign = sign(1, csr) * sign(1, csl) * sign(1, f)
        case 2: tsign = sign(1, snr) * sign(1, csl) * sign(1, g)
        default: tsign = sign(1, snr) * sign(1, snl) * sign(1, h)
        }
        ssmax = sign(ssmax, tsign)
        ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h))
        return (ssmin, ssmax, snr, csr, snl, csl)
    }

    /// dlasr 'L', 'V': rotates rows (first + k, first + k + 1) of VT by (c[k], s[k]), forward or backward.
    private static func rotateRows(
        _ vt: inout [Double], n: Int, first: Int, count: Int, c: [Double], s: [Double], forward: Bool
    ) {
        let order = forward ? Array(0..<(count - 1)) : Array((0..<(count - 1)).reversed())
        for k in order {
            let ct = c[k], st = s[k]
            if ct == 1 && st == 0 { continue }
            let r0 = first + k, r1 = first + k + 1
            for column in 0..<n {
                let temp = vt[r1 + column * n]
                vt[r1 + column * n] = ct * temp - st * vt[r0 + column * n]
                vt[r0 + column * n] = st * temp + ct * vt[r0 + column * n]
            }
        }
    }

    /// dbdsqr for an upper bidiagonal `d`, `e` with NCVT = n; false if it does not converge.
    private static func bidiagonalQR(d: inout [Double], e: inout [Double], vt: inout [Double], n: Int) -> Bool {
        // Indices below are LAPACK's 1-based ones; D(i) is d[i-1], E(i) is e[i-1].
        func D(_ i: Int) -> Double { d[i - 1] }
        func E(_ i: Int) -> Double { e[i - 1] }
        let eps = Double.ulpOfOne / 2
        let unfl = Double.leastNormalMagnitude
        let maxitr = 6
        let tolmul = max(10.0, min(100.0, pow(eps, -0.125)))
        let tol = tolmul * eps
        var smax = 0.0
        for i in 1...n { smax = max(smax, abs(D(i))) }
        for i in 1..<n { smax = max(smax, abs(E(i))) }
        var smin = 0.0
        var sminoa = abs(D(1))
        if sminoa != 0 {
            var mu = sminoa
            for i in 2...n {
                mu = abs(D(i)) * (mu / (mu + abs(E(i - 1))))
                sminoa = min(sminoa, mu)
                if sminoa == 0 { break }
            }
        }
        sminoa /= Double(n).squareRoot()
        let thresh = max(tol * sminoa, Double(maxitr) * (Double(n) * (Double(n) * unfl)))
        let maxitdivn = maxitr * n
        var iterdivn = 0
        var iter = -1
        var oldll = -1
        var oldm = -1
        var idir = 0
        var m = n
        var work = [Double](repeating: 0, count: 4 * n)
        let nm1 = n - 1, nm12 = 2 * nm1, nm13 = 3 * nm1

        mainLoop: while m > 1 {
            if iter >= n {
                iter -= n
                iterdivn += 1
                if iterdivn >= maxitdivn { return false }
            }
            // Find the diagonal block to work on.
            smax = abs(D(m))
            var ll = 0
            var split = false
            for lll in 1..<m {
                ll = m - lll
                let abss = abs(D(ll))
                let abse = abs(E(ll))
                if abse <= thresh || abse == 0 { split = true; break }
                smax = max(smax, abss, abse)
            }
            if split {
                e[ll - 1] = 0
                if ll == m - 1 {
                    m -= 1
                    continue mainLoop
                }
            } else {
                ll = 0
            }
            ll += 1
            if ll == m - 1 {
                // A 2 x 2 block.
                let r = svd2x2(D(m - 1), E(m - 1), D(m))
                d[m - 2] = r.ssmax
                e[m - 2] = 0
                d[m - 1] = r.ssmin
                for column in 0..<n {
                    let x = vt[(m - 2) + column * n], y = vt[(m - 1) + column * n]
                    vt[(m - 2) + column * n] = r.csr * x + r.snr * y
                    vt[(m - 1) + column * n] = r.csr * y - r.snr * x
                }
                m -= 2
                continue mainLoop
            }
            // A new submatrix: chase the bulge from the larger end.
            if ll > oldm || m < oldll {
                idir = abs(D(ll)) >= abs(D(m)) ? 1 : 2
            }
            // Convergence tests.
            if idir == 1 {
                if abs(E(m - 1)) <= abs(tol) * abs(D(m)) {
                    e[m - 2] = 0
                    continue mainLoop
                }
                var mu = abs(D(ll))
                smin = mu
                for lll in ll..<m {
                    if abs(E(lll)) <= tol * mu {
                        e[lll - 1] = 0
                        continue mainLoop
                    }
                    mu = abs(D(lll + 1)) * (mu / (mu + abs(E(lll))))
                    smin = min(smin, mu)
                }
            } else {
                if abs(E(ll)) <= abs(tol) * abs(D(ll)) {
                    e[ll - 1] = 0
                    continue mainLoop
                }
                var mu = abs(D(m))
                smin = mu
                var lll = m - 1
                while lll >= ll {
                    if abs(E(lll)) <= tol * mu {
                        e[lll - 1] = 0
                        continue mainLoop
                    }
                    mu = abs(D(lll)) * (mu / (mu + abs(E(lll))))
                    smin = min(smin, mu)
                    lll -= 1
                }
            }
            oldll = ll
            oldm = m
            // Shift.
            var shift = 0.0
            if Double(n) * tol * (smin / smax) <= max(eps, 0.01 * tol) {
                shift = 0
            } else {
                var sll = 0.0
                if idir == 1 {
                    sll = abs(D(ll))
                    shift = singularValues2x2(D(m - 1), E(m - 1), D(m)).min
                } else {
                    sll = abs(D(m))
                    shift = singularValues2x2(D(ll), E(ll), D(ll + 1)).min
                }
                if sll > 0 && (shift / sll) * (shift / sll) < eps { shift = 0 }
            }
            iter += m - ll
            let count = m - ll + 1
            if shift == 0 {
                if idir == 1 {
                    var cs = 1.0, oldcs = 1.0, oldsn = 0.0
                    for i in ll..<m {
                        let r1 = rotation(D(i) * cs, E(i))
                        cs = r1.c
                        let sn = r1.s
                        if i > ll { e[i - 2] = oldsn * r1.r }
                        let r2 = rotation(oldcs * r1.r, D(i + 1) * sn)
                        oldcs = r2.c; oldsn = r2.s; d[i - 1] = r2.r
                        work[i - ll] = cs
                        work[i - ll + nm1] = sn
                        work[i - ll + nm12] = oldcs
                        work[i - ll + nm13] = oldsn
                    }
                    let h = D(m) * cs
                    d[m - 1] = h * oldcs
                    e[m - 2] = h * oldsn
                    rotateRows(&vt, n: n, first: ll - 1, count: count, c: Array(work[0..<nm1]),
                               s: Array(work[nm1..<nm12]), forward: true)
                    if abs(E(m - 1)) <= thresh { e[m - 2] = 0 }
                } else {
                    var cs = 1.0, oldcs = 1.0, oldsn = 0.0
                    var i = m
                    while i >= ll + 1 {
                        let r1 = rotation(D(i) * cs, E(i - 1))
                        cs = r1.c
                        let sn = r1.s
                        if i < m { e[i - 1] = oldsn * r1.r }
                        let r2 = rotation(oldcs * r1.r, D(i - 1) * sn)
                        oldcs = r2.c; oldsn = r2.s; d[i - 1] = r2.r
                        work[i - ll - 1] = cs
                        work[i - ll - 1 + nm1] = -sn
                        work[i - ll - 1 + nm12] = oldcs
                        work[i - ll - 1 + nm13] = -oldsn
                        i -= 1
                    }
                    let h = D(ll) * cs
                    d[ll - 1] = h * oldcs
                    e[ll - 1] = h * oldsn
                    rotateRows(&vt, n: n, first: ll - 1, count: count, c: Array(work[nm12..<nm13]),
                               s: Array(work[nm13..<(nm13 + nm1)]), forward: false)
                    if abs(E(ll)) <= thresh { e[ll - 1] = 0 }
                }
            } else {
                if idir == 1 {
                    var f = (abs(D(ll)) - shift) * (Double(signOf: D(ll), magnitudeOf: 1) + shift / D(ll))
                    var g = E(ll)
                    for i in ll..<m {
                        let r1 = rotation(f, g)
                        if i > ll { e[i - 2] = r1.r }
                        f = r1.c * D(i) + r1.s * E(i)
                        e[i - 1] = r1.c * E(i) - r1.s * D(i)
                        g = r1.s * D(i + 1)
                        d[i] = r1.c * D(i + 1)
                        let r2 = rotation(f, g)
                        d[i - 1] = r2.r
                        f = r2.c * E(i) + r2.s * D(i + 1)
                        d[i] = r2.c * D(i + 1) - r2.s * E(i)
                        if i < m - 1 {
                            g = r2.s * E(i + 1)
                            e[i] = r2.c * E(i + 1)
                        }
                        work[i - ll] = r1.c
                        work[i - ll + nm1] = r1.s
                        work[i - ll + nm12] = r2.c
                        work[i - ll + nm13] = r2.s
                    }
                    e[m - 2] = f
                    rotateRows(&vt, n: n, first: ll - 1, count: count, c: Array(work[0..<nm1]),
                               s: Array(work[nm1..<nm12]), forward: true)
                    if abs(E(m - 1)) <= thresh { e[m - 2] = 0 }
                } else {
                    var f = (abs(D(m)) - shift) * (Double(signOf: D(m), magnitudeOf: 1) + shift / D(m))
                    var g = E(m - 1)
                    var i = m
                    while i >= ll + 1 {
                        let r1 = rotation(f, g)
                        if i < m { e[i - 1] = r1.r }
                        f = r1.c * D(i) + r1.s * E(i - 1)
                        e[i - 2] = r1.c * E(i - 1) - r1.s * D(i)
                        g = r1.s * D(i - 1)
                        d[i - 2] = r1.c * D(i - 1)
                        let r2 = rotation(f, g)
                        d[i - 1] = r2.r
                        f = r2.c * E(i - 1) + r2.s * D(i - 1)
                        d[i - 2] = r2.c * D(i - 1) - r2.s * E(i - 1)
                        if i > ll + 1 {
                            g = r2.s * E(i - 2)
                            e[i - 3] = r2.c * E(i - 2)
                        }
                        work[i - ll - 1] = r1.c
                        work[i - ll - 1 + nm1] = -r1.s
                        work[i - ll - 1 + nm12] = r2.c
                        work[i - ll - 1 + nm13] = -r2.s
                        i -= 1
                    }
                    e[ll - 1] = f
                    if abs(E(ll)) <= thresh { e[ll - 1] = 0 }
                    rotateRows(&vt, n: n, first: ll - 1, count: count, c: Array(work[nm12..<nm13]),
                               s: Array(work[nm13..<(nm13 + nm1)]), forward: false)
                }
            }
        }
        // Make the singular values positive, flipping the matching rows of VT.
        for i in 0..<n {
            if d[i] == 0 { d[i] = 0 }
            if d[i] < 0 {
                d[i] = -d[i]
                for column in 0..<n { vt[i + column * n] = -vt[i + column * n] }
            }
        }
        // dbdsqr's own sort into decreasing order, one swap per position.
        for i in 1..<n {
            var isub = 1
            var smallest = D(1)
            for j in 2...(n + 1 - i) where D(j) <= smallest {
                isub = j
                smallest = D(j)
            }
            if isub != n + 1 - i {
                d[isub - 1] = D(n + 1 - i)
                d[n - i] = smallest
                swapRows(&vt, n: n, isub - 1, n - i)
            }
        }
        return true
    }

    /// dlasdq's closing sort (into increasing order), swapping rows of VT.
    private static func sortAscendingLikeDLASDQ(_ d: inout [Double], vt: inout [Double], n: Int) {
        for i in 0..<n {
            var isub = i
            var smallest = d[i]
            for j in (i + 1)..<max(i + 1, n) where d[j] < smallest {
                isub = j
                smallest = d[j]
            }
            if isub != i {
                d[isub] = d[i]
                d[i] = smallest
                swapRows(&vt, n: n, isub, i)
            }
        }
    }

    /// dbdsdc's closing selection sort (into decreasing order), swapping rows of VT.
    private static func sortDescendingLikeDBDSDC(_ d: inout [Double], vt: inout [Double], n: Int) {
        for i in 0..<max(n - 1, 0) {
            var kk = i
            var p = d[i]
            for j in (i + 1)..<n where d[j] > p {
                kk = j
                p = d[j]
            }
            if kk != i {
                d[kk] = d[i]
                d[i] = p
                swapRows(&vt, n: n, i, kk)
            }
        }
    }

    private static func swapRows(_ vt: inout [Double], n: Int, _ r0: Int, _ r1: Int) {
        for column in 0..<n { vt.swapAt(r0 + column * n, r1 + column * n) }
    }
}
