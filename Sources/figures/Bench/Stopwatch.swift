#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall time on the monotonic clock and the process's CPU time (user + system, all threads),
/// read together so that a loaded machine can be told from slow code: on a quiet machine a
/// two-core workload shows CPU time up to twice its wall time; on a busy one wall time grows
/// while CPU time stays put.
struct Stopwatch: Sendable {
    /// A reading of both clocks.
    struct Reading: Sendable {
        let wall: ContinuousClock.Instant
        let cpuSeconds: Double
    }

    /// Seconds elapsed on both clocks between two readings.
    struct Lap: Sendable, Equatable {
        let wallSeconds: Double
        let cpuSeconds: Double
    }

    private let clock = ContinuousClock()

    /// Both clocks now.
    func read() -> Reading {
        Reading(wall: clock.now, cpuSeconds: Self.processCPUSeconds())
    }

    /// The time since `start` on both clocks.
    func lap(since start: Reading) -> Lap {
        let end = read()
        return Lap(wallSeconds: Self.seconds(start.wall.duration(to: end.wall)),
                   cpuSeconds: end.cpuSeconds - start.cpuSeconds)
    }

    /// A duration as seconds.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// `RUSAGE_SELF` as `getrusage` takes it on this platform.
    #if os(Linux)
    static let selfUsage = RUSAGE_SELF.rawValue
    #else
    static let selfUsage = RUSAGE_SELF
    #endif

    /// User plus system CPU time of the whole process so far (`getrusage(RUSAGE_SELF)`).
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        guard getrusage(Stopwatch.selfUsage, &usage) == 0 else { return 0 }
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
    }
}
