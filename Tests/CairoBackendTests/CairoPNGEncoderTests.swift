@testable import CairoBackend
import CCairo
import Foundation
import Plotting
import Testing

/// The backend's own PNG writer (`PNGEncoder`) must hold exactly the pixels cairo's writer
/// (libpng's defaults) held, in the same colour type, as a valid PNG, every time the same bytes.
@Suite struct CairoPNGEncoderTests {
    /// An image surface filled by `pixel(x, y)` (premultiplied ARGB, or xRGB for RGB24).
    static func surface(width: Int, height: Int, opaque: Bool, _ pixel: (Int, Int) -> UInt32) throws -> CairoSurface {
        let surface = try CairoSurface(imageWidth: width, height: height, opaque: opaque)
        cairo_surface_flush(surface.raw)
        let data = try #require(cairo_image_surface_get_data(surface.raw))
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(data + y * surface.stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { row[x] = pixel(x, y) }
        }
        cairo_surface_mark_dirty(surface.raw)
        return surface
    }

    /// PNG bytes from cairo's own writer, the reference.
    static func cairoPNG(_ surface: CairoSurface) throws -> [UInt8] {
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) { cairo_surface_write_to_png_stream(surface.raw, ByteSink.write, sink.closure) }
        #expect(status == CAIRO_STATUS_SUCCESS)
        return sink.bytes
    }

    /// A premultiplied pixel with every alpha, colours up to that alpha (as premultiplied must be).
    static func translucent(_ x: Int, _ y: Int, random: inout CairoMarkerTests.Random) -> UInt32 {
        let alpha = UInt32((x * 7 + y * 13) % 256)
        func channel() -> UInt32 { alpha == 0 ? 0 : UInt32(random.next() * Double(alpha + 1)) & 0xff }
        return alpha << 24 | min(alpha, channel()) << 16 | min(alpha, channel()) << 8 | min(alpha, channel())
    }

    @Test func translucentPixelsAreUnpremultipliedExactlyAsCairosWriterDoes() throws {
        var random = CairoMarkerTests.Random(state: 5)
        let surface = try Self.surface(width: 97, height: 61, opaque: false) { x, y in Self.translucent(x, y, random: &random) }
        let ours = try PNGEncoder.encode(surface, dpi: nil)
        let theirs = try Self.cairoPNG(surface)
        #expect(try #require(PNGInspection(ours)).colorType == 6)
        #expect(try #require(PNGInspection(theirs)).colorType == 6)
        #expect(try Bitmap(png: ours) == Bitmap(png: theirs))
        // The stored bytes themselves: unfiltered rows of straight RGBA, each channel
        // (c × 255 + alpha / 2) / alpha as cairo's unpremultiply_data rounds it, 0 where alpha is 0.
        let rows = try Self.inflatedRows(ours)
        #expect(rows.count == 61 * (1 + 97 * 4))
        var mismatches = 0
        random = CairoMarkerTests.Random(state: 5)
        for y in 0..<61 {
            #expect(rows[y * (1 + 97 * 4)] == 0, "row \(y) is unfiltered")
            for x in 0..<97 {
                let p = Self.translucent(x, y, random: &random)
                let a = p >> 24
                let expected: [UInt32] = a == 0 ? [0, 0, 0, 0]
                    : [(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff].map { ($0 * 255 + a / 2) / a } + [a]
                let stored = (0..<4).map { UInt32(rows[y * (1 + 97 * 4) + 1 + x * 4 + $0]) }
                if stored != expected { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }

    /// The decompressed IDAT data: each row's filter byte, then its pixels.
    static func inflatedRows(_ png: [UInt8]) throws -> [UInt8] {
        let inspection = try #require(PNGInspection(png))
        let compressed = inspection.chunks.filter { $0.type == "IDAT" }.flatMap(\.data)
        let width = Int(inspection.width), height = Int(inspection.height)
        let channels = inspection.colorType == 6 ? 4 : 3
        var rows = [UInt8](repeating: 0, count: height * (1 + width * channels))
        var length = UInt(rows.count)
        let status = uncompress(&rows, &length, compressed, UInt(compressed.count))
        #expect(status == Z_OK)
        #expect(Int(length) == rows.count)
        return rows
    }

    @Test(arguments: [true, false])
    func opaquePixelsAreWrittenAsRGBWhateverTheSurface(rgb24: Bool) throws {
        var random = CairoMarkerTests.Random(state: 9)
        let surface = try Self.surface(width: 130, height: 70, opaque: rgb24) { _, _ in
            0xff00_0000 | UInt32(random.next() * 16_777_216) & 0xff_ffff
        }
        let png = try PNGEncoder.encode(surface, dpi: 100)
        let inspection = try #require(PNGInspection(png))
        #expect(inspection.colorType == 2)
        #expect(inspection.colorType == (try #require(PNGInspection(try Self.cairoPNG(surface)))).colorType)
        #expect(try Bitmap(png: png) == Bitmap(surface: surface))
        #expect(try Self.inflatedRows(png).enumerated().allSatisfy { $0.offset % (1 + 130 * 3) != 0 || $0.element == 0 })
        #expect(inspection.chunks.map(\.type) == ["IHDR", "pHYs", "bKGD", "IDAT", "IEND"])
        #expect(inspection.chunks.allSatisfy { $0.crcIsValid })
    }

    @Test func largeImagesAreSplitIntoIDATChunksThatDecodeToTheSamePixels() throws {
        // Noise does not compress: about 3.4 MB of IDAT data, four chunks of at most 1 MiB.
        var random = CairoMarkerTests.Random(state: 3)
        let surface = try Self.surface(width: 1100, height: 1030, opaque: true) { _, _ in
            UInt32(random.next() * 16_777_216) & 0xff_ffff
        }
        let png = try PNGEncoder.encode(surface, dpi: 72)
        let inspection = try #require(PNGInspection(png))
        let idat = inspection.chunks.filter { $0.type == "IDAT" }
        #expect(idat.count == 4)
        #expect(idat.dropLast().allSatisfy { $0.data.count == PNGEncoder.maxChunkBytes })
        #expect(inspection.chunks.allSatisfy { $0.crcIsValid })
        #expect(try Bitmap(png: png) == Bitmap(surface: surface))
        #expect(try PNGEncoder.encode(surface, dpi: 72) == png)
    }

    @Test func figuresCompressBetterThanCairosWriter() throws {
        // The marker golden page: flat colour, antialiased edges, repeated stamps.
        let surface = try PageRenderer.renderImage(GoldenPage.markers.page)
        let ours = try PNGEncoder.encode(surface, dpi: nil)
        let theirs = try Self.cairoPNG(surface)
        #expect(try Bitmap(png: ours) == Bitmap(png: theirs))
        #expect(ours.count < theirs.count, "\(ours.count) bytes against cairo's \(theirs.count)")
    }
}
