import Testing
@testable import Estimators

// MARK: - Fixture shapes

struct StreamFixture: Decodable {
    struct Case: Decodable {
        let seed: UInt32
        let words: [UInt32]
        let random_sample: [Double]
        let normal: [Double]
        let standard_normal_after_odd: [Double]
        let normal_loc_scale: [Double]
        let uniform: [Double]
        let uniform_lows: [Double]
        let uniform_highs: [Double]
        let uniform_per_element: [Double]
        let after: [Double]
    }
    let cases: [Case]
}

struct RandintFixture: Decodable {
    struct Case: Decodable {
        let seed: UInt32
        let low: Int
        let high: Int
        let values: [Int]
        let scalar: Int
        let after: [Double]
    }
    let cases: [Case]
}

struct RandintDTypeFixture: Decodable {
    struct Case: Decodable, CustomTestStringConvertible {
        let seed: UInt32
        let low: Int
        let high: Int
        let size: Int
        let dtype: String
        let values: [Int]
        let after: [Double]
        var testDescription: String { "randint(\(low), \(high), \(size), dtype=\(dtype)), seed \(seed)" }
    }
    let cases: [Case]
}

struct PermutationFixture: Decodable {
    struct Ints: Decodable { let values: [Int]; let after: [Double] }
    struct Rows: Decodable { let seed: UInt32; let rows: Int; let columns: Int; let values: [Double]; let after: [Double] }
    struct Perm: Decodable { let seed: UInt32; let n: Int; let values: [Int]; let after: [Double] }
    struct ArrayPerm: Decodable { let seed: UInt32; let input: [Double]; let values: [Double]; let after: [Double] }
    struct MatrixPerm: Decodable {
        let seed: UInt32; let rows: Int; let columns: Int; let input: [Double]; let values: [Double]; let after: [Double]
    }
    let shuffle_arange_300: Ints
    let shuffle_rows: Rows
    let permutations: [Perm]
    let permutation_array: ArrayPerm
    let permutation_matrix: MatrixPerm
}

struct ChoiceFixture: Decodable {
    struct Case: Decodable {
        let name: String; let seed: UInt32; let population: Int; let size: Int; let replace: Bool
        let p: [Double]?; let values: [Int]; let after: [Double]
    }
    struct Scalar: Decodable {
        let name: String; let seed: UInt32; let population: Int; let replace: Bool; let p: [Double]?
        let value: Int; let after: [Double]
    }
    struct FromArray: Decodable { let seed: UInt32; let elements: [Double]; let size: Int; let values: [Double]; let after: [Double] }
    let cases: [Case]
    let scalars: [Scalar]
    let from_array: FromArray
}

// MARK: - Tests

/// numpy 2.4.6 streams recorded by Scripts/make-estimator-fixtures.py, compared bit for bit;
/// every case also checks the next `random_sample` values, so the number of words consumed matches.
@Suite("RandomState: numpy fixtures")
struct RandomStateFixtureTests {
    static let streams = (try? Fixtures.load("random_streams", as: StreamFixture.self).cases) ?? []
    static let randints = (try? Fixtures.load("random_randint", as: RandintFixture.self).cases) ?? []
    static let choices = (try? Fixtures.load("random_choice", as: ChoiceFixture.self)).map { $0.cases } ?? []
    static let randintDTypes = (try? Fixtures.load("random_randint_dtypes", as: RandintDTypeFixture.self).cases) ?? []

    @Test("fixtures load")
    func fixturesLoad() {
        #expect(Self.streams.count == 6)
        #expect(Self.randints.count == 11)
        #expect(Self.choices.count == 8)
        #expect(Self.randintDTypes.count == 16)
    }

    @Test("raw words across a regeneration", arguments: streams)
    func words(_ c: StreamFixture.Case) {
        var rng = RandomState(seed: c.seed)
        #expect((0..<c.words.count).map { _ in rng.next32() } == c.words)
    }

    @Test("doubles, normals with the cache carried over, uniforms", arguments: streams)
    func doublesAndNormals(_ c: StreamFixture.Case) throws {
        var rng = RandomState(seed: c.seed)
        #expect(rng.randomSample(count: 5) == c.random_sample)
        #expect(try rng.normal(count: 7) == c.normal)
        #expect(rng.standardNormal(count: 4) == c.standard_normal_after_odd)
        #expect(try rng.normal(mean: 3.5, standardDeviation: 0.25, count: 3) == c.normal_loc_scale)
        #expect(try rng.uniform(low: -2, high: 5, count: 4) == c.uniform)
        #expect(try rng.uniform(lows: c.uniform_lows, highs: c.uniform_highs) == c.uniform_per_element)
        #expect(rng.randomSample(count: 3) == c.after)
    }

    @Test("randint: 32-bit, full-32-bit, 64-bit and single-value ranges", arguments: randints)
    func randint(_ c: RandintFixture.Case) throws {
        var rng = RandomState(seed: c.seed)
        #expect(try rng.randint(low: c.low, high: c.high, count: c.values.count) == c.values)
        #expect(try rng.randint(low: c.low, high: c.high) == c.scalar)
        #expect(rng.randomSample(count: 3) == c.after)
    }

