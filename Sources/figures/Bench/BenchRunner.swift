import Foundation

/// Runs workloads best-of-N, one after another, and gathers their times, peak memory and
/// check values into a `BenchReport`.
///
/// Each workload is prepared (data made, untimed), then run `repeats` times; its time is the
/// best run's, the least disturbed by other processes. The peak resident memory is restarted
/// before each workload's preparation, so each workload's peak is its own (data included).
struct BenchRunner {
    /// Timed runs of each workload (3, as the Python figures were taken).
    var repeats = 3
    /// Where workloads write their files (the PNGs).
    var outputFolder: URL

    init(repeats: Int = 3, outputFolder: URL) throws(BenchError) {
        guard (1...100).contains(repeats) else { throw .invalidRepeats(repeats) }
        self.repeats = repeats
        self.outputFolder = outputFolder
    }

    /// Measures `workloads` in order; `progress` hears one line as each finishes.
    func run(_ workloads: [BenchWorkload], progress: (String) -> Void = { _ in }) throws(BenchError) -> BenchReport {
        do {
            try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        } catch {
            throw .scratchFolder(path: outputFolder.path, reason: error.localizedDescription)
        }
        let machineAtStart = MachineDescription.current()
        let stopwatch = Stopwatch()
        var measurements: [WorkloadMeasurement] = []
        var processPeak = PeakMemory.peakBytes() ?? 0
        for workload in workloads {
            let peakIsPerWorkload = PeakMemory.reset()
            let prepared = try workload.prepare(outputFolder: outputFolder)
            var laps: [Stopwatch.Lap] = []
            var lastOutcome: PreparedWorkload.Outcome?
            for _ in 0..<repeats {
                let start = stopwatch.read()
                let outcome = try prepared.run()
                laps.append(stopwatch.lap(since: start))
                lastOutcome = outcome
            }
            let peak = PeakMemory.peakBytes()
            processPeak = max(processPeak, peak ?? 0)
            let check = try lastOutcome?.check() ?? WorkloadCheck()
            let measurement = WorkloadMeasurement(workload: workload, laps: laps, peakBytes: peak,
                                                  peakIsPerWorkload: peakIsPerWorkload, check: check)
            measurements.append(measurement)
            progress(String(format: "%@: best %.4f s of %d", workload.name, measurement.bestWallSeconds, repeats))
        }
        return BenchReport(repeats: repeats, measurements: measurements, processPeakBytes: processPeak,
                           machineAtStart: machineAtStart, machineAtEnd: MachineDescription.current())
    }
}
