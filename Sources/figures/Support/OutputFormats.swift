import ArgumentParser
import CairoBackend
import Foundation

/// A comma-separated list of output formats (`png,pdf,svg`), in the order given, without repeats.
struct OutputFormats: ExpressibleByArgument, Sendable {
    let formats: [OutputFormat]

    init(_ formats: [OutputFormat]) {
        self.formats = formats
    }

    init?(argument: String) {
        var list: [OutputFormat] = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let format = OutputFormat(pathExtension: name) else { return nil }
            if !list.contains(format) { list.append(format) }
        }
        guard !list.isEmpty else { return nil }
        formats = list
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}
