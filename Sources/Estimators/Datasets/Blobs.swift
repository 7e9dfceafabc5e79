/// Isotropic Gaussian blobs: the samples, which blob each came from, and the blob centres.
public struct Blobs: Sendable, Equatable {
    /// The samples, one row each (`X`).
    public let samples: Matrix
    /// The index of the centre each sample was drawn around (`y`).
    public let labels: [Int]
    /// The centres, one row each (drawn or as given).
    public let centers: Matrix
}
