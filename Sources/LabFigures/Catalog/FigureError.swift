import Foundation

/// Why a catalogue figure could not be found or built, said so that a person can act on it.
public enum FigureError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// No catalogue figure has this name.
    case unknownFigure(String, known: [String])
    /// The figure needs the star table's `flag` column, and the table given has none.
    case missingFlag(figure: String, source: String, columns: [String])
    /// An estimator, a plot or the star table failed while the figure was being built;
    /// `reason` is that layer's own message.
    case recipeFailed(figure: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownFigure(name, known):
            return "no figure is named '\(name)'; expected one of: \(known.joined(separator: ", ")) "
                + "(`figures list` describes them)"
        case let .missingFlag(figure, source, columns):
            return "\(figure) needs the star table's 'flag' column (Helmi et al.'s 0 disk, 1 halo, "
                + "2 Gaia-Enceladus), but \(source) has none (columns: \(columns.joined(separator: ", "))); "
                + "use the lab's gaia_apogee_match_flag.csv rather than ..._noflag.csv, or leave out --data "
                + "to draw the bundled stand-in"
        case let .recipeFailed(figure, reason):
            return "\(figure) could not be drawn: \(reason)"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
