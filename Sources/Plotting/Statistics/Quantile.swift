/// numpy's default (`method="linear"`) percentile of already sorted values, to the last bit:
/// the virtual index `(n - 1) q` and numpy's two-sided linear interpolation.
enum Quantile {
    static func linear(sorted v: [Double], _ q: Double) -> Double {
        precondition(!v.isEmpty, "quantile of no values")
        let virtual = Double(v.count - 1) * q
        let previous = Swift.max(0, Swift.min(Int(virtual.rounded(.down)), v.count - 1))
        let next = Swift.min(previous + 1, v.count - 1)
        let gamma = virtual - Double(previous)
        let a = v[previous], b = v[next]
        let diff = b - a
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma
    }
}
