/// Failures of the command line itself (not of the layers it calls), each with its fix.
enum CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)

    var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            "cannot write \(path): \(reason); check that its folder exists and is writable"
        }
    }
}
