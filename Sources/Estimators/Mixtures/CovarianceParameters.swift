/// Covariance-shaped values of a fitted mixture — covariances, precisions or
/// precision Cholesky factors — stored exactly as scikit-learn stores them for
/// each covariance type.
///
/// `values` is scikit-learn's array flattened in C order, and `shape` is its
/// shape:
///
/// | type | shape | `values` |
/// |---|---|---|
/// | `.full` | (K, d, d) | one d×d matrix per component, one after another |
/// | `.tied` | (d, d) | the single shared d×d matrix |
/// | `.diagonal` | (K, d) | one row of d per-feature values per component |
/// | `.spherical` | (K,) | one value per component |
///
/// `matrix(component:)` expands any of them to the dense d×d matrix of one
/// component (a diagonal matrix for `.diagonal` and `.spherical`, the shared
/// matrix for `.tied`), which is what drawing an ellipse or a density needs.
public struct CovarianceParameters: Sendable, Equatable {
    /// Which parameterisation the values follow.
    public let type: CovarianceType
    /// Number of mixture components, K.
    public let components: Int
    /// Number of features, d.
    public let features: Int
    /// scikit-learn's array in C order (see the table above).
    public let values: [Double]

    /// Values in scikit-learn's layout; `values.count` must match the type's shape.
    public init(type: CovarianceType, components: Int, features: Int, values: [Double]) {
        precondition(components > 0 && features > 0, "a mixture needs components and features")
        precondition(values.count == type.storedCount(components: components, features: features),
                     "\(type) covariances of \(components) components in \(features) dimensions need "
                     + "\(type.storedCount(components: components, features: features)) values, got \(values.count)")
        self.type = type
        self.components = components
        self.features = features
        self.values = values
    }

    /// The shape of scikit-learn's array: [K, d, d], [d, d], [K, d] or [K].
    public var shape: [Int] {
        switch type {
        case .full: [components, features, features]
        case .tied: [features, features]
        case .diagonal: [components, features]
        case .spherical: [components]
        }
    }

    /// The dense d×d matrix of component `k` (0-based), whatever the type.
    public func matrix(component k: Int) -> Matrix {
        precondition((0..<components).contains(k), "component \(k) is outside 0..<\(components)")
        let d = features
        switch type {
        case .full:
            return Matrix(rows: d, columns: d, storage: Array(values[(k * d * d)..<((k + 1) * d * d)]))
        case .tied:
            return Matrix(rows: d, columns: d, storage: values)
        case .diagonal:
            var m = Matrix(rows: d, columns: d)
            for f in 0..<d { m[f, f] = values[k * d + f] }
            return m
        case .spherical:
            var m = Matrix(rows: d, columns: d)
            for f in 0..<d { m[f, f] = values[k] }
            return m
        }
    }

    /// The per-component matrices (full), the shared one repeated (tied) or the
    /// expanded diagonals (diag/spherical), in component order.
    public var matrices: [Matrix] { (0..<components).map { matrix(component: $0) } }
}

extension CovarianceParameters {
    /// A fitted model's `covariances`, `precisionsCholesky` and `precisions` from the
    /// final EM state's covariances and precision factors, all in `type`'s layout.
    static func fitted(
        type: CovarianceType, components: Int, features: Int, covariances: [Double], precisionFactors: [Double]
    ) -> (covariances: Self, precisionsCholesky: Self, precisions: Self) {
        let precisions = PrecisionCholesky.precisions(
            fromFactors: precisionFactors, type: type, components: components, features: features)
        return (
            Self(type: type, components: components, features: features, values: covariances),
            Self(type: type, components: components, features: features, values: precisionFactors),
            Self(type: type, components: components, features: features, values: precisions)
        )
    }
}
