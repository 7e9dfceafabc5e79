import Foundation
import Testing

/// Mistyped command lines end in exit status 2 with the message and the usage hint, before
/// anything is read or written.
@Suite("figures: usage errors")
struct UsageErrorTests {
    static let known = ["01-blobs", "05-elbow-inertia", "17-confusion-gmm", "24-gaia-energy-angular-momentum"]

    @Test("an unknown figure name lists the known ones")
    func unknownFigure() throws {
        let space = try Workspace()
        let run = try space.run(["render", "05-elbow", "--out", "out"])
        Expect.usageError(run, mentions: ["no figure is named '05-elbow'; expected one of: "] + Self.known
                          + ["`figures list`"])
        #expect(space.contents("").isEmpty, "no output folder is created")
    }

    @Test("unusable arguments", arguments: [
        (["render", "01-blobs", "--format", "gif"], ["The value 'gif' is invalid for '--format <list>'", "'png', 'pdf' or 'svg'"]),
        (["render", "01-blobs", "--format", "png,,pdf"], ["'png,,pdf' is invalid for '--format <list>'"]),
        (["render", "01-blobs", "--dpi", "0"], ["--dpi 0.0 is not usable; expected a resolution in (0, 2400]"]),
        (["render", "01-blobs", "--dpi=-72"], ["--dpi -72.0 is not usable"]),
        (["render", "01-blobs", "--dpi", "nan"], ["--dpi nan is not usable"]),
        (["render", "01-blobs", "--dpi", "inf"], ["--dpi inf is not usable"]),
        (["render", "01-blobs", "--dpi", "lots"], ["The value 'lots' is invalid for '--dpi <n>'"]),
        (["render"], ["give one or more figure names (see `figures list`) or --all"]),
        (["render", "--all", "01-blobs"], ["give figure names or --all, not both"]),
        (["render", "01-blobs", "--bogus"], ["Unknown option '--bogus'"]),
        (["render", "01-blobs", "--data"], ["Missing value for '--data <file.csv>'"]),
        (["draw", "01-blobs"], ["2 unexpected arguments: 'draw', '01-blobs'"]),
        (["--out", "out"], ["Unknown option '--out'"]),
    ] as [([String], [String])])
    func unusableArguments(arguments: [String], fragments: [String]) throws {
        let space = try Workspace()
        let run = try space.run(arguments.first == "render" ? arguments + ["--out", "out"] : arguments)
        Expect.usageError(run, mentions: fragments)
        #expect(space.contents("").isEmpty, "nothing is written")
    }

    @Test("help goes to standard output with status 0")
    func help() throws {
        let space = try Workspace()
        let run = try space.run(["render", "--help"])
        Expect.success(run)
        #expect(run.standardOutput.contains("USAGE: figures render"))
    }
}
