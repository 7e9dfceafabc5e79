import ArgumentParser
import Foundation
import Testing
@testable import figures

/// The command line as a user meets it: help everywhere, usage errors exit 2 with the usage,
/// every other failure one line on standard error and exit 1, and never a partial file.
@Suite("figures command line")
struct CommandLineTests {
    @Test("every command answers --help", arguments: [[], ["render"], ["list"], ["check"], ["fit"], ["make-stars"]])
    func help(_ command: [String]) throws {
        let result = try FiguresProcess.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE: figures"))
        #expect(result.standardError.isEmpty)
    }

    @Test func listNamesEveryFigureWithALine() throws {
        let result = try FiguresProcess.run(["list"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 24)
        #expect(lines.first?.hasPrefix("01-blobs") == true && lines.last?.hasPrefix("24-gaia-energy-angular-momentum") == true)
        #expect(lines.contains { $0.contains("08-gmm-density") && $0.contains("contours") })
        let verbose = try FiguresProcess.run(["list", "--verbose"])
        #expect(verbose.standardOutput.contains("In 19-20; 10 × 5 in; data: none"))
        #expect(verbose.standardOutput.contains("In 40; 10 × 7 in; data: star table with flag"))
    }

    @Test("usage errors exit 2 with the usage hint", arguments: [
        (["render"], "give one or more figure names"),
        (["render", "01-blobs", "--all"], "not both"),
        (["render", "99-nope"], "no figure is named '99-nope'"),
        (["render", "01-blobs", "--format", "png,gif"], "--format"),
        (["render", "01-blobs", "--dpi", "0"], "--dpi 0.0 is not usable"),
        (["check", "--tolerance=-1"], "--tolerance -1.0 is not usable"),
        (["make-stars", "--seed", "4294967296"], "--seed 4294967296 is out of range"),
        (["frobnicate"], "frobnicate"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let result = try FiguresProcess.run(arguments)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardError.contains("Usage: figures"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func renderWritesEachFormatAndReportsInCatalogueOrder() throws {
        let folder = try FiguresProcess.temporaryFolder("render")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try FiguresProcess.run(["render", "22-silhouette-diagram", "01-blobs", "--out", "out",
                                             "--format", "png,pdf,svg", "--dpi", "50"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("22-silhouette-diagram") && lines[1].hasPrefix("01-blobs"), "the order asked for")
        #expect(lines[2].hasPrefix("2 of 2 figures (PNG+PDF+SVG) written to"))
        let out = folder.appendingPathComponent("out")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["01-blobs.pdf", "01-blobs.png", "01-blobs.svg", "22-silhouette-diagram.pdf",
                          "22-silhouette-diagram.png", "22-silhouette-diagram.svg"])
        // 6.4 x 4.8 in at 50 dpi: a 320 x 240 PNG.
        let png = try Data(contentsOf: out.appendingPathComponent("01-blobs.png"))
        #expect(png.count > 24 && Array(png[16..<24]) == [0, 0, 1, 64, 0, 0, 0, 240])
        let pdf = try Data(contentsOf: out.appendingPathComponent("01-blobs.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
    }

    @Test func aFigureThatNeedsTheFlagSaysSoAndWritesNothing() throws {
        let folder = try FiguresProcess.temporaryFolder("noflag")
        defer { try? FileManager.default.removeItem(at: folder) }
        let flagged = try FiguresProcess.mockTable(in: folder)
        let text = try String(contentsOf: flagged, encoding: .utf8)
        let noflag = folder.appendingPathComponent("gaia_apogee_match_noflag.csv")
        try text.split(separator: "\n").map { $0.split(separator: ",").dropLast().joined(separator: ",") }
            .joined(separator: "\n").write(to: noflag, atomically: true, encoding: .utf8)
        let result = try FiguresProcess.run(["render", "19-confusion-gmm-aligned", "--data", noflag.path, "--out", "out"],
                                            in: folder)
        #expect(result.status == 1)
        let errors = result.standardError.split(separator: "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("Error: 19-confusion-gmm-aligned needs the star table's 'flag' column") == true)
        #expect(result.standardError.contains(noflag.path))
        #expect(result.standardOutput.contains("19-confusion-gmm-aligned  FAILED"))
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)) ?? []
        #expect(written.isEmpty, "no partial or stray file: \(written)")
    }

    @Test func unreadableDataIsOneLineNamingTheFile() throws {
        let folder = try FiguresProcess.temporaryFolder("baddata")
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try FiguresProcess.run(["render", "14-gaia-silhouette", "--data", "nope.csv"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.standardError.hasPrefix("Error: ") && missing.standardError.contains("nope.csv"))
        #expect(missing.standardError.split(separator: "\n").count == 1)

        let columns = folder.appendingPathComponent("columns.csv")
        try "source_id_1,vx\n1,2\n".write(to: columns, atomically: true, encoding: .utf8)
        let result = try FiguresProcess.run(["render", "14-gaia-silhouette", "--data", columns.path], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("has no columns 'vy', 'vz', 'En', 'Lz', 'apogee', 'feh', 'alpha'"))
    }

    @Test func makeStarsWritesTheBundledTable() throws {
        let folder = try FiguresProcess.temporaryFolder("stars")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try FiguresProcess.mockTable(in: folder)
        let bundled = FiguresProcess.packageRoot.appendingPathComponent("Sources/LabFigures/Resources/gaia_apogee_mock.csv")
        #expect(try Data(contentsOf: written) == Data(contentsOf: bundled))
        let stdout = try FiguresProcess.run(["make-stars", "--seed", "7"])
        #expect(stdout.status == 0)
        #expect(stdout.standardOutput.hasPrefix("source_id_1,vx,vy,vz,En,Lz,apogee,feh,alpha,flag\n"))
        #expect(stdout.standardOutput.split(separator: "\n").count == 527)
        #expect(stdout.standardOutput != (try String(contentsOf: bundled, encoding: .utf8)))
        let unwritable = try FiguresProcess.run(["make-stars", "--out", "/nonexistent/folder/stars.csv"])
        #expect(unwritable.status == 1 && unwritable.standardError.contains("cannot write /nonexistent/folder/stars.csv"))
    }

    @Test func failuresMapToStatusesInOnePlace() {
        #expect(FailureReport(ExitCode.failure).status == 1 && FailureReport(ExitCode.failure).message.isEmpty)
        let usage = FailureReport(ValidationError("bad"))
        #expect(usage.status == 2 && usage.message.hasPrefix("Error: bad") && !usage.toStandardOutput)
        let layer = FailureReport(CommandError.cannotWrite(path: "/x", reason: "no room"))
        #expect(layer.status == 1)
        #expect(layer.message == "Error: cannot write /x: no room; check that its folder exists and is writable")
    }
}
