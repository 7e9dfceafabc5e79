import Foundation
import Testing

/// `figures make-stars --out`: the table is written whole into place, or not at all, with a
/// message that names the part of the path at fault.
@Suite("figures make-stars: writing the table")
struct MakeStarsTests {
    @Test("--out writes the same bytes as standard output, and nothing else")
    func writesWhole() throws {
        let space = try Workspace()
        let printed = try space.run(["make-stars"])
        Expect.success(printed)
        try FileManager.default.createDirectory(at: space.url("tables"), withIntermediateDirectories: true)
        let written = try space.run(["make-stars", "--out", "tables/stars.csv"])
        Expect.success(written)
        #expect(space.contents("tables") == ["stars.csv"], "no temporary file is left beside it")
        #expect(try String(contentsOf: space.url("tables/stars.csv"), encoding: .utf8) == printed.standardOutput)
    }

    @Test("a folder that does not exist is reported, not created")
    func missingFolder() throws {
        let space = try Workspace()
        let run = try space.run(["make-stars", "--out", "tables/stars.csv"])
        Expect.failure(run, mentions: ["cannot write ", "/tables/stars.csv: its folder ", "/tables: it does not exist; "
                                       + "check that its folder exists and is writable"])
        #expect(space.contents("").isEmpty)
    }

    @Test("a folder in the path that is a file")
    func parentIsAFile() throws {
        let space = try Workspace()
        try space.write("talk", "slides")
        let run = try space.run(["make-stars", "--out", "talk/stars.csv"])
        Expect.failure(run, mentions: ["cannot write ", "/talk/stars.csv: its folder ", "/talk: it is a file, not a folder"])
        #expect(space.contents("") == ["talk"])
    }

    @Test("a path that is a folder: the write fails, nothing is left behind")
    func targetIsAFolder() throws {
        let space = try Workspace()
        try FileManager.default.createDirectory(at: space.url("stars.csv"), withIntermediateDirectories: true)
        let run = try space.run(["make-stars", "--out", "stars.csv"])
        Expect.failure(run, mentions: ["cannot write ", "/stars.csv: replacing the file failed (Is a directory)"])
        #expect(space.contents("") == ["stars.csv"])
        #expect(space.contents("stars.csv").isEmpty)
    }

    @Test("a seed outside numpy's range is a usage error")
    func badSeed() throws {
        let space = try Workspace()
        Expect.usageError(try space.run(["make-stars", "--seed", "4294967296"]),
                          mentions: ["--seed 4294967296 is out of range; expected an integer in 0...4294967295"])
    }
}
