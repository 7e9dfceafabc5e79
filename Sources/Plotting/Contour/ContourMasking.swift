/// Which grid values a contour leaves out.
///
/// matplotlib masks NaN and infinite values always, and values ≤ 0 as well under a
/// logarithmic norm; a cell with any masked corner is neither traced nor filled.
public enum ContourMasking: Sendable, Hashable {
    /// NaN and ±infinity are masked.
    case nonFinite
    /// NaN, ±infinity and values ≤ 0 are masked (what a `LogNorm` needs).
    case nonPositive

    @inline(__always)
    func isMasked(_ v: Double) -> Bool {
        switch self {
        case .nonFinite: !v.isFinite
        case .nonPositive: !(v.isFinite && v > 0)
        }
    }
}
