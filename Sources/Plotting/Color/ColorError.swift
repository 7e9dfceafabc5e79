import Foundation

/// Why a colour, colour map or normalisation could not be made, with what was expected.
public enum ColorError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// No colour map has this name.
    case unknownColormap(String, known: [String])
    /// A colour string that is no name, hex code, grey level or 'CN' cycle reference.
    case unknownColor(String)
    /// A '#' colour whose digits are not 3, 4, 6 or 8 hexadecimal digits.
    case invalidHex(String)
    /// A grey level given as a string outside 0...1 (matplotlib's '0.8').
    case greyLevelOutOfRange(String)
    /// A norm whose lower limit is above its upper limit.
    case invertedLimits(vmin: Double, vmax: Double)
    /// A norm limit that is NaN, infinite, or not positive for a log norm.
    case invalidLimit(Double, what: String)
    /// Fewer boundaries than a `BoundaryNorm` needs, or boundaries not increasing.
    case invalidBoundaries([Double], reason: String)
    /// A colour map or palette made from no colours at all.
    case noColors(what: String)
    /// A count outside 1...Colormap.maximumRows.
    case invalidCount(Int, what: String)
    /// A palette name seaborn would not understand.
    case unknownPalette(String, known: [String])
    /// A parameter of a palette string (`"ch:s=.25,r=-.5"`) that is not a number or not known.
    case invalidPaletteArgument(String, argument: String)

    public var description: String {
        switch self {
        case .unknownColormap(let name, let known):
            "no colour map named '\(name)'; known maps are: \(known.joined(separator: ", ")) (add '_r' to reverse one)"
        case .unknownColor(let s):
            "'\(s)' is not a colour; use a name ('red', 'tab:blue', 'k'), a hex code ('#1f77b4'), "
                + "a grey level in quotes ('0.8') or a cycle colour ('C0')"
        case .invalidHex(let s):
            "'\(s)' is not a hex colour; write '#' and 3, 4, 6 or 8 hexadecimal digits, as '#1f77b4' or '#1f77b480'"
        case .greyLevelOutOfRange(let s):
            "grey level '\(s)' is outside 0...1 (0 is black, 1 white)"
        case .invertedLimits(let vmin, let vmax):
            "vmin \(vmin) is greater than vmax \(vmax); swap them or reverse the colour map"
        case .invalidLimit(let v, let what):
            "\(what) \(v) is not usable; it must be finite\(what.contains("log") ? " and positive" : "")"
        case .invalidBoundaries(let b, let reason):
            "boundaries \(b) are not usable: \(reason)"
        case .noColors(let what):
            "\(what) has no colours; give at least one"
        case .invalidCount(let n, let what):
            "\(n) is not a usable number of \(what); it must be between 1 and \(Colormap.maximumRows)"
        case .invalidPaletteArgument(let spec, let argument):
            "'\(argument)' in palette '\(spec)' is not understood; cubehelix takes numbers for s(tart), r(ot), "
                + "g(amma), h(ue), l(ight) and d(ark), as in 'ch:s=.25,r=-.5'"
        case .unknownPalette(let name, let known):
            "no palette named '\(name)'; known palettes are: \(known.joined(separator: ", ")), or any colour map name"
        }
    }

    /// The same message, so that `localizedDescription` says what is wrong too.
    public var errorDescription: String? { description }
}
