import Testing

/// matplotlib's ticks, labels and autoscaled limits recorded by `Scripts/make-tick-fixtures.py`.
struct TickFixtures: Decodable {
    struct Linear: Decodable, CustomTestStringConvertible {
        let vmin: Double
        let vmax: Double
        let length: Double
        let axis: String
        let tickSpace: Int
        let ticks: [Double]
        let labels: [String]
        let offset: String
        let minor: [Double]
        var testDescription: String { "\(axis) \(vmin)...\(vmax) over \(length) pt" }
    }

    struct Log: Decodable, CustomTestStringConvertible {
        let vmin: Double
        let vmax: Double
        let length: Double
        let axis: String
        let tickSpace: Int
        let major: [Double]
        let majorLabels: [String]
        let minor: [Double]
        let minorLabels: [String]
        var testDescription: String { "log \(axis) \(vmin)...\(vmax) over \(length) pt" }
    }

    struct LogFormatterCase: Decodable, CustomTestStringConvertible {
        let vmin: Double
        let vmax: Double
        let values: [Double]
        let labelOnlyBase: Bool
        let everyTick: Bool
        let labels: [String]
        var testDescription: String { "\(vmin)...\(vmax)\(everyTick ? " every tick" : "")\(labelOnlyBase ? " decades" : "")" }
    }

    struct Autoscale: Decodable, CustomTestStringConvertible {
        let xs: [Double]
        let ys: [Double]
        let xscale: String
        let yscale: String
        let kind: String
        let xlim: [Double]
        let ylim: [Double]
        var testDescription: String { "\(kind) \(xscale)/\(yscale) x \(xs) y \(ys)" }
    }

    let matplotlib: String
    let linear: [Linear]
    let log: [Log]
    let logFormatter: [LogFormatterCase]
    let autoscale: [Autoscale]

    static let shared = Fixtures.required("ticks", as: TickFixtures.self)
}
