/// Failures of the command line itself (not of the layers it calls), each with its fix.
enum CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// An estimator refused the data or its settings; `reason` is the estimator's message.
    case fitFailed(model: String, source: String, columns: [String], reason: String)

    var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            "cannot write \(path): \(reason); check that its folder exists and is writable"
        case let .fitFailed(model, source, columns, reason):
            "cannot fit \(model) to \(source) (columns \(columns.joined(separator: ", "))): \(reason)"
        }
    }
}
