import Testing
@testable import Estimators

/// The 'Check:' values of spec/estimators.md section A, asserted bit for bit.
@Suite("RandomState: spec checks")
struct RandomStateSpecTests {
    @Test("seed 0 gives MT19937's first tempered words")
    func firstWords() {
        var rng = RandomState(seed: 0)
        #expect((0..<4).map { _ in rng.next32() } == [2_357_136_044, 2_546_248_239, 3_071_714_933, 3_626_093_760])
    }

    @Test("next64 puts the first word high")
    func next64HighWordFirst() {
        var words = RandomState(seed: 0)
        var wide = RandomState(seed: 0)
        let high = UInt64(words.next32())
        let low = UInt64(words.next32())
        #expect(wide.next64() == (high << 32) | low)
    }

    @Test("random_sample with seed 0")
    func randomSample() {
        var rng = RandomState(seed: 0)
        #expect(rng.randomSample(count: 3) == [0.5488135039273248, 0.7151893663724195, 0.6027633760716439])
    }

    @Test("normal(size=10) with seed 0, bit-exact")
    func normalTen() throws {
        var rng = RandomState(seed: 0)
        let expected = [1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458,
                        1.8675579901499675, -0.977277879876411, 0.9500884175255894, -0.1513572082976979,
                        -0.10321885179355784, 0.41059850193837233]
        #expect(try rng.normal(count: 10) == expected)
    }

    @Test("randint(0, 10, 10) with seed 0")
    func randint() throws {
        var rng = RandomState(seed: 0)
        #expect(try rng.randint(low: 0, high: 10, count: 10) == [5, 0, 3, 3, 7, 9, 3, 5, 2, 4])
    }

    @Test("shuffle(arange(300)) with seed 0: first ten, then all 300 from the fixture")
    func shuffle300() throws {
        var rng = RandomState(seed: 0)
        var values = Array(0..<300)
        rng.shuffle(&values)
        #expect(Array(values.prefix(10)) == [208, 188, 12, 221, 239, 136, 230, 206, 52, 108])
        let fixture = try Fixtures.load("random_permutations", as: PermutationFixture.self)
        #expect(values == fixture.shuffle_arange_300.values)
        #expect(rng.randomSample(count: 3) == fixture.shuffle_arange_300.after)
    }

    @Test("permutation(10) with seed 0")
    func permutation() {
        var rng = RandomState(seed: 0)
        #expect(rng.permutation(10) == [2, 8, 4, 9, 1, 6, 7, 3, 0, 5])
    }

    @Test("an integer seed is init_genrand, and out-of-range seeds are refused")
    func checkedSeed() throws {
        var a = try RandomState(checkedSeed: 4_294_967_295)
        var b = RandomState(seed: .max)
        #expect(a.next32() == b.next32())
        #expect(throws: RandomStateError.seedOutOfRange(-1)) { try RandomState(checkedSeed: -1) }
        #expect(throws: RandomStateError.seedOutOfRange(1 << 32)) { try RandomState(checkedSeed: 1 << 32) }
    }
}
