/// A workload with its data made and ready: `run` is the part that is timed, and what it
/// returns computes the check values of that run afterwards, outside the timing.
struct PreparedWorkload {
    /// What one timed run leaves behind: a way to compute its check values.
    struct Outcome {
        let check: () throws(BenchError) -> WorkloadCheck
    }

    let workload: BenchWorkload
    /// The timed work.
    let run: () throws(BenchError) -> Outcome

    /// Runs `body`, turning any error it throws into `BenchError.workloadFailed` that names
    /// the workload and the stage (`"preparing"`, `"running"`, `"checking"`).
    static func attempt<T>(_ workload: BenchWorkload, _ stage: String, _ body: () throws -> T) throws(BenchError) -> T {
        do {
            return try body()
        } catch let error as BenchError {
            throw error
        } catch {
            throw .workloadFailed(workload: workload.name, stage: stage, reason: String(describing: error))
        }
    }
}
