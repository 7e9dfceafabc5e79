import Foundation
import Plotting
import Testing
@testable import LabFigures

/// The catalogue: the specification's names in order, honest sizes and data needs, and the
/// stand-in footnote exactly when the bundled mock is drawn.
@Suite("Figure catalogue")
struct FigureCatalogTests {
    /// The names of spec/figures.md, in order.
    static let specifiedNames = [
        "01-blobs", "02-kmeans-clusters", "03-kmeans-regions-k4", "04-kmeans-regions-k3", "05-elbow-inertia",
        "06-silhouette-curve", "07-gmm-data", "08-gmm-density", "09-gmm-samples", "10-gmm-bic-aic",
        "11-bgmm-clusters", "12-gaia-pairplot", "13-gaia-pairplot-gmm", "14-gaia-silhouette",
        "15-gaia-pairplot-tuned", "16-gaia-pairplot-tuned-gmm", "17-confusion-gmm", "18-confusion-kmeans",
        "19-confusion-gmm-aligned", "20-confusion-kmeans-aligned", "21-bgmm-weights", "22-silhouette-diagram",
        "23-gmm-ellipses", "24-gaia-energy-angular-momentum",
    ]

    @Test func namesAreTheSpecificationsInOrder() {
        #expect(FigureCatalog.names == Self.specifiedNames)
        #expect(FigureCatalog.entries.allSatisfy { !$0.summary.isEmpty && $0.summary.count <= 100 })
        #expect(FigureCatalog.entries.prefix(20).allSatisfy { $0.labCells != nil })
        #expect(FigureCatalog.entries.suffix(4).allSatisfy { $0.labCells == nil })
    }

    @Test func dataNeedsFollowTheLabsParts() {
        let needs = Dictionary(uniqueKeysWithValues: FigureCatalog.entries.map { ($0.name, $0.data) })
        for name in Self.specifiedNames.prefix(11) + ["21-bgmm-weights", "22-silhouette-diagram", "23-gmm-ellipses"] {
            #expect(needs[name] == DataRequirement.none, "\(name)")
        }
        for name in ["12-gaia-pairplot", "13-gaia-pairplot-gmm", "14-gaia-silhouette", "15-gaia-pairplot-tuned",
                     "16-gaia-pairplot-tuned-gmm"] {
            #expect(needs[name] == .starTable, "\(name)")
        }
        for name in ["17-confusion-gmm", "18-confusion-kmeans", "19-confusion-gmm-aligned",
                     "20-confusion-kmeans-aligned", "24-gaia-energy-angular-momentum"] {
            #expect(needs[name] == .flaggedStarTable, "\(name)")
        }
    }

