/// The few PNG chunk operations the backend needs: walking a PNG's chunks and reading its
/// header without decoding its pixels (`PNGEncoder` writes them).
enum PNGFile {
    static let signature: [UInt8] = [137, 80, 78, 71, 13, 10, 26, 10]

    /// A chunk: its four-letter type and where its data lies in the file.
    struct Chunk {
        var type: String
        var data: Range<Int>
        var crcMatches: Bool
    }

    /// The chunks of a PNG in order, or a `notAPNG` error saying what is malformed.
    static func chunks(_ png: [UInt8]) throws(CairoError) -> [Chunk] {
        guard png.count >= 8, Array(png[0..<8]) == signature else {
            throw CairoError.notAPNG(reason: "it does not start with the PNG signature")
        }
        var chunks: [Chunk] = []
        var offset = 8
        while offset < png.count {
            guard png.count - offset >= 12 else {
                throw CairoError.notAPNG(reason: "truncated chunk header at byte \(offset)")
            }
            let length = Int(readUInt32(png, offset))
            guard length <= png.count - offset - 12 else {
                throw CairoError.notAPNG(reason: "chunk at byte \(offset) claims \(length) bytes, more than the file holds")
            }
            let typeBytes = png[(offset + 4)..<(offset + 8)]
            let type = String(decoding: typeBytes, as: UTF8.self)
            let data = (offset + 8)..<(offset + 8 + length)
            let stored = readUInt32(png, data.upperBound)
            let computed = CRC32.checksum(png[(offset + 4)..<data.upperBound])
            chunks.append(Chunk(type: type, data: data, crcMatches: stored == computed))
            offset = data.upperBound + 4
            if type == "IEND" { break }
        }
        guard chunks.first?.type == "IHDR", let header = chunks.first, header.data.count == 13 else {
            throw CairoError.notAPNG(reason: "the first chunk is not a 13-byte IHDR")
        }
        return chunks
    }

    /// Width and height from the IHDR chunk.
    static func dimensions(_ png: [UInt8]) throws(CairoError) -> (width: Int, height: Int) {
        let header = try chunks(png)[0]
        return (Int(readUInt32(png, header.data.lowerBound)), Int(readUInt32(png, header.data.lowerBound + 4)))
    }

    static func readUInt32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    static func appendUInt32(_ bytes: inout [UInt8], _ value: UInt32) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }
}
