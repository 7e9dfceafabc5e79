import ArgumentParser
import Foundation

/// The one place where failures become messages and exit statuses.
///
/// Errors of every layer (star table, CSV table, estimators, plotting, Cairo, the
/// catalogue, this command) print their own one-line description after "Error: " on
/// standard error and exit with 1. Usage errors (unknown options, bad values, failed
/// validation) print the message and the usage hint and exit with 2 instead of
/// ArgumentParser's 64. Help and version requests print to standard output and exit with 0.
/// An `ExitCode` thrown on purpose (a failed `check`) exits with its code, silently.
struct FailureReport {
    /// Exit status of a usage error (ArgumentParser's own is 64, `EX_USAGE`).
    static let usageStatus: Int32 = 2
    /// Exit status of every other failure.
    static let failureStatus: Int32 = 1

    /// The text to print (empty for none).
    let message: String
    /// Where it goes: standard output for help, standard error otherwise.
    let toStandardOutput: Bool
    let status: Int32

    init(_ error: Error) {
        let code = Figures.exitCode(for: error)
        var text = Figures.fullMessage(for: error)
        // Some layers write messages over several lines (a table cell and its context); keep one.
        if !(error is CleanExit), code != .validationFailure, code != .success {
            text = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        message = text
        toStandardOutput = code == .success
        switch code {
        case .success: status = 0
        case .validationFailure: status = Self.usageStatus
        default: status = code.rawValue == 0 ? Self.failureStatus : code.rawValue
        }
    }

    /// Prints the message where it belongs and returns the status.
    func deliver() -> Int32 {
        if !message.isEmpty {
            if toStandardOutput {
                print(message)
            } else {
                Console.error(message)
            }
        }
        return status
    }
}
