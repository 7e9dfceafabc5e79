import Foundation

/// Compares rendered PNGs with committed golden images, records new goldens, and leaves
/// failure artifacts where the message says: the one helper behind the golden-image tests
/// and `figures check`.
///
/// Goldens are compared on decoded pixels (`ImageComparison`), never on file bytes. The
/// default tolerance is an RMS of 0.25 on the 0-255 scale, far tighter than pytest-mpl's
/// 2: our goldens are made by the same cairo, pixman and FreeType that check them, so an
/// unchanged figure reproduces them exactly, while a single changed glyph in a 640 x 480
/// figure already moves the RMS past 1. The 0.25 leaves room for off-by-one rounding on up
/// to about 6 % of the channel values (a different SIMD path in pixman) and nothing else.
public struct GoldenImage: Sendable {
    /// When a golden file may be (re)written.
    public enum RecordMode: Sendable, Equatable {
        /// Record goldens that do not exist yet; compare the rest.
        case missing
        /// Overwrite every golden with the actual image.
        case all
        /// Never write a golden; a missing one is a failure.
        case never

        /// The mode the environment asks for: `never` whenever `CI` is set (whatever else is
        /// set), `all` when `RECORD_GOLDENS=1`, otherwise `missing`.
        public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> RecordMode {
            if let ci = environment["CI"], !ci.isEmpty { return .never }
            if environment["RECORD_GOLDENS"] == "1" { return .all }
            return .missing
        }
    }

    /// What one check came to.
    public enum Outcome: Sendable, Equatable {
        /// The actual image is within tolerance of the golden.
        case matched(rms: Double)
        /// The actual image was written as the golden; nothing was compared.
        case recorded(URL)
        /// The check failed; the message names the golden, the artifacts and the RMS.
        case failed(String)

        public var isMatch: Bool {
            if case .matched = self { return true }
            return false
        }
    }

    /// RMS on 0-255 that a match may not exceed (see the type's documentation).
    public static let defaultTolerance = 0.25

    /// Where goldens are read from (`NAME.png`).
    public var directory: URL
    /// Where goldens are recorded; tests read from their resource bundle but record into the source tree.
    public var recordDirectory: URL
    /// Where `NAME-actual.png` and `NAME-diff.png` go when a check fails.
    public var artifactDirectory: URL
    public var tolerance: Double
    public var recordMode: RecordMode

    public init(directory: URL, recordDirectory: URL? = nil, artifactDirectory: URL,
                tolerance: Double = GoldenImage.defaultTolerance, recordMode: RecordMode = .fromEnvironment()) {
        self.directory = directory
        self.recordDirectory = recordDirectory ?? directory
        self.artifactDirectory = artifactDirectory
        self.tolerance = tolerance
        self.recordMode = recordMode
    }

    /// Checks `actual` (PNG bytes) against the golden `NAME.png`, recording it if the mode allows.
    public func verify(png actual: [UInt8], name: String) -> Outcome {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            return .failed("golden name '\(name)' is not usable; expected a plain file name without '/' or a leading '.'")
        }
        let golden = directory.appendingPathComponent(name + ".png")
        let exists = FileManager.default.fileExists(atPath: golden.path)

        if recordMode == .all || (recordMode == .missing && !exists) {
            let target = recordDirectory.appendingPathComponent(name + ".png")
            do {
                try AtomicFile.write(actual, to: target)
                return .recorded(target)
            } catch {
                return .failed("\(name): could not record the golden: \(error)")
            }
        }
        guard exists else {
            return .failed("\(name): golden \(golden.path) is missing and recording is off"
                + (recordMode == .never ? " (CI is set)" : "")
                + "; record it on a development machine (a missing golden is recorded on the first run, "
                + "RECORD_GOLDENS=1 re-records all) and commit it")
        }

        let expectedBitmap: Bitmap
        do {
            expectedBitmap = try Bitmap(png: try [UInt8](Data(contentsOf: golden)))
        } catch {
            return .failed("\(name): cannot read golden \(golden.path): \(error)")
        }
        let actualBitmap: Bitmap
        do {
            actualBitmap = try Bitmap(png: actual)
        } catch {
            return .failed("\(name): the actual image cannot be decoded: \(error)")
        }
        let comparison = ImageComparison(expected: expectedBitmap, actual: actualBitmap)
        if comparison.passes(tolerance: tolerance), let rms = comparison.rms {
            return .matched(rms: rms)
        }
        return .failed(writeArtifacts(name: name, actual: actual, comparison: comparison, golden: golden))
    }

    /// Writes the failure artifacts and returns the message naming them.
    private func writeArtifacts(name: String, actual: [UInt8], comparison: ImageComparison, golden: URL) -> String {
        var message = "\(name): does not match golden \(golden.path): \(comparison.summary)"
        if comparison.rms != nil { message += " (tolerance RMS \(tolerance))" }
        let actualURL = artifactDirectory.appendingPathComponent(name + "-actual.png")
        let diffURL = artifactDirectory.appendingPathComponent(name + "-diff.png")
        do {
            try AtomicFile.write(actual, to: actualURL)
            message += "; actual image: \(actualURL.path)"
            if let diff = comparison.diff {
                try AtomicFile.write(try diff.pngData(), to: diffURL)
                message += "; difference x10: \(diffURL.path)"
            }
        } catch {
            message += "; the artifacts could not be written: \(error)"
        }
        return message + "; if the change is intended, re-record with RECORD_GOLDENS=1 and commit the golden"
    }
}