    @Test func unknownNamesAreRefusedWithTheList() {
        #expect(throws: FigureError.unknownFigure("99-nope", known: Self.specifiedNames)) {
            try FigureCatalog.entry(named: "99-nope")
        }
        #expect(FigureError.unknownFigure("99-nope", known: ["01-blobs"]).description
            == "no figure is named '99-nope'; expected one of: 01-blobs (`figures list` describes them)")
    }

    @Test("figures that need flag say so, naming the figure and the file, before fitting anything",
          arguments: ["17-confusion-gmm", "18-confusion-kmeans", "19-confusion-gmm-aligned",
                      "20-confusion-kmeans-aligned", "24-gaia-energy-angular-momentum"])
    func missingFlagIsReported(_ name: String) throws {
        let data = try FigureSupport.noFlagData()
        do {
            _ = try FigureCatalog.entry(named: name).makeFigure(with: data)
            Issue.record("\(name) was drawn without flags")
        } catch {
            #expect(error == .missingFlag(figure: name, source: "gaia_apogee_match_noflag.csv",
                                          columns: StarTable.requiredColumns))
            #expect(error.description.contains("\(name) needs the star table's 'flag' column"))
            #expect(error.description.contains("gaia_apogee_match_noflag.csv has none"))
        }
    }

    @Test("figure 14 refuses a table too large for its all-pairs silhouettes, before fitting anything")
    func silhouetteRowLimit() throws {
        let url = try #require(MockStarCatalog.bundledTableURL)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let rows = Recipes.silhouetteRowLimit + 1
        let body = (0..<rows).map { lines[1 + $0 % (lines.count - 1)] }
        let stars = try StarTable(csv: ([lines[0]] + body).joined(separator: "\n") + "\n", source: "big.csv")
        #expect(stars.count == rows)
        do {
            _ = try FigureCatalog.entry(named: "14-gaia-silhouette").makeFigure(with: FigureData(stars: stars, isStandIn: false))
            Issue.record("figure 14 was drawn from \(rows) rows")
        } catch {
            #expect(error.description == "14-gaia-silhouette could not be drawn: the star table has 50001 rows, "
                + "more than the 50000 this figure takes: its five silhouette scores compare every pair of rows; "
                + "pass a table of at most 50000 rows with --data (the lab's has 526)")
        }
    }

    @Test func starTableFiguresDrawTheNoFlagFileWithoutFootnote() throws {
        let figure = try FigureSupport.figure("14-gaia-silhouette", data: try FigureSupport.noFlagData())
        #expect(!FigureSupport.texts(figure).contains { $0.contains("Stand-in") })
        #expect(figure.height == 6)
    }

    @Test func theBundledMockIsFootnotedAsAStandIn() throws {
        let figure = try FigureSupport.figure("14-gaia-silhouette")
        let texts = FigureSupport.texts(figure)
        #expect(texts.contains { $0.hasPrefix("Stand-in data: the package's mock Gaia × APOGEE table (seed 2029)") })
        #expect(texts.contains { $0.contains("--data gaia_apogee_match_flag.csv") })
        // The 8 x 6 in figure keeps its size: the footnote sits in a band the axes make room for.
        #expect(figure.width == 8 && figure.height == 6)
        #expect(figure.reservedBottom > 0.3 && figure.reservedBottom < 0.6)
    }

    @Test("fixed-size figures have the catalogue's size, footnote, table and all",
          arguments: FigureCatalog.entries.filter { if case .inches = $0.size { true } else { false } }.map(\.name))
    func sizes(_ name: String) throws {
        let entry = try FigureCatalog.entry(named: name)
        guard case let .inches(width, height) = entry.size else { return }
        let figure = try entry.makeFigure(with: try FigureSupport.bundledData())
        #expect(figure.width == width && figure.height == height)
        #expect(figure.pageSize == Size(width: width * 72, height: height * 72))
        #expect(figure.dpi == 100)
    }

    @Test func pairPlotsHaveTwoAndAHalfInchPanels() throws {
        let figure = try FigureSupport.figure("15-gaia-pairplot-tuned", data: try FigureSupport.noFlagData())
        // 4 x 4 panels of 2.5 in; no legend without hue; the lab's suptitle(y=1.02) saved with
        // bbox_inches='tight' adds 2 % of the height and 0.1 in of padding above.
        #expect(figure.width == 10)
        #expect(abs(figure.height - (10 + 0.2 + 0.1)) < 1e-12)
        #expect(figure.suptitle == "Pair Plot of the Tuned Features")
    }

    @Test("pair plots keep seaborn's page, the stand-in footnote inside it",
          arguments: [("12-gaia-pairplot", 17.5), ("15-gaia-pairplot-tuned", 10.3)])
    func pairPlotFootnoteFitsInsideThePage(_ name: String, height: Double) throws {
        let figure = try FigureSupport.figure(name)
        #expect(abs(figure.height - height) < 1e-12)
        #expect(figure.reservedBottom > 0.3)
        #expect(FigureSupport.texts(figure).contains { $0.hasPrefix("Stand-in data") })
    }

    @Test func sizesDescribeThemselves() {
        #expect(FigureSize.inches(width: 6.4, height: 4.8).description == "6.4 × 4.8 in")
        #expect(FigureSize.pairGrid(panels: 7, panelInches: 2.5).description == "7 × 7 panels of 2.5 in")
    }
}
