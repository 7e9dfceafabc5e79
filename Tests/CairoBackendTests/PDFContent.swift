import CCairo
import Foundation

/// The text of a PDF's Flate-compressed streams, for tests that check what cairo wrote.
enum PDFContent {
    /// Every stream that inflates, decompressed and joined with newlines.
    static func pageStreams(_ pdf: [UInt8]) throws -> String {
        let bytes = Data(pdf)
        var texts: [String] = []
        var cursor = bytes.startIndex
        while let start = bytes.range(of: Data("stream\n".utf8), in: cursor..<bytes.endIndex),
              let end = bytes.range(of: Data("endstream".utf8), in: start.upperBound..<bytes.endIndex) {
            if let text = inflate(Array(bytes[start.upperBound..<end.lowerBound])) { texts.append(text) }
            cursor = end.upperBound
        }
        return texts.joined(separator: "\n")
    }

    /// zlib data inflated into text, growing the buffer until it fits; nil when not zlib data.
    static func inflate(_ compressed: [UInt8]) -> String? {
        var capacity = max(1024, compressed.count * 8)
        while capacity < 1 << 28 {
            var output = [UInt8](repeating: 0, count: capacity)
            var length = UInt(capacity)
            let status = uncompress(&output, &length, compressed, UInt(compressed.count))
            if status == Z_OK { return String(decoding: output[..<Int(length)], as: UTF8.self) }
            guard status == Z_BUF_ERROR else { return nil }
            capacity *= 4
        }
        return nil
    }
}
