import Testing
@testable import Estimators

struct BinomialFixture: Decodable {
    struct Case: Decodable { let name: String; let seed: UInt32; let n: Int; let p: Double; let values: [Int]; let after: [Double] }
    struct Multi: Decodable { let name: String; let seed: UInt32; let n: Int; let p: [Double]; let draws: [[Int]]; let after: [Double] }
    let binomial: [Case]
    let multinomial: [Multi]
}

/// binomial (inversion and BTPE, both sides of p = 0.5) and multinomial against numpy 2.4.6.
@Suite("RandomState: binomial and multinomial")
struct BinomialTests {
    static let fixture = try? Fixtures.load("random_binomial", as: BinomialFixture.self)

    @Test("fixture loads")
    func loads() {
        #expect(Self.fixture?.binomial.count == 10)
        #expect(Self.fixture?.multinomial.count == 8)
    }

    @Test("binomial draws bit-exact", arguments: fixture?.binomial ?? [])
    func binomial(_ c: BinomialFixture.Case) throws {
        var rng = RandomState(seed: c.seed)
        #expect(try rng.binomial(trials: c.n, probability: c.p, count: c.values.count) == c.values)
        #expect(rng.randomSample(count: 3) == c.after)
    }

    @Test("multinomial draws bit-exact", arguments: fixture?.multinomial ?? [])
    func multinomial(_ c: BinomialFixture.Multi) throws {
        var rng = RandomState(seed: c.seed)
        for draw in c.draws {
            #expect(try rng.multinomial(c.n, c.p) == draw)
        }
        #expect(rng.randomSample(count: 3) == c.after)
    }

    @Test("bad parameters are refused before anything is drawn")
    func errors() {
        var rng = RandomState(seed: 0)
        #expect(throws: RandomStateError.probabilityOutOfRange(1.5)) { try rng.binomial(trials: 3, probability: 1.5) }
        #expect(throws: RandomStateError.self) { try rng.binomial(trials: -1, probability: 0.5) }
        #expect(throws: RandomStateError.self) { try rng.binomial(trials: 3, probability: .nan) }
        #expect(throws: RandomStateError.self) { try rng.multinomial(5, []) }
        #expect(throws: RandomStateError.self) { try rng.multinomial(5, [0.7, 0.7, 0.1]) }
        #expect(throws: RandomStateError.self) { try rng.multinomial(5, [-0.1, 1.1]) }
        #expect(throws: RandomStateError.self) { try rng.multinomial(-5, [0.5, 0.5]) }
        var fresh = RandomState(seed: 0)
        #expect(rng.next32() == fresh.next32())
    }
}

extension BinomialFixture.Case: CustomTestStringConvertible { var testDescription: String { name } }
extension BinomialFixture.Multi: CustomTestStringConvertible { var testDescription: String { name } }
