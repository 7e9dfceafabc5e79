/// One workload's timed runs, its peak resident memory and what it computed.
struct WorkloadMeasurement: Sendable {
    let workload: BenchWorkload
    /// Every run's wall and CPU seconds, in run order.
    let laps: [Stopwatch.Lap]
    /// Peak resident bytes while preparing and running it (nil if unreadable).
    let peakBytes: Int?
    /// Whether the peak was restarted before this workload (false: it counts from process start).
    let peakIsPerWorkload: Bool
    let check: WorkloadCheck

    /// The best run, by wall time (the first of equals).
    var bestLap: Stopwatch.Lap {
        laps.min { $0.wallSeconds < $1.wallSeconds } ?? Stopwatch.Lap(wallSeconds: .nan, cpuSeconds: .nan)
    }

    var bestWallSeconds: Double { bestLap.wallSeconds }
}
