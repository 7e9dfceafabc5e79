/// numpy's pairwise summation under the name the table summaries call it by
/// (`NumpyReductions`); the one implementation is `NumpySum.pairwise`.
///
/// Kept so that code written against either name builds; new code should call
/// `NumpySum` directly.
enum PairwiseSum {
    /// `np.sum` of a contiguous buffer.
    static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
        NumpySum.pairwise(values)
    }

    /// `np.sum` of an array.
    static func sum(_ values: [Double]) -> Double {
        NumpySum.pairwise(values)
    }
}
