import Foundation

/// A PNG reader written for the tests, independent of the backend's own chunk code:
/// it walks the chunks and checks each CRC with a bit-by-bit CRC-32.
struct PNGInspection {
    struct Chunk {
        var type: String
        var data: [UInt8]
        var crcIsValid: Bool
    }

    var chunks: [Chunk] = []

    init?(_ bytes: [UInt8]) {
        guard bytes.count > 8, bytes[0..<8].elementsEqual([137, 80, 78, 71, 13, 10, 26, 10]) else { return nil }
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = Int(PNGInspection.uint32(bytes, offset))
            guard offset + 12 + length <= bytes.count else { return nil }
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let data = Array(bytes[(offset + 8)..<(offset + 8 + length)])
            let crc = PNGInspection.uint32(bytes, offset + 8 + length)
            chunks.append(Chunk(type: type, data: data,
                                crcIsValid: crc == PNGInspection.crc32(Array(bytes[(offset + 4)..<(offset + 8 + length)]))))
            offset += 12 + length
        }
    }

    var width: Int { chunks.first.map { Int(PNGInspection.uint32($0.data, 0)) } ?? -1 }
    var height: Int { chunks.first.map { Int(PNGInspection.uint32($0.data, 4)) } ?? -1 }
    var bitDepth: Int { chunks.first.map { Int($0.data[8]) } ?? -1 }
    /// 2 is RGB, 6 is RGBA.
    var colorType: Int { chunks.first.map { Int($0.data[9]) } ?? -1 }

    static func uint32(_ b: [UInt8], _ o: Int) -> UInt32 {
        UInt32(b[o]) << 24 | UInt32(b[o + 1]) << 16 | UInt32(b[o + 2]) << 8 | UInt32(b[o + 3])
    }

    /// CRC-32 (polynomial 0xEDB88320, reflected) computed bit by bit, with no table.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes contain `needle` as ASCII.
    func containsASCII(_ needle: String) -> Bool { occurrences(of: needle) > 0 }

    /// How many times `needle` occurs (non-overlapping) as ASCII.
    func occurrences(of needle: String) -> Int {
        let n = Array(needle.utf8)
        guard !n.isEmpty, n.count <= count else { return 0 }
        var found = 0
        var i = 0
        while i <= count - n.count {
            if self[i] == n[0] && self[i..<(i + n.count)].elementsEqual(n) {
                found += 1
                i += n.count
            } else {
                i += 1
            }
        }
        return found
    }

    var ascii: String { String(decoding: self, as: UTF8.self) }
}