    @Test("randint with 16-, 8- and 1-bit dtypes (pieces of words) and 32-bit ones", arguments: randintDTypes)
    func randintDType(_ c: RandintDTypeFixture.Case) throws {
        let dtype = try #require(IntegerDType(rawValue: c.dtype))
        var rng = RandomState(seed: c.seed)
        #expect(try rng.randint(low: c.low, high: c.high, count: c.size, dtype: dtype) == c.values)
        #expect(rng.randomSample(count: 3) == c.after, "the same number of words consumed")
    }

    @Test("randint refuses bounds outside the dtype, as numpy does, before drawing")
    func randintDTypeBounds() throws {
        var rng = RandomState(seed: 0)
        #expect(throws: RandomStateError.integerOutOfBounds(name: "low", value: -129, dtype: .int8)) {
            try rng.randint(low: -129, high: 0, count: 3, dtype: .int8)
        }
        #expect(throws: RandomStateError.integerOutOfBounds(name: "high - 1", value: 256, dtype: .uint8)) {
            try rng.randint(low: 0, high: 257, count: 3, dtype: .uint8)
        }
        #expect(throws: RandomStateError.integerOutOfBounds(name: "high - 1", value: 2, dtype: .bool)) {
            try rng.randint(low: 0, high: 3, count: 1, dtype: .bool)
        }
        #expect(throws: RandomStateError.emptyIntegerRange(low: 4, high: 4)) {
            try rng.randint(low: 4, high: 4, count: 1, dtype: .int16)
        }
        #expect(RandomStateError.integerOutOfBounds(name: "low", value: -129, dtype: .int8).description
            == "low = -129 is out of bounds for int8, which holds -128...127")
        // Nothing was drawn by the refusals.
        var fresh = RandomState(seed: 0)
        #expect(rng.randomSample(count: 2) == fresh.randomSample(count: 2))
    }

    @Test("shuffle of matrix rows, permutations of counts, arrays and matrices")
    func permutations() throws {
        let f = try Fixtures.load("random_permutations", as: PermutationFixture.self)
        var rng = RandomState(seed: f.shuffle_rows.seed)
        var matrix = Matrix(rows: f.shuffle_rows.rows, columns: f.shuffle_rows.columns,
                            storage: (0..<(f.shuffle_rows.rows * f.shuffle_rows.columns)).map(Double.init))
        rng.shuffleRows(&matrix)
        #expect(matrix.storage == f.shuffle_rows.values)
        #expect(rng.randomSample(count: 3) == f.shuffle_rows.after)

        for p in f.permutations {
            var rng = RandomState(seed: p.seed)
            #expect(rng.permutation(p.n) == p.values, "permutation(\(p.n)) seed \(p.seed)")
            #expect(rng.randomSample(count: 3) == p.after)
        }

        rng = RandomState(seed: f.permutation_array.seed)
        #expect(rng.permutation(of: f.permutation_array.input) == f.permutation_array.values)
        #expect(rng.randomSample(count: 3) == f.permutation_array.after)

        let m = f.permutation_matrix
        rng = RandomState(seed: m.seed)
        let shuffled = rng.permutation(rowsOf: Matrix(rows: m.rows, columns: m.columns, storage: m.input))
        #expect(shuffled.storage == m.values)
        #expect(rng.randomSample(count: 3) == m.after)
    }

    @Test("choice with and without replacement, with and without p", arguments: choices)
    func choice(_ c: ChoiceFixture.Case) throws {
        var rng = RandomState(seed: c.seed)
        let values = try rng.choice(c.population, count: c.size, replace: c.replace, probabilities: c.p)
        #expect(values == c.values, "\(c.name)")
        #expect(rng.randomSample(count: 3) == c.after, "\(c.name)")
    }

    @Test("scalar choice and choice from an array")
    func scalarChoice() throws {
        let f = try Fixtures.load("random_choice", as: ChoiceFixture.self)
        for s in f.scalars {
            var rng = RandomState(seed: s.seed)
            #expect(try rng.choice(s.population, replace: s.replace, probabilities: s.p) == s.value, "\(s.name)")
            #expect(rng.randomSample(count: 3) == s.after, "\(s.name)")
        }
        var rng = RandomState(seed: f.from_array.seed)
        #expect(try rng.choice(from: f.from_array.elements, count: f.from_array.size) == f.from_array.values)
        #expect(rng.randomSample(count: 3) == f.from_array.after)
    }
}

extension StreamFixture.Case: CustomTestStringConvertible {
    var testDescription: String { "seed \(seed)" }
}

extension RandintFixture.Case: CustomTestStringConvertible {
    var testDescription: String { "seed \(seed) [\(low), \(high))" }
}

extension ChoiceFixture.Case: CustomTestStringConvertible {
    var testDescription: String { name }
}
