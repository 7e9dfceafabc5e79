import Foundation

/// Why a `$...$` expression could not be parsed, and where.
///
/// Offsets count characters (grapheme clusters) from the start of the line being parsed (the whole
/// label for single-line text), so a message can point at the character at fault.
/// `TextLayout` never fails: it draws a line that does not parse as literal text and
/// keeps the error in `TextLayout.errors` for callers that want to report it.
public enum MathTextError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// A backslash command the mathtext subset does not know, such as `\binom`.
    case unknownCommand(name: String, offset: Int)
    /// A `{` without its `}`.
    case unclosedGroup(offset: Int)
    /// A `}` that closes nothing.
    case unexpectedCloseBrace(offset: Int)
    /// `_` or `^` (or a command that needs one) with nothing after it to apply to.
    case missingArgument(after: String, offset: Int)
    /// Two subscripts (`x_1_2`) or two superscripts (`x^1^2`) on one nucleus.
    case doubleScript(String, offset: Int)
    /// A character mathtext does not accept inside `$...$`, such as `#` or `%` (write `\%`).
    case unexpectedCharacter(Character, offset: Int)
    /// A malformed argument, such as `\hspace{abc}` or `\left` without a delimiter.
    case invalidArgument(command: String, argument: String, offset: Int)
    /// Groups and scripts nested deeper than `limit` levels.
    case nestedTooDeeply(limit: Int, offset: Int)
    /// A `$` that opens math which no later `$` closes.
    case unclosedMath(offset: Int)
    /// A `[` opening a root index (`\sqrt[3]{x}`) without its `]`.
    case unclosedIndex(offset: Int)

    /// Where in the line the problem was found.
    public var offset: Int {
        switch self {
        case .unknownCommand(_, let o), .unclosedGroup(let o), .unexpectedCloseBrace(let o),
             .missingArgument(_, let o), .doubleScript(_, let o), .unexpectedCharacter(_, let o),
             .invalidArgument(_, _, let o), .nestedTooDeeply(_, let o), .unclosedMath(let o), .unclosedIndex(let o):
            o
        }
    }

    public var description: String {
        switch self {
        case .unknownCommand(let name, let o):
            "unknown command '\\\(name)' at offset \(o); the mathtext subset knows Greek letters, "
                + "common symbols (\\times, \\pm, \\cdot, \\leq, ...), \\mathrm{}, \\mathit{}, \\mathbf{}, "
                + "\\text{}, \\frac{}{}, \\sqrt{}, accents (\\hat, \\bar, \\vec, ...), "
                + "function names (\\log, \\sin, ...) and spaces (\\, \\; \\quad)"
        case .unclosedGroup(let o):
            "'{' at offset \(o) is never closed; add a matching '}'"
        case .unexpectedCloseBrace(let o):
            "'}' at offset \(o) closes no group; remove it or add the '{' it belongs to"
        case .missingArgument(let after, let o):
            "'\(after)' at offset \(o) needs something after it (a character or a {group})"
        case .doubleScript(let kind, let o):
            "double \(kind) at offset \(o); group the scripts instead, as in x_{12} or {x^a}^b"
        case .unexpectedCharacter(let c, let o):
            "character '\(c)' at offset \(o) is not allowed in math; escape it (\\%, \\#) or move it outside $...$"
        case .invalidArgument(let command, let argument, let o):
            "'\\\(command)' at offset \(o) cannot take '\(argument)'"
        case .nestedTooDeeply(let limit, let o):
            "groups and scripts nest more than \(limit) levels deep at offset \(o)"
        case .unclosedMath(let o):
            "'$' at offset \(o) opens math that is never closed; add a '$' or write '\\$' for a dollar sign"
        case .unclosedIndex(let o):
            "'[' at offset \(o) opens a root index that is never closed; add ']', as in \\sqrt[3]{x}"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
