import Foundation

/// Ticks on a base-10 log axis: matplotlib's `LogLocator`.
///
/// Major ticks sit on decades (every `stride` decades when many are in view);
/// minor ticks at 2...9 times each decade when the major stride is one decade.
/// The stride and offset choices follow matplotlib's `tick_values` exactly.
public struct LogLocator: Sendable, Hashable {
    /// Multiples of each decade to tick: `[1]` for major ticks, nil for matplotlib's
    /// `'auto'` minor ticks (2...9, none when ten or more decades are in view).
    public let subs: [Double]?

    /// Major ticks at decades.
    public static let major = LogLocator(subs: [1])
    /// Minor ticks at 2...9 times each decade (`subs='auto'`).
    public static let minor = LogLocator(subs: nil)

    public init(subs: [Double]?) {
        self.subs = subs
    }

    /// Tick values for the view `vmin...vmax` (positive), with ticks beyond both ends.
    /// `minPositive` replaces a non-positive `vmin`; `tickSpace` is the axis's
    /// room for ticks (nil: 9).
    public func ticks(_ vmin: Double, _ vmax: Double, tickSpace: Int? = nil, minPositive: Double? = nil) -> [Double] {
        var nRequest = Swift.min(Swift.max(tickSpace ?? 9, 2), 9)
        var lo = vmin, hi = vmax
        if lo <= 0 {
            lo = minPositive ?? .nan
            if !(lo > 0) || !lo.isFinite { return [] }
        }
        if hi < lo { swap(&lo, &hi) }
        let efmin = Foundation.log10(lo), efmax = Foundation.log10(hi)
        guard efmin.isFinite, efmax.isFinite else { return [] }
        let emin = Int(efmin.rounded(.up)), emax = Int(efmax.rounded(.down))
        let nAvail = emax - emin + 1

        let subsUsed: [Double]
        if let subs {
            subsUsed = subs
        } else {
            if nAvail >= 10 { return [] }
            subsUsed = [2, 3, 4, 5, 6, 7, 8, 9]
        }

        var stride = Self.floorDiv(nAvail, nRequest + 1) + 1
        let nr = Int((Double(nAvail) / Double(stride)).rounded(.up))
        if nr <= nRequest { nRequest = nr }
        var decades: [Int]
        if nRequest == 0 {
            decades = [emin - 1, emax + 1]
            stride = decades[1] - decades[0]
        } else if nRequest == 1 {
            let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
            stride = Swift.max(mid - (emin - 1), (emax + 1) - mid)
            decades = [mid - stride, mid, mid + stride]
        } else {
            stride = Self.floorDiv(nAvail - 1, nRequest - 1)
            if Double(stride) < Double(nAvail) / Double(nRequest) {
                stride = Self.floorDiv(nAvail, nRequest)
            }
            let olo = Swift.max(nAvail - stride * nRequest, 0)
            let ohi = Swift.min(nAvail - stride * (nRequest - 1), stride)
            var offset = Self.mod(-emin, stride)
            if !(olo <= offset && offset < ohi) { offset = olo }
            decades = Array(Swift.stride(from: emin + offset - stride, through: emax + stride, by: stride))
        }

        let isMinor = subsUsed.count > 1 || (subsUsed.count == 1 && subsUsed[0] != 1)
        var locs: [Double] = []
        if isMinor {
            if stride == 1 || nAvail <= 1 {
                for decade in (emin - 1)...emax {
                    let base = Self.decade(decade)
                    locs.append(contentsOf: subsUsed.map { $0 * base })
                }
            }
        } else {
            locs = decades.map(Self.decade)
        }
        if subsUsed.count > 1 && stride == 1 {
            let inView = locs.reduce(0) { $0 + (lo <= $1 && $1 <= hi ? 1 : 0) }
            if decades.count - 2 + inView <= 1 {
                // matplotlib falls back to a fresh AutoLocator, which has no axis and so uses 9 bins.
                return MaxNLocator.auto.ticks(lo, hi, tickSpace: nil)
            }
        }
        return locs
    }

    /// 10^k as numpy computes it for an integer array (exact powers where representable).
    static func decade(_ k: Int) -> Double {
        Foundation.pow(10.0, Double(k))
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func mod(_ a: Int, _ b: Int) -> Int {
        let r = a % b
        return r != 0 && (r < 0) != (b < 0) ? r + b : r
    }
}
