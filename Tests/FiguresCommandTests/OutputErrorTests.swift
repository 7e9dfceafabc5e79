import Foundation
import Testing

/// Output that cannot be written ends in exit status 1 and one line saying which folder or
/// file and why; files are written whole or not at all, and an earlier good file survives.
@Suite("figures: output that cannot be written")
struct OutputErrorTests {
    static let figure = DataErrorTests.figure

    @Test("a success writes exactly the files asked for, nothing temporary beside them")
    func success() throws {
        let space = try Workspace()
        let run = try space.run(["render", Self.figure, "--out", "out", "--format", "svg,png,pdf"])
        Expect.success(run)
        #expect(space.contents("out") == ["pdf", "png", "svg"].map { "\(Self.figure).\($0)" })
        #expect(run.standardOutput.contains("1 of 1 figures (SVG+PNG+PDF) written to"))
    }

    @Test("an output folder below a file names the file; nothing is created")
    func folderBelowAFile() throws {
        let space = try Workspace()
        try space.write("talk", "slides, not a folder")
        let run = try space.run(["render", Self.figure, "--out", "talk/figures"])
        Expect.failure(run, mentions: ["\(Self.figure): cannot use output folder ", "talk/figures: ",
                                       "/talk is a file, not a folder"])
        #expect(space.contents("") == ["talk"])
    }

    @Test("an output folder that is a file")
    func folderIsAFile() throws {
        let space = try Workspace()
        try space.write("out", "a file")
        let run = try space.run(["render", Self.figure, "--out", "out"])
        Expect.failure(run, mentions: ["cannot use output folder ", "/out: it is a file, not a folder"])
    }

    @Test("an output folder that cannot be created (/proc refuses even root)")
    func folderCannotBeCreated() throws {
        let space = try Workspace()
        let run = try space.run(["render", Self.figure, "--out", "/proc/lab-figures-test/out"])
        Expect.failure(run, mentions: ["cannot use output folder /proc/lab-figures-test/out: it cannot be created "
                                       + "(creating /proc/lab-figures-test failed: No such file or directory)"])
    }

    @Test("an output folder without write permission (skipped as root, who may write anywhere)",
          .enabled(if: geteuid() != 0))
    func folderNotWritable() throws {
        let space = try Workspace()
        try FileManager.default.createDirectory(at: space.url("locked"), withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: space.url("locked").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: space.url("locked").path) }
        let run = try space.run(["render", Self.figure, "--out", "locked"])
        Expect.failure(run, mentions: ["locked: cannot create a file in it (Permission denied)"])
        #expect(space.contents("locked").isEmpty)
    }

    @Test("a folder where the file should go: the write fails, no temporary file is left")
    func targetIsAFolder() throws {
        let space = try Workspace()
        try FileManager.default.createDirectory(at: space.url("out/\(Self.figure).png"), withIntermediateDirectories: true)
        let run = try space.run(["render", Self.figure, "--out", "out", "--format", "png"])
        Expect.failure(run, mentions: ["cannot write ", "out/\(Self.figure).png: replacing the file failed (Is a directory)",
                                       "any earlier file there is unchanged"])
        #expect(space.contents("out") == ["\(Self.figure).png"])
        #expect(space.contents("out/\(Self.figure).png").isEmpty)
    }

    @Test("a raster over the pixel budget is refused before drawing; the earlier good file stays intact")
    func pixelBudget() throws {
        let space = try Workspace()
        let good = Array("an earlier good figure".utf8)
        try space.write("out/\(Self.figure).png", good)
        // 8 in wide at 2400 dpi: 19200 pixels, over 32767 on no side but far over 100 megapixels.
        let run = try space.run(["render", Self.figure, "--out", "out", "--dpi", "2400", "--format", "png"])
        Expect.failure(run, mentions: ["\(Self.figure): a 19200 x ", " pixel raster is too large; expected at most "
                                       + "100000000 pixels in all and at most 32767 on a side: lower the dpi or the page size"])
        #expect(space.contents("out") == ["\(Self.figure).png"], "no new or temporary file")
        #expect(try Data(contentsOf: space.url("out/\(Self.figure).png")) == Data(good))
    }

    @Test("one figure failing does not stop the others; the run still fails with its message")
    func oneOfSeveralFails() throws {
        let space = try Workspace()
        try FileManager.default.createDirectory(at: space.url("out/01-blobs.png"), withIntermediateDirectories: true)
        let run = try space.run(["render", "01-blobs", Self.figure, "--out", "out", "--format", "png"])
        Expect.failure(run, mentions: ["cannot write ", "out/01-blobs.png: replacing the file failed"])
        #expect(space.contents("out") == ["01-blobs.png", "\(Self.figure).png"])
        #expect(run.standardOutput.contains("1 of 2 figures (PNG) written to"))
    }
}
