/// Text widths in DejaVu Sans from its advance widths, for layout decisions made before any
/// canvas exists (the drawn text is measured exactly by the backend).
enum ApproximateText {
    static func width(_ s: String, fontSize: Double) -> Double {
        var em = 0.0
        for ch in s {
            switch ch {
            case "0"..."9": em += 0.636
            case ".", ",", ":", ";", "i", "j", "l", "I", "|": em += 0.3
            case "\u{2212}", "+", "=", "<", ">": em += 0.838
            case "-": em += 0.361
            case " ": em += 0.318
            case "m", "w", "M", "W": em += 0.9
            case "A"..."Z": em += 0.7
            default: em += 0.6
            }
        }
        return em * fontSize
    }
}
