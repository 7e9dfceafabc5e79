import Foundation
import Testing

/// Standard output that cannot be written (a full disk behind `> file`) is a failure with a
/// message on standard error, not a crash in Foundation's `FileHandle.write`.
@Suite("figures: standard output that cannot be written")
struct StandardOutputTests {
    @Test("every command that prints, printing into /dev/full", arguments: [
        ["list"], ["make-stars"], ["fit", "kmeans", "--data", "six.csv", "--columns", "a,b", "--components", "2"],
        ["render", "01-blobs", "--out", "out", "--format", "svg"],
    ])
    func fullDevice(arguments: [String]) throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"))
        let space = try Workspace()
        try space.write("six.csv", FitErrorTests.six)
        let run = try space.run(arguments, standardOutputPath: "/dev/full")
        Expect.failure(run, mentions: ["cannot write to standard output: No space left on device"])
    }
}
