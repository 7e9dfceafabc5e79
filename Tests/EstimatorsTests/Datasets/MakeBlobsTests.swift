import Testing
@testable import Estimators

struct BlobsFixture: Decodable {
    struct Kwargs: Decodable {
        let n_samples: Int
        let n_features: Int?
        let centers: CentersSpec
        let cluster_std: StdSpec?
        let center_box: [Double]?
        let shuffle: Bool?
        let random_state: UInt32
    }
    enum CentersSpec: Decodable {
        case count(Int), given([[Double]])
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let k = try? c.decode(Int.self) { self = .count(k) } else { self = .given(try c.decode([[Double]].self)) }
        }
    }
    enum StdSpec: Decodable {
        case same(Double), perCenter([Double])
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let v = try? c.decode(Double.self) { self = .same(v) } else { self = .perCenter(try c.decode([Double].self)) }
        }
        var spread: ClusterSpread {
            switch self { case .same(let v): .same(v); case .perCenter(let v): .perCenter(v) }
        }
    }
    struct Case: Decodable {
        let name: String; let kwargs: Kwargs; let rows: Int; let columns: Int
        let X: [Double]; let y: [Int]; let centers: [Double]
    }
    let cases: [Case]
}

/// make_blobs against scikit-learn 1.9.1, bit for bit.
@Suite("makeBlobs")
struct MakeBlobsTests {
    @Test("spec table: 300 samples, 4 centres, std 0.6, seed 0")
    func labBlobs() throws {
        let blobs = try makeBlobs(samples: 300, centers: 4, clusterStd: 0.6, seed: 0)
        #expect(blobs.samples.rows == 300 && blobs.samples.columns == 2)
        #expect(blobs.samples.row(0) == [0.8368568407639814, 2.1363593767535285])
        #expect(blobs.samples.row(1) == [-1.4136580954824844, 7.409623236133461])
        #expect(blobs.samples.row(2) == [1.1552129830701285, 5.0996188654606085])
        #expect(Array(blobs.labels.prefix(3)) == [1, 3, 0])
        #expect(blobs.centers.storage == [0.9762700785464951, 4.30378732744839, 2.055267521432878, 0.8976636599379368,
                                          -1.5269040132219054, 2.917882261333123, -1.2482557747461502, 7.835460015641594])
    }

    @Test("spec table: 1000 samples around given centres, seed 42")
    func givenCenters() throws {
        let blobs = try makeBlobs(samples: 1000, centers: Matrix([[4, -4], [0, 0]]), seed: 42)
        #expect(blobs.samples.row(0) == [1.0240625258114624, 0.5925269492011831])
        #expect(blobs.samples.row(1) == [1.66125921454787, -0.45709625658627184])
        #expect(blobs.samples.row(2) == [2.3925167654387725, -3.815366141467696])
        #expect(Array(blobs.labels.prefix(3)) == [1, 1, 0])
    }

    @Test("spec table: 250 samples, one drawn centre, seed 42")
    func oneCenter() throws {
        let blobs = try makeBlobs(samples: 250, centers: 1, seed: 42)
        #expect(blobs.centers.storage == [-2.50919762305275, 9.014286128198322])
        #expect(blobs.samples.row(0) == [-1.106403312116651, 7.612435065406041])
        #expect(blobs.samples.row(1) == [-3.8868669910098412, 8.0764610882832])
        #expect(blobs.samples.row(2) == [-2.2851051412423335, 9.026878528980117])
        #expect(blobs.labels.allSatisfy { $0 == 0 })
    }

    @Test("whole outputs from the fixture", arguments: (try? Fixtures.load("random_blobs", as: BlobsFixture.self).cases) ?? [])
    func fixture(_ c: BlobsFixture.Case) throws {
        let k = c.kwargs
        let spread = k.cluster_std?.spread ?? 1.0
        let blobs: Blobs
        switch k.centers {
        case .count(let centers):
            let box = k.center_box.map { $0[0]...$0[1] } ?? -10...10
            blobs = try makeBlobs(samples: k.n_samples, centers: centers, features: k.n_features ?? 2,
                                  clusterStd: spread, centerBox: box, shuffle: k.shuffle ?? true, seed: k.random_state)
        case .given(let rows):
            blobs = try makeBlobs(samples: k.n_samples, centers: Matrix(rows), clusterStd: spread,
                                  shuffle: k.shuffle ?? true, seed: k.random_state)
        }
        #expect(blobs.samples.rows == c.rows && blobs.samples.columns == c.columns)
        #expect(blobs.samples.storage == c.X)
        #expect(blobs.labels == c.y)
        #expect(blobs.centers.storage == c.centers)
    }

    @Test("a caller's generator continues where makeBlobs leaves it")
    func sharedGenerator() throws {
        var shared = RandomState(seed: 0)
        let blobs = try makeBlobs(samples: 300, centers: 4, clusterStd: 0.6, using: &shared)
        #expect(blobs == (try makeBlobs(samples: 300, centers: 4, clusterStd: 0.6, seed: 0)))
        var replay = RandomState(seed: 0)
        _ = try replay.uniform(count: 8)
        _ = try replay.normal(count: 600)
        _ = replay.permutation(300)
        #expect(shared == replay)
    }

    @Test("bad parameters are typed errors")
    func errors() {
        #expect(throws: BlobsError.invalidSampleCount(0)) { try makeBlobs(samples: 0, seed: 0) }
        #expect(throws: BlobsError.invalidCenterCount(0)) { try makeBlobs(centers: 0, seed: 0) }
        #expect(throws: BlobsError.invalidFeatureCount(0)) { try makeBlobs(features: 0, seed: 0) }
        #expect(throws: BlobsError.invalidStandardDeviation(index: 0, value: -1)) {
            try makeBlobs(clusterStd: -1.0, seed: 0)
        }
        #expect(throws: BlobsError.spreadCountMismatch(spreads: 2, centers: 3)) {
            try makeBlobs(centers: 3, clusterStd: [1, 2], seed: 0)
        }
        #expect(throws: BlobsError.invalidCenterBox(lower: -.infinity, upper: 1)) {
            try makeBlobs(centerBox: -Double.infinity...1, seed: 0)
        }
        #expect(throws: BlobsError.nonFiniteCenter(row: 1, column: 0, value: .infinity)) {
            try makeBlobs(centers: Matrix([[0, 0], [.infinity, 1]]), seed: 0)
        }
    }
}

extension BlobsFixture.Case: CustomTestStringConvertible { var testDescription: String { name } }
