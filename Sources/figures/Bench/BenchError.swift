/// What can stop a benchmark run, each with a message that says what to change.
enum BenchError: Error, Equatable, CustomStringConvertible {
    /// `--only` named no known workload.
    case unknownWorkload(String, known: [String])
    /// A workload's preparation or run threw; `stage` says which, `reason` is the underlying message.
    case workloadFailed(workload: String, stage: String, reason: String)
    /// The scratch folder for output files could not be made or written.
    case scratchFolder(path: String, reason: String)
    /// A repeat count outside what makes sense.
    case invalidRepeats(Int)

    var description: String {
        switch self {
        case .unknownWorkload(let name, let known):
            "unknown workload '\(name)'; workloads are: \(known.joined(separator: ", "))"
        case .workloadFailed(let workload, let stage, let reason):
            "workload \(workload) failed while \(stage): \(reason)"
        case .scratchFolder(let path, let reason):
            "cannot use \(path) for benchmark output files: \(reason); pass --output DIR with a writable folder"
        case .invalidRepeats(let n):
            "--repeats \(n) is out of range; expected 1...100 runs of each workload"
        }
    }
}
