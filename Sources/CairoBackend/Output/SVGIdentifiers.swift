/// Makes cairo's SVG output byte-identical between runs.
///
/// Cairo 1.16 names `<g id="surfaceN">` and `<image id="imageN">` after process-wide
/// counters, so the second rendering of the same page in one process gets other numbers.
/// This renumbers both families from 1 in order of first appearance, rewriting every
/// definition and reference (`id="surface3"`, `xlink:href="#image7"`, `url(#surface3)`)
/// consistently; nothing else in the document changes.
enum SVGIdentifiers {
    private static let families: [[UInt8]] = [Array("surface".utf8), Array("image".utf8)]

    static func normalize(_ svg: [UInt8]) -> [UInt8] {
        var maps: [[Int: Int]] = Array(repeating: [:], count: families.count)
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var i = 0
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#")
        while i < svg.count {
            let byte = svg[i]
            out.append(byte)
            i += 1
            guard byte == quote || byte == hash else { continue }
            for (f, name) in families.enumerated() where matches(svg, at: i, name) {
                let digitsStart = i + name.count
                var end = digitsStart
                var number = 0
                while end < svg.count, svg[end] >= UInt8(ascii: "0"), svg[end] <= UInt8(ascii: "9"), end - digitsStart < 18 {
                    number = number * 10 + Int(svg[end] - UInt8(ascii: "0"))
                    end += 1
                }
                guard end > digitsStart else { continue }
                let renumbered = maps[f][number] ?? (maps[f].count + 1)
                maps[f][number] = renumbered
                out += name
                out += Array(String(renumbered).utf8)
                i = end
                break
            }
        }
        return out
    }

    private static func matches(_ bytes: [UInt8], at offset: Int, _ word: [UInt8]) -> Bool {
        guard offset + word.count <= bytes.count else { return false }
        for k in 0..<word.count where bytes[offset + k] != word[k] { return false }
        return true
    }
}
