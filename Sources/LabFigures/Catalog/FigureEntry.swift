import Plotting

/// One figure of the catalogue: its name, what it shows, its size, the data it needs, and
/// the recipe that draws it.
public struct FigureEntry: Sendable, Identifiable {
    /// The file stem in `Figures/` ("05-elbow-inertia").
    public let name: String
    /// The lab cells it reproduces ("In 10"), or nil for the figures beyond the lab.
    public let labCells: String?
    /// One line on what the figure shows.
    public let summary: String
    public let size: FigureSize
    public let data: DataRequirement
    /// Builds the figure from a data context; errors are wrapped by `makeFigure(with:)`.
    let recipe: @Sendable (FigureData) throws -> Figure

    public var id: String { name }

    init(_ name: String, cells: String?, _ summary: String, size: FigureSize, data: DataRequirement = .none,
         recipe: @escaping @Sendable (FigureData) throws -> Figure) {
        self.name = name
        self.labCells = cells
        self.summary = summary
        self.size = size
        self.data = data
        self.recipe = recipe
    }

    /// Builds the figure: fits its estimators on its data and lays out a `Figure` ready for any backend.
    ///
    /// Figures drawn from the star table get a footnote when the table is the bundled
    /// stand-in. Building is deterministic: the same data gives the same figure.
    ///
    /// - Throws: `FigureError.missingFlag` when the figure needs `flag` and the table has
    ///   none; `.recipeFailed` with the estimator's, plot's or table's own message otherwise.
    public func makeFigure(with data: FigureData) throws(FigureError) -> Figure {
        if self.data == .flaggedStarTable && data.stars.flags == nil {
            throw .missingFlag(figure: name, source: data.stars.source, columns: data.stars.columnNames)
        }
        let figure: Figure
        do {
            figure = try recipe(data)
            if self.data.usesStarTable, let note = data.standInFootnote {
                figure.addFootnote(note)
            }
        } catch let error as FigureError {
            throw error
        } catch {
            throw .recipeFailed(figure: name, reason: String(describing: error))
        }
        return figure
    }
}
